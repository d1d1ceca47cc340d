import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, expect, onTestFinished, test } from 'vitest';
import { clearExtensionStorage, openPanel, openTicket } from '../../scripts/extension-browser.mjs';
import { extensionBrowser } from './browser';

const env = extensionBrowser();
beforeEach(() => clearExtensionStorage(env.h));

async function openOptions(): Promise<Page> {
  const page = await env.h.context.newPage();
  await page.goto(`chrome-extension://${env.h.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Escalation Brief — settings' }).waitFor();
  return page;
}
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('settings are kept, explained when invalid, and used by the panel', async () => {
  const options = await openOptions();
  await field(options, 'Your name').fill('Sam Rivera');
  await field(options, 'Your team').fill('EMEA Support');
  await field(options, 'Your tier').selectOption('l1');
  await field(options, 'Default brief format').selectOption('jira');
  await field(options, 'Time zone').fill('Mars/Olympus');
  await options.getByRole('button', { name: 'Save settings' }).click();
  // Refused: said once by the status line, the reason at the field, which gets keyboard focus.
  await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Not a time zone name');
  const timeZone = field(options, 'Time zone');
  expect(await timeZone.getAttribute('aria-invalid')).toBe('true');
  expect(await timeZone.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await options.getByRole('alert').count()).toBe(0);
  await timeZone.fill('Europe/Berlin');
  // Holidays typed one per line, Enter between them; each bad one is named by its line.
  const holidays = field(options, 'Holidays (one date per line, YYYY-MM-DD)');
  await holidays.pressSequentially('2026-12-25\n2026-13-40\n国庆节');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect
    .poll(() => options.getByRole('status').first().textContent())
    .toBe('Not saved: Line 2 is not a date such as 2026-12-25. Line 3 is not a date such as 2026-12-25.');
  await holidays.fill('2026-12-25\n2026-12-26');
  // No business day at all is refused at the days (Medium reminders count business hours).
  const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  for (const day of weekdays) await options.getByLabel(day, { exact: true }).uncheck();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect
    .poll(() => options.getByRole('status').first().textContent())
    .toBe('Not saved: Pick at least one business day (Medium reminders count business hours).');
  for (const day of weekdays) await options.getByLabel(day, { exact: true }).check();
  // A value the settings accept is saved though it is off the field's spinner steps (the browser's own
  // check, in its own language, is not the page's); one they refuse is explained by the page.
  const criticalInternal = field(options, 'Critical: internal follow-up every (hours)');
  await criticalInternal.fill('0');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => criticalInternal.getAttribute('aria-invalid')).toBe('true');
  await criticalInternal.fill('0.75');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => options.getByRole('status').first().textContent()).toBe('Settings saved.');

  await options.reload();
  await options.getByRole('heading', { name: 'Escalation Brief — settings' }).waitFor();
  expect(await field(options, 'Your name').inputValue()).toBe('Sam Rivera');
  expect(await field(options, 'Your tier').inputValue()).toBe('l1');
  expect(await field(options, 'Time zone').inputValue()).toBe('Europe/Berlin');
  expect(await holidays.inputValue()).toBe('2026-12-25\n2026-12-26');

  // The panel uses them: the reporter on a new draft, the tier in routing, the default format.
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  await panel.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Brief' }).click();
  expect(await field(panel, 'Reported by').inputValue()).toBe('Sam Rivera / EMEA Support');
  expect(await field(panel, 'Format').inputValue()).toBe('jira');
  // Times in the brief are in the agent's time zone, named (the last customer update, from the ticket;
  // Jira markup escapes the plus).
  expect(await panel.getByRole('region', { name: 'Brief preview' }).textContent()).toMatch(/\d:\d\d\s[AP]M GMT\\?\+1/);
  await panel.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Target & severity' }).click();
  expect(await field(panel, 'Your tier').inputValue()).toBe('l1');

  // The tier changed in the panel while the options page is open: the page shows it, and saving keeps it.
  await field(panel, 'Your tier').selectOption('manager');
  await expect.poll(() => field(options, 'Your tier').inputValue()).toBe('manager');
  await field(options, 'Your team').fill('EMEA Support Desk');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => options.getByRole('status').first().textContent()).toBe('Settings saved.');
  await panel.reload();
  await panel.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Target & severity' }).click();
  expect(await field(panel, 'Your tier').inputValue()).toBe('manager');
  await panel.close();
  await options.close();
});

test('an invalid custom domain is refused with the reason', async () => {
  const options = await openOptions();
  for (const [input, message] of [
    ['http://support.acme.com', 'Only https addresses can be added.'],
    ['not a url', 'That is not a web address.'],
    ['https://acme.com/agent/tickets', 'Enter only the address of the site'],
  ]) {
    await field(options, 'Domain to add').fill(input ?? '');
    await options.getByRole('button', { name: 'Add domain' }).click();
    await expect
      .poll(() =>
        options
          .getByRole('alert')
          .filter({ hasText: message ?? '' })
          .count(),
      )
      .toBe(1);
  }
  await options.close();
});

test('export, import back with a report, a broken file changes nothing, delete all asks first', async () => {
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  await field(panel, 'Summary').fill('Exports stop at 10,000 rows');
  await panel.waitForTimeout(400);
  await panel.close();

  const options = await openOptions();
  const files = mkdtempSync(join(tmpdir(), 'eb-files-'));
  onTestFinished(() => rmSync(files, { recursive: true, force: true }));
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export all' }).click(),
  ]);
  const exported = join(files, 'export.json');
  await download.saveAs(exported);
  const file = JSON.parse(readFileSync(exported, 'utf8'));
  expect(file.format).toBe('escalation-brief-export');
  expect(Object.keys(file.items)).toContain('draft:zendesk:acme.zendesk.com:4821');

  // Delete all: first a question, then it happens.
  // The question takes keyboard focus on its safe answer; Escape keeps the data and returns to the button.
  const deleteAll = options.getByRole('button', { name: 'Delete all data' });
  await deleteAll.click();
  const focused = () => options.evaluate(() => document.activeElement?.textContent);
  expect(await focused()).toBe('Keep my data');
  await options.keyboard.press('Escape');
  expect(await options.getByRole('alertdialog').count()).toBe(0);
  expect(await focused()).toBe('Delete all data');
  await deleteAll.click();
  await options.getByRole('button', { name: 'Keep my data' }).click();
  expect(await focused()).toBe('Delete all data');
  await deleteAll.click();
  await options.getByRole('button', { name: 'Yes, delete all drafts, escalations and settings' }).click();
  await expect.poll(() => options.getByRole('status').filter({ hasText: 'All data was deleted.' }).count()).toBe(1);

  // Import it back, with one broken entry added: the rest comes in and the report names what was skipped.
  // Its settings name a custom domain this browser was never allowed to read: the page says so and offers
  // to allow it, rather than listing it as if it worked.
  file.items['draft:zendesk:999'] = { id: 5 };
  file.items.settings = { schemaVersion: 2, customDomains: ['https://status.acme-cloud.example'] };
  writeFileSync(exported, JSON.stringify(file));
  await field(options, 'Import a file').setInputFiles(exported);
  await expect
    .poll(() => options.getByRole('status').filter({ hasText: 'Imported' }).textContent())
    .toBe('Imported 2, skipped 1.');
  const skipped = options.getByRole('listitem').filter({ hasText: /^draft:zendesk:999: field \S+ could not be read$/ });
  expect(await skipped.count()).toBe(1);
  const imported = options.getByRole('listitem').filter({ hasText: 'https://status.acme-cloud.example' });
  await expect.poll(() => imported.textContent()).toContain('not allowed in this browser yet');
  expect(await imported.getByRole('button', { name: 'Allow https://status.acme-cloud.example' }).count()).toBe(1);

  const broken = join(files, 'broken.json');
  writeFileSync(broken, '{ this is not json');
  await field(options, 'Import a file').setInputFiles(broken);
  await expect.poll(() => options.getByRole('status').filter({ hasText: 'not JSON' }).count()).toBe(1);
  await options.close();

  const again = await openPanel(env.h, tabId);
  await expect.poll(() => field(again, 'Summary').inputValue()).toBe('Exports stop at 10,000 rows');
  await again.close();
});
