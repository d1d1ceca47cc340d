import type { Locator, Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { openPanel, openTicket, readClipboard } from '../../scripts/extension-browser.mjs';
import { extensionBrowser } from './browser';
import { shot } from './shots';

// The panel page's own API, called inside it through evaluate().
declare const chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>> } } };

const env = extensionBrowser();

const byLabel = (panel: Page, label: string) => panel.getByLabel(label, { exact: true });
const next = (panel: Page) => panel.getByRole('button', { name: 'Next', exact: true }).click();
// Playwright's fill() types through the editing pipeline and cannot insert 1 MB in reasonable time even
// into a bare textarea; a paste reaches the page as a new value plus an input event, so do exactly that.
const paste = (field: Locator, text: string) =>
  field.evaluate((el, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
test('an agent walks the six steps by label and copies the brief in every format', async () => {
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  await panel.setViewportSize({ width: 360, height: 900 });
  const header = panel.getByRole('region', { name: 'Escalation status' });

  // 1. Triage
  await expect.poll(() => byLabel(panel, 'Summary').inputValue()).not.toBe('');
  await byLabel(panel, 'Summary').fill('CSV export stops at 10,000 rows for large accounts');
  await panel.getByRole('checkbox', { name: 'Bug confirmed and needs a code fix' }).check();
  await expect.poll(() => header.textContent()).toContain('Escalate');
  await shot(panel, '1-triage');
  await next(panel);

  // 2. Impact, with an invalid number explained at the field
  await byLabel(panel, 'Customers affected').fill('about 3');
  await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'Enter a number' }).count()).toBe(1);
  await byLabel(panel, 'Customers affected').fill('3');
  // A figure being corrected into something unreadable leaves no figure behind; "120k" is read as said.
  await byLabel(panel, 'Revenue at risk').fill('50000');
  await byLabel(panel, 'Revenue at risk').fill('50000 or so');
  await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'Enter a number' }).count()).toBe(1);
  // A currency written with the figure moves the currency beside it once the agent leaves the field; "$"
  // names none, and a word typed key by key ("50k in renewals") is no currency on the way.
  const revenue = byLabel(panel, 'Revenue at risk');
  await revenue.fill('€120k');
  await revenue.blur();
  await expect.poll(() => byLabel(panel, 'Currency').inputValue()).toBe('EUR');
  await byLabel(panel, 'Currency').selectOption('USD');
  await revenue.fill('$120k');
  await revenue.blur();
  await revenue.fill('');
  await revenue.pressSequentially('50k in renewals');
  await revenue.blur();
  expect(await byLabel(panel, 'Currency').inputValue()).toBe('USD');
  await byLabel(panel, 'Revenue at risk').fill('120k');
  await byLabel(panel, 'Depth').selectOption('blocked');
  await byLabel(panel, 'Workflow impact').fill('Month-end close is blocked');
  await shot(panel, '2-impact');
  await next(panel);

  // 3. Reproduction: three steps, the last moved up from the keyboard; a vague step is flagged in place
  for (const [i, text] of [
    'Open Reports > Export',
    'Click Export CSV',
    'Pick "October 2026" in the Month field',
  ].entries()) {
    await panel.getByRole('button', { name: 'Add step' }).click();
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('name')))
      .toBe(`repro.steps.${i}`);
    await panel.keyboard.type(text);
  }
  // Focus follows the moved step, so Enter again moves it further; the move is announced.
  const focusedLabel = () => panel.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  await panel.getByRole('button', { name: 'Move Step 3 up' }).focus();
  await panel.keyboard.press('Enter');
  expect(await byLabel(panel, 'Step 2').inputValue()).toBe('Pick "October 2026" in the Month field');
  expect(await byLabel(panel, 'Step 3').inputValue()).toBe('Click Export CSV');
  await expect.poll(focusedLabel).toBe('Move Step 2 up');
  await panel.keyboard.press('Enter');
  expect(await byLabel(panel, 'Step 1').inputValue()).toBe('Pick "October 2026" in the Month field');
  await expect.poll(focusedLabel).toBe('Move Step 1 down');
  expect(await panel.getByText('Step 2 moved to position 1.').count()).toBe(1);
  await panel.keyboard.press('Enter');
  expect(await byLabel(panel, 'Step 2').inputValue()).toBe('Pick "October 2026" in the Month field');
  await panel.getByRole('button', { name: 'Add step' }).click();
  await byLabel(panel, 'Step 4').fill('try to export some data');
  await expect.poll(() => panel.getByText('Step 4: “try to” hides what exactly was done').count()).toBe(1);
  // Removing the last step puts focus on the one before it, not on the page.
  await panel.getByRole('button', { name: 'Remove Step 4' }).click();
  await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('repro.steps.2');
  await byLabel(panel, 'Expected').fill('14,212 rows');
  await byLabel(panel, 'Actual').fill('10,000 rows, job says completed');
  await byLabel(panel, 'Environment').fill('Chrome 131, macOS 15, admin account, Enterprise plan, no feature flags');
  const megabyteLog = Array.from(
    { length: 20_000 },
    (_, i) => `2026-11-18T09:${String(i % 60).padStart(2, '0')} worker export page=${i} rows=100`,
  ).join('\n');
  await panel.getByRole('button', { name: 'Add evidence' }).click();
  await paste(byLabel(panel, 'Evidence 3'), megabyteLog);
  expect((await byLabel(panel, 'Evidence 3').inputValue()).length).toBe(megabyteLog.length);
  await byLabel(panel, 'Expected').fill('14,212 rows in the CSV');
  expect(await byLabel(panel, 'Expected').inputValue()).toBe('14,212 rows in the CSV');
  await shot(panel, '3-reproduction');
  await next(panel);

  // 4. Target and severity
  const target = panel.getByRole('region', { name: 'Suggested target' });
  expect(await target.textContent()).toContain('Suggested target: Engineering');
  await byLabel(panel, 'Target team').selectOption('engineering');
  await byLabel(panel, 'Severity').selectOption('high');
  expect(await panel.getByRole('region', { name: 'What Engineering needs' }).textContent()).toContain(
    'Full reproduction steps',
  );
  await shot(panel, '4-target');
  // "Go to field" on an item edited on another step opens that step and puts focus on the field.
  await panel.getByRole('button', { name: /^Go to field\W+A deadline$/ }).click();
  await expect.poll(() => panel.locator('#step-heading').textContent()).toBe('5. Communication and the ask');
  await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('needed.deadline');

  // 5. Communication and the ask
  await byLabel(panel, 'Customer expectation').fill('Full export before the Friday audit');
  // Removing an ask from the keyboard leaves focus on the ask now in its place, not on the page.
  await panel.getByRole('button', { name: 'Add an ask' }).click();
  await panel.getByRole('button', { name: 'Add an ask' }).click();
  await panel.getByRole('button', { name: 'Remove ask 1' }).focus();
  await panel.keyboard.press('Enter');
  await expect
    .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('name')))
    .toBe('needed.asks.0.kind');
  await byLabel(panel, 'Ask 1').selectOption('fix');
  await byLabel(panel, 'Ask 1 detail').fill('hotfix the export cursor');
  await byLabel(panel, 'Deadline').fill('2026-11-27T17:00');
  await shot(panel, '5-communication');
  await next(panel);

  // 6. Brief: every format, read back from the clipboard
  const formats = await byLabel(panel, 'Format').locator('option').allTextContents();
  expect(formats).toEqual(['Markdown', 'Plain text', 'Slack', 'Jira', 'Rich text (HTML)']);
  const expectations: Record<string, (clip: { text: string; html: string }) => void> = {
    markdown: (c) => {
      expect(c.text).toContain('## ESCALATION: CSV export stops at 10,000 rows for large accounts');
      expect(c.text).toContain(
        '1. Open Reports \\> Export\n2. Pick "October 2026" in the Month field\n3. Click Export CSV',
      );
      expect(c.text).toContain('- **Revenue at risk:** $120,000 ARR');
      expect(c.text).toContain('[truncated:');
      expect(c.html).toContain('<h3>Impact</h3>');
    },
    text: (c) => {
      expect(c.text).toContain(
        'ESCALATION: CSV export stops at 10,000 rows for large accounts\nSeverity: High\nTarget: Engineering',
      );
      expect(c.text).toContain('REPRODUCTION STEPS (for bugs)');
      expect(c.html).toBe('');
    },
    slack: (c) => {
      expect(c.text).toMatch(/^\*ESCALATION: CSV export stops at 10,000 rows/);
      expect(c.html).toBe('');
    },
    jira: (c) => {
      expect(c.text).toMatch(/^h2\. ESCALATION: CSV export stops at 10,000 rows/);
      expect(c.html).toBe('');
    },
    html: (c) => {
      expect(c.html).toContain('<h2>ESCALATION: CSV export stops at 10,000 rows for large accounts</h2>');
      expect(c.html).toContain('<li>Prioritize fix: hotfix the export cursor</li>');
      expect(c.text).toContain('ESCALATION: CSV export stops at 10,000 rows');
    },
  };
  for (const [format, check] of Object.entries(expectations)) {
    await byLabel(panel, 'Format').selectOption(format);
    await panel.getByRole('button', { name: 'Copy brief' }).click();
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'Copied as' }).textContent())
      .toContain('Copied as');
    const clip = await readClipboard(env.h);
    expect(clip.ok, format).toBe(true);
    check(clip);
    await panel
      .getByRole('status')
      .filter({ hasText: 'Copied as' })
      .evaluate((el) => {
        el.textContent = '';
      });
  }
  // One panel alone never takes its own saves for someone else's.
  expect(await panel.getByRole('alert').filter({ hasText: 'changed elsewhere' }).count()).toBe(0);
  // Rich text is previewed as it pastes: headings and list items, not Markdown marks.
  await byLabel(panel, 'Format').selectOption('html');
  const rich = panel.frameLocator('iframe[title="Brief preview"]');
  await expect.poll(() => rich.locator('h3').first().textContent()).toBe('Impact');
  expect(await rich.locator('li', { hasText: 'Prioritize fix' }).count()).toBe(1);
  expect(await rich.locator('body').textContent()).not.toContain('**');
  await shot(panel, '6-brief-rich');
  await byLabel(panel, 'Format').selectOption('markdown');
  await shot(panel, '6-brief');

  // The brief in Chinese, while the UI stays English
  await byLabel(panel, 'Format').selectOption('markdown');
  await byLabel(panel, 'Brief language').selectOption('zh-CN');
  const preview = panel.getByRole('region', { name: 'Brief preview' });
  await expect.poll(() => preview.textContent()).toContain('## 升级：CSV export stops');
  expect(await preview.textContent()).toContain('### 影响');
  expect(await preview.textContent()).toContain('**严重性**：高');
  expect(await byLabel(panel, 'Format').isVisible()).toBe(true);

  // The UI in Chinese: an option, kept for the next time the panel opens
  await byLabel(panel, 'Language').selectOption('zh-CN');
  await expect.poll(() => panel.getByRole('navigation', { name: '步骤' }).textContent()).toContain('分诊');
  expect(await panel.getByRole('button', { name: '复制简报' }).count()).toBe(1);
  await shot(panel, '7-brief-zh');
  await panel.close();
  const again = await openPanel(env.h, tabId);
  await expect.poll(() => again.getByRole('navigation', { name: '步骤' }).textContent()).toContain('目标与严重性');
  await again.getByLabel('语言', { exact: true }).selectOption('en');
  await again.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Brief' }).click();

  // Escalate: the draft becomes a record
  await again.getByRole('button', { name: 'Mark as escalated' }).click();
  await expect
    .poll(() => again.getByRole('region', { name: 'Escalate' }).textContent())
    .toContain('Escalated to Engineering as High severity: “CSV export stops at 10,000 rows for large accounts”.');

  // A new draft for the same ticket says the ticket is already escalated, and escalating again is asked once
  await again.getByRole('button', { name: 'Start a new draft for this ticket' }).click();
  const notice = again.getByRole('status').filter({ hasText: 'already has an open escalation' });
  await expect.poll(() => notice.textContent()).toMatch(/\(High, started .+\): “CSV export stops/);
  await again.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: 'Brief' }).click();
  await again.getByRole('button', { name: 'Mark as escalated' }).click();
  const ask = again.getByRole('alert').filter({ hasText: 'starts a second one' });
  expect(await ask.isVisible()).toBe(true);
  const focused = () => again.evaluate(() => document.activeElement?.textContent);
  await expect.poll(focused).toBe('Escalate as a second escalation');
  await shot(again, '8-already-escalated');
  await again.getByRole('button', { name: 'Keep the draft' }).click();
  expect(await ask.count()).toBe(0);
  await expect.poll(focused).toBe('Mark as escalated');
  const records = await again.evaluate(async () =>
    Object.keys(await chrome.storage.local.get(null)).filter((k) => k.startsWith('record:')),
  );
  expect(records).toHaveLength(1);
  await notice.getByRole('button', { name: 'Open it' }).click();
  await expect
    .poll(() => again.getByRole('region', { name: 'Escalation' }).getByRole('heading').first().textContent())
    .toContain('CSV export stops');
  await again.close();
});

test('a control reached with Shift+Tab is scrolled clear of the sticky status header', async () => {
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  await panel.setViewportSize({ width: 360, height: 640 });
  await expect.poll(() => byLabel(panel, 'Summary').inputValue()).not.toBe('');
  await panel.getByRole('button', { name: 'Next', exact: true }).focus();
  const hidden: string[] = [];
  for (let i = 0; i < 45; i++) {
    await panel.keyboard.press('Shift+Tab');
    const under = await panel.evaluate(() => {
      const focused = document.activeElement;
      const header = document.querySelector('[aria-label="Escalation status"]');
      if (!focused || !header || header.contains(focused)) return undefined;
      const box = focused.getBoundingClientRect();
      const bar = header.getBoundingClientRect();
      const covered = Math.min(box.bottom, bar.bottom) - Math.max(box.top, bar.top);
      return covered > box.height / 2
        ? (focused.getAttribute('aria-label') ?? focused.outerHTML.slice(0, 80))
        : undefined;
    });
    if (under) hidden.push(under);
  }
  expect(hidden).toEqual([]);
  await panel.close();
});
