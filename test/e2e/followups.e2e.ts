import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { clearExtensionStorage, openPanel, openTicket, readClipboard } from '../../scripts/extension-browser.mjs';
import { extensionBrowser } from './browser';

// The extension APIs these page-side functions call (they run in an extension page, not in Node).
declare const chrome: {
  alarms: { get(name: string): Promise<{ scheduledTime: number } | undefined> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { set(items: object): Promise<void> } };
};

const env = extensionBrowser();

// A short cadence, set through storage as the options page would: Critical checks in with the team every
// 0.003 h (10.8 s) and updates the customer within 0.05-0.1 env.h, so only the internal clock falls due here.
const CADENCE = { internalHours: 0.003, customerMinHours: 0.05, customerMaxHours: 0.1, businessHoursOnly: false };

interface ExtensionState {
  alarm?: { scheduledTime: number };
  notifications: string[];
  badge: string;
}

// Read through an extension page: the worker may be stopped, and must not be woken by the test itself.
async function extensionState(page: Page): Promise<ExtensionState> {
  return page.evaluate(async () => ({
    alarm: (await chrome.alarms.get('follow-up')) ?? undefined,
    notifications: Object.keys(await chrome.notifications.getAll()),
    badge: await chrome.action.getBadgeText({}),
  }));
}

test('escalate → alarm at the cadence → worker stopped → reminder, badge → log update restarts the clock', async () => {
  await clearExtensionStorage(env.h);
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  await panel.evaluate(
    (cadence) =>
      chrome.storage.local.set({
        // Briefs in Chinese for a Chinese-speaking receiving team; the panel stays in English.
        settings: {
          schemaVersion: 2,
          briefLocale: 'zh-CN',
          // Follow-up times are shown in this zone, named, whatever the computer's.
          timeZone: 'Asia/Tokyo',
          cadence: { critical: cadence, high: cadence, medium: cadence },
        },
      }),
    CADENCE,
  );
  await panel.reload();
  await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
  const nav = panel.getByRole('navigation', { name: 'Steps' });
  await nav.getByRole('button', { name: 'Target & severity' }).click();
  await panel.getByLabel('Severity', { exact: true }).selectOption('critical');
  await panel.getByLabel('Target team', { exact: true }).selectOption('engineering');
  await nav.getByRole('button', { name: 'Brief' }).click();
  const escalatedAt = Date.now();
  await panel.getByRole('button', { name: 'Mark as escalated' }).click();
  await expect.poll(() => panel.getByRole('region', { name: 'Escalate' }).textContent()).toContain('Critical');

  // One alarm, at the internal clock's due time.
  await expect.poll(async () => (await extensionState(panel)).alarm?.scheduledTime ?? 0).toBeGreaterThan(0);
  const { alarm } = await extensionState(panel);
  expect(Math.abs((alarm?.scheduledTime ?? 0) - (escalatedAt + 10_800))).toBeLessThan(3_000);

  // Stop the service worker, as the browser does when idle; the alarm must wake it.
  const cdp = await env.h.context.newCDPSession(panel);
  const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => versions.some((v) => v.scriptURL.endsWith('/background.js'))).toBe(true);
  const worker = versions.find((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'running');
  if (worker) await cdp.send('ServiceWorker.stopWorker', { versionId: worker.versionId });
  await expect
    .poll(() => versions.filter((v) => v.scriptURL.endsWith('/background.js')).at(-1)?.runningStatus, {
      timeout: 10_000,
    })
    .toBe('stopped');

  // The alarm fires, the worker starts, the reminder is shown and the badge counts the overdue escalation.
  await expect
    .poll(async () => (await extensionState(panel)).notifications, { timeout: 30_000, interval: 500 })
    .toEqual([expect.stringMatching(/^followup:internal:/)]);
  // The worker sets the badge after the reminder is shown, once the pass has stored its marks.
  await expect.poll(async () => (await extensionState(panel)).badge).toBe('1');

  // In the panel's Escalations view: the escalation is overdue; logging a team update restarts its clock.
  await panel.getByRole('button', { name: 'Escalations' }).click();
  const list = panel.getByRole('list', { name: 'Escalation list' });
  await expect.poll(() => list.textContent()).toContain('Overdue');
  expect(await list.textContent()).toContain('GMT+9');
  await list.getByRole('button').first().click();
  await panel.getByText('Log update', { exact: true }).first().click();
  await panel.getByLabel('What happened', { exact: true }).fill('Engineering reproduced it on staging');
  const loggedAt = Date.now();
  await panel.getByRole('button', { name: 'Log update' }).click();
  await expect.poll(async () => (await extensionState(panel)).badge).toBe('');
  await expect
    .poll(async () => ((await extensionState(panel)).alarm?.scheduledTime ?? 0) - loggedAt)
    .toBeGreaterThan(9_000);
  const timeline = panel.getByRole('list', { name: 'Timeline' });
  expect(await timeline.textContent()).toContain('Engineering reproduced it on staging');

  // The customer update is read before it is copied: it quotes the latest logged update.
  await panel.getByText('Customer update', { exact: true }).click();
  expect(await panel.locator('pre').filter({ hasText: '- Engineering reproduced it on staging' }).count()).toBe(1);
  await panel.getByRole('button', { name: 'Copy customer update' }).click();
  await expect
    .poll(async () => (await readClipboard(env.h)).text)
    .toContain('- Engineering reproduced it on staging\n');

  // Closing the loop: the message asking the customer to confirm is in the brief's language; resolving
  // keeps the root cause and stops every reminder.
  await panel.getByText('Resolve', { exact: true }).first().click();
  const closing = panel.getByRole('list', { name: 'Closing the loop' });
  const tracking = closing.getByRole('listitem').filter({ hasText: 'Update internal tracking' });
  // Without a root cause: nothing to tell tracking yet, and Resolve says what is missing, at the field.
  expect(await tracking.textContent()).toContain('once the root cause is written');
  expect(await tracking.getByRole('button').count()).toBe(0);
  await panel.getByRole('button', { name: 'Resolve' }).click();
  expect(await panel.getByRole('alert').filter({ hasText: 'Write the root cause first' }).count()).toBe(1);
  await expect
    .poll(() => panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id))
    .toBe('res-cause');
  await panel.getByLabel('Root cause', { exact: true }).fill('Export cursor TTL of 10 minutes');
  expect(await tracking.getByRole('button').count()).toBe(1);
  await panel.getByLabel('Learning', { exact: true }).fill('Alert when an export cursor expires');
  await panel.getByLabel(/What the customer is told/).fill('Long exports finish again');
  await closing.getByRole('listitem').filter({ hasText: 'Confirm with the customer' }).getByRole('button').click();
  // The root cause stays with the team: the customer reads what the agent wrote for them.
  await expect
    .poll(async () => (await readClipboard(env.h)).text)
    .toMatch(/您好.*我们已经修复了该问题。Long exports finish again。能否/);
  expect((await readClipboard(env.h)).text).not.toContain('cursor TTL');
  await panel.getByRole('button', { name: 'Resolve' }).click();
  await expect.poll(async () => (await extensionState(panel)).alarm).toBeUndefined();
  expect(await panel.getByRole('region', { name: 'Escalation' }).textContent()).toContain(
    'Root cause: Export cursor TTL of 10 minutes',
  );
  await panel.close();
});
