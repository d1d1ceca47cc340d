import { browser } from 'wxt/browser';
import { reportError } from './report';

export const FOLLOW_UP_ALARM = 'follow-up';
/** Starts a worker that may have missed a page's write; the follow-up alarm is left as the worker set it. */
export const WAKE_ALARM = 'follow-up-wake';

// Chrome's shortest alarm delay for a published extension.
const SOON_MS = 30_000;

/**
 * After a page writes records: an alarm half a minute from now. The worker sees a write through its storage
 * listener, which is lost when the browser stops the worker before it runs; with no alarm due, nothing would
 * start the worker again until the agent opened a panel. This alarm starts it, its start-up check indexes
 * the write, and its pass takes the alarm away. It is an alarm of its own: moving the follow-up alarm raced
 * with the worker setting it and could leave a reminder due sooner half a minute late. Never fails the write
 * it follows.
 */
export async function wakeWorkerSoon(now = Date.now()): Promise<void> {
  try {
    await browser.alarms.create(WAKE_ALARM, { when: now + SOON_MS });
  } catch (error) {
    reportError('the follow-up check could not be scheduled')(error);
  }
}
