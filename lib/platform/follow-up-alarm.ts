import { browser } from 'wxt/browser';
import { reportError } from './report';

export const FOLLOW_UP_ALARM = 'follow-up';

// Chrome's shortest alarm delay for a published extension.
const SOON_MS = 30_000;

/**
 * After a page writes records: the follow-up alarm is brought forward to half a minute from now. The worker
 * sees a write through its storage listener, which is lost when the browser stops the worker before it runs;
 * with no alarm due, nothing would start the worker again until the agent opened a panel. The alarm starts
 * it, its start-up check indexes the write, and the pass puts the alarm back at the next due moment. Never
 * fails the write it follows.
 */
export async function wakeWorkerSoon(now = Date.now()): Promise<void> {
  try {
    const existing = await browser.alarms.get(FOLLOW_UP_ALARM);
    if (!existing || existing.scheduledTime > now + SOON_MS) {
      await browser.alarms.create(FOLLOW_UP_ALARM, { when: now + SOON_MS });
    }
  } catch (error) {
    reportError('the follow-up check could not be scheduled')(error);
  }
}
