import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { clearExtensionStorage, openPanel, openTicket } from '../../scripts/extension-browser.mjs';
import { extensionBrowser } from './browser';
import { shot } from './shots';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const env = extensionBrowser();

const DAY = 86_400_000;
const record = (id: string, account: string, daysAgo: number, extra: object) => {
  const at = new Date(Date.now() - daysAgo * DAY).toISOString();
  return {
    id,
    schemaVersion: 2,
    key: `zendesk:${id}`,
    createdAt: at,
    updatedAt: at,
    status: 'escalated',
    severity: 'high',
    customer: { account },
    ticketUrl: `https://acme.zendesk.com/agent/tickets/${id}`,
    ticket: {
      helpdesk: 'zendesk',
      ticketId: id,
      url: `https://acme.zendesk.com/agent/tickets/${id}`,
      source: 'api',
      missing: [],
    },
    ...extra,
  };
};

// Earlier escalations from other customers: the same export problem in other words (Globex twice, one
// of them resolved elsewhere), one fixed for Initech, and an unrelated one.
const STORED = [
  record('7001', 'Globex', 5, {
    summary: 'CSV export cut off at 10,000 rows',
    description: 'Their nightly report export is missing every row after the first 10,000.',
    impact: { revenueAtRisk: { amount: 40_000, currency: 'USD' } },
  }),
  record('7002', 'Globex', 2, {
    summary: 'Report export incomplete for big accounts',
    description: 'The CSV export of the contacts report stops at exactly 10,000 rows.',
    impact: { revenueAtRisk: { amount: 25_000, currency: 'USD' } },
  }),
  record('6001', 'Initech', 12, {
    status: 'resolved',
    summary: 'Nightly CSV export missing rows',
    description: 'Scheduled export from Reports stops at 10,000 rows, the rest of the rows are missing.',
    outcome: { rootCause: 'Export cursor expired after 10 minutes', learning: 'Alert when an export cursor expires' },
  }),
  // The same issue in other words, scored too low to count: offered as possibly related.
  record('6800', 'Hooli', 3, {
    summary: 'Month-end invoice spreadsheet short by thousands of lines',
    description:
      'Finance downloads the October invoices file and it has fewer lines than the invoice count in the app.',
  }),
  // One issue from two tickets whose customer is not known: a cluster, with no customer to count.
  record('6601', '', 2, {
    summary: 'Android app crashes when a push notification is opened',
    description: 'Tapping a push notification closes the Android app at once.',
  }),
  record('6602', '', 1, {
    summary: 'Opening a push notification crashes the Android app',
    description: 'The Android app closes as soon as a push notification is tapped.',
  }),
  // An unbroken token from a ticket in its summary: a narrow panel must wrap it, not scroll sideways.
  record('6500', 'Umbrella', 1, {
    summary: 'SSO redirect loop with Okta state=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0',
    description: 'Users are sent back to the login page endlessly.',
  }),
];

// The days run from the earliest report, this ticket's own (the fixture's ticket was created on Nov 18).
const DAYS_SINCE_REPORT = Math.floor((Date.now() - Date.parse('2026-11-18T09:12:00Z')) / 86_400_000);

const similar = (panel: Page) => panel.getByRole('region', { name: 'Similar issues' });
const checkbox = (panel: Page) => panel.getByRole('checkbox', { name: 'Same issue reported by 3+ customers' });

test('a draft shows the customers who reported the same issue; linking, dismissing; Patterns tab', async () => {
  await clearExtensionStorage(env.h);
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  await panel.setViewportSize({ width: 360, height: 900 });
  // Beside them, one record that no longer parses: set aside, and the Escalations list says so.
  await panel.evaluate(
    (records) =>
      chrome.storage.local.set({
        ...Object.fromEntries(records.map((r) => [`record:${r.id}`, r])),
        'record:broken': { id: 'broken', schemaVersion: 2, summary: 42 },
      }),
    STORED,
  );
  await panel.reload();

  // Acme (this ticket), Globex (two tickets, one customer) and Initech: three customers, since this ticket.
  await expect
    .poll(() => similar(panel).textContent(), { timeout: 15_000 })
    .toContain(`3 customers reported this in ${DAYS_SINCE_REPORT} days.`);
  const text = (await similar(panel).textContent()) ?? '';
  expect(text).toContain('Revenue at risk across them: $40,000.');
  expect(text).toContain('Recurring after a fix: Nightly CSV export missing rows — root cause: Export cursor expired');
  expect(text).not.toContain('SSO redirect loop');
  const matches = similar(panel).getByRole('list', { name: 'Similar escalations' }).getByRole('listitem');
  expect(await matches.count()).toBe(3);
  expect(await matches.first().textContent()).toMatch(/Matched on .*export/);
  const possible = similar(panel).getByRole('group').filter({ hasText: 'Possibly related (1)' });
  expect(await possible.getByRole('list', { name: 'Possibly related escalations' }).isVisible()).toBe(false);
  await possible.getByText('Possibly related (1)').click();
  const hooli = possible.getByRole('listitem').filter({ hasText: 'Hooli — Month-end invoice spreadsheet' });
  expect(await hooli.textContent()).toMatch(/In common with this draft: .*billing/);

  // The method's pattern criterion is prefilled with the customers, and breadth gets the count.
  await expect.poll(() => checkbox(panel).isChecked()).toBe(true);
  expect(await panel.getByText('from similar escalations: Acme Corp, Globex, Initech').count()).toBe(1);
  expect(await panel.getByRole('checkbox', { name: 'Recurring issue that was supposedly fixed' }).isChecked()).toBe(
    true,
  );
  await shot(panel, 'patterns-1-similar', similar(panel));
  const nav = panel.getByRole('navigation', { name: 'Steps' });
  await nav.getByRole('button', { name: 'Impact' }).click();
  expect(await panel.getByLabel('Customers affected', { exact: true }).inputValue()).toBe('3');
  expect(
    await panel.getByText('The distinct customers who reported this issue, from similar escalations').count(),
  ).toBe(1);
  expect(await panel.getByLabel('Affected customer names', { exact: true }).inputValue()).toBe(
    'Acme Corp, Globex, Initech',
  );
  expect(await panel.getByText('The customers who reported this issue, from similar escalations').count()).toBe(1);

  // Linking one puts its ticket into the brief's supporting context.
  await nav.getByRole('button', { name: 'Triage' }).click();
  const globex = matches.filter({ hasText: 'CSV export cut off at 10,000 rows' });
  await globex.getByRole('button', { name: 'Link' }).click();
  await expect.poll(() => globex.getByRole('button', { name: 'Unlink' }).count()).toBe(1);
  await nav.getByRole('button', { name: 'Brief' }).click();
  await expect
    .poll(() => panel.getByRole('region', { name: 'Brief preview' }).textContent())
    .toContain('Globex: CSV export cut off at 10,000 rows — <https://acme.zendesk.com/agent/tickets/7001>');

  // Dismissing the resolved one: two customers left, the pattern criterion and the recurrence go, and the
  // dismissal is kept when the panel opens again. The days still run from this ticket's own report.
  await nav.getByRole('button', { name: 'Triage' }).click();
  await matches.filter({ hasText: 'Nightly CSV export missing rows' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect
    .poll(() => similar(panel).textContent())
    .toContain(`2 customers reported this in ${DAYS_SINCE_REPORT} days.`);
  // Focus does not fall to the page with the item that had it.
  await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Similar issues');
  await expect.poll(() => checkbox(panel).isChecked()).toBe(false);
  expect(await similar(panel).textContent()).toContain('1 dismissed (not offered again).');
  await panel.waitForTimeout(400);
  await panel.reload();
  await expect.poll(() => similar(panel).textContent(), { timeout: 15_000 }).toContain('2 customers reported');
  expect(await similar(panel).textContent()).not.toContain('Recurring after a fix');
  await nav.getByRole('button', { name: 'Impact' }).click();
  await expect.poll(() => panel.getByLabel('Affected customer names', { exact: true }).inputValue()).toBe('Acme Corp');
  await nav.getByRole('button', { name: 'Triage' }).click();

  // The agent judges the possibly related one the same issue: linked, its customer counts.
  await similar(panel).getByText('Possibly related (1)').click();
  await hooli.getByRole('button', { name: 'Link' }).click();
  await expect
    .poll(() => similar(panel).textContent())
    .toContain(`3 customers reported this in ${DAYS_SINCE_REPORT} days.`);
  const hooliLinked = matches.filter({ hasText: 'Hooli' }).getByRole('button', { name: 'Unlink' });
  await expect.poll(() => hooliLinked.evaluate((b) => b === document.activeElement)).toBe(true);
  await expect.poll(() => checkbox(panel).isChecked()).toBe(true);

  // Escalated, it joins Globex's two open escalations and, linked by the agent, Hooli's: one cluster of three
  // customers in the Patterns tab.
  await nav.getByRole('button', { name: 'Brief' }).click();
  await panel.getByRole('button', { name: 'Mark as escalated' }).click();
  await expect.poll(() => panel.getByRole('region', { name: 'Escalate' }).count()).toBe(1);
  await panel.getByRole('button', { name: 'Escalations' }).click();
  await expect
    .poll(() => panel.getByRole('alert').filter({ hasText: 'could not be read were set aside' }).textContent())
    .toContain('this week: 1.');
  await panel.getByRole('button', { name: 'Patterns' }).click();
  const clusters = panel.getByRole('list', { name: 'Clusters of similar open escalations' });
  await expect.poll(() => clusters.textContent(), { timeout: 15_000 }).toContain('3 customers · 4 open escalations');
  expect(await clusters.textContent()).toContain('Acme Corp');
  expect(await clusters.textContent()).toContain('Hooli');
  expect(await clusters.textContent()).not.toContain('Umbrella');
  expect(await clusters.textContent()).toContain(
    'No known customer · 2 open escalations (without a known customer: 2)',
  );
  await shot(panel, 'patterns-2-clusters', clusters);
  await clusters.getByRole('button', { name: /Globex — CSV export cut off/ }).click();
  await expect
    .poll(() => panel.getByRole('region', { name: 'Escalation' }).textContent())
    .toContain('CSV export cut off at 10,000 rows');

  // At the side panel's narrowest, an escalation with a long unbroken token still fits the width.
  await panel.setViewportSize({ width: 320, height: 800 });
  await panel.getByRole('button', { name: 'Back to the list' }).click();
  await panel.getByRole('button', { name: 'List', exact: true }).click();
  await panel
    .getByRole('list', { name: 'Escalation list' })
    .getByRole('button', { name: /Umbrella/ })
    .click();
  await expect.poll(() => panel.getByRole('region', { name: 'Escalation' }).textContent()).toContain('state=eyJ');
  await shot(panel, 'patterns-3-detail-320');
  await panel.close();
});

test('an escalation an agent linked to a match counts as one, whatever its words, and says so', async () => {
  await clearExtensionStorage(env.h);
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  // Whoever escalated Globex's ticket linked Hooli's as the same issue; Hooli's words alone score too low.
  const records = STORED.filter((r) => r.id === '7001' || r.id === '6800').map((r) =>
    r.id === '7001' ? { ...r, patterns: { dismissed: [], linked: [{ id: '6800', text: 'Hooli: invoices' }] } } : r,
  );
  await panel.evaluate(
    (all) => chrome.storage.local.set(Object.fromEntries(all.map((r) => [`record:${r.id}`, r]))),
    records,
  );
  await panel.reload();
  await expect
    .poll(() => similar(panel).textContent(), { timeout: 15_000 })
    .toContain(`3 customers reported this in ${DAYS_SINCE_REPORT} days.`);
  const matches = similar(panel).getByRole('list', { name: 'Similar escalations' }).getByRole('listitem');
  expect(await matches.filter({ hasText: 'Hooli — Month-end invoice spreadsheet' }).textContent()).toContain(
    "An agent linked it to Globex's escalation “CSV export cut off at 10,000 rows” as the same issue.",
  );
  await expect.poll(() => checkbox(panel).isChecked()).toBe(true);
  expect(await panel.getByText('from similar escalations: Acme Corp, Globex, Hooli').count()).toBe(1);
  await panel.close();
});

test('a draft pointing at the bug an escalation was filed as matches it, whatever the words', async () => {
  await clearExtensionStorage(env.h);
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  const bug = 'https://acme.atlassian.net/browse/ENG-4521';
  // Its words share nothing with this ticket's; its agent logged the bug Engineering filed.
  const filed = record('7100', 'Vandelay', 4, {
    summary: 'Finance team short of data in month-end pull',
    description: 'The month-end numbers they pull do not add up.',
    log: [{ at: new Date().toISOString(), kind: 'update-team', text: `Engineering filed ${bug}` }],
  });
  await panel.evaluate((r) => chrome.storage.local.set({ [`record:${r.id}`]: r }), filed);
  await panel.reload();
  const matches = similar(panel).getByRole('list', { name: 'Similar escalations' }).getByRole('listitem');
  await expect
    .poll(() => similar(panel).textContent(), { timeout: 15_000 })
    .toContain('No similar escalation in the last 90 days.');

  const nav = panel.getByRole('navigation', { name: 'Steps' });
  await nav.getByRole('button', { name: 'Brief' }).click();
  await panel.getByRole('button', { name: 'Add a link' }).click();
  await panel.getByRole('group', { name: 'Related tickets and links' }).getByRole('textbox').last().fill(bug);
  await nav.getByRole('button', { name: 'Triage' }).click();
  await expect
    .poll(() => matches.filter({ hasText: 'Vandelay' }).textContent(), { timeout: 15_000 })
    .toContain('Matched on acme.atlassian.net/ENG-4521');
  await panel.close();
});

// Chromium wraps a word of hundreds of thousands of characters in minutes, during which every page of the
// extension is frozen (a hand-edited import, a hostile ticket subject).
test('an escalation whose summary is one 300,000-character word is listed and opened; it scrolls on one line', async () => {
  await clearExtensionStorage(env.h);
  const { tabId } = await openTicket(env.h, env.server.ticketUrl());
  const panel = await openPanel(env.h, tabId);
  const word = 'A'.repeat(300_000);
  await panel.evaluate(
    (r) => chrome.storage.local.set({ [`record:${r.id}`]: r }),
    record('6900', 'Vandelay', 1, { summary: `Export fails with token ${word}` }),
  );
  await panel.getByRole('button', { name: 'Escalations' }).click();
  const row = panel.getByRole('list', { name: 'Escalation list' }).getByRole('button', { name: /Vandelay/ });
  await row.click({ timeout: 20_000 });
  const detail = panel.getByRole('region', { name: 'Escalation' });
  await expect.poll(() => detail.textContent(), { timeout: 20_000 }).toContain('Export fails with token AAAA');
  const summary = detail.getByText(/^Export fails with token A+$/);
  const box = await summary.evaluate((e) => ({
    scroll: e.scrollWidth,
    client: e.clientWidth,
    lines: e.getClientRects().length,
  }));
  expect(box.lines).toBe(1);
  expect(box.scroll).toBeGreaterThan(box.client);
  expect(await panel.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await panel.close();
});
