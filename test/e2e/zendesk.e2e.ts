import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  clearExtensionStorage,
  clickToolbarButton,
  close,
  type Harness,
  launch,
  openPanel,
  openTicket,
  readClipboard,
} from '../../scripts/extension-browser.mjs';
import { type FixtureServer, HOST, startFixtureServer, TICKETS } from '../../scripts/fixture-server.mjs';

let server: FixtureServer;

// A single-page helpdesk that draws its ticket 2.5 s after the page loads.
const LATE_TICKET = 7001;
function lateTicketPage(): string {
  const html = readFileSync(new URL('../fixtures/zendesk/ticket-4821.html', import.meta.url), 'utf8');
  const body = html
    .slice(html.indexOf('<body>') + 6, html.indexOf('</body>'))
    .replaceAll('data-ticket-id="4821"', `data-ticket-id="${LATE_TICKET}"`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Zendesk</title></head><body>
<div id="app">Loading…</div><script>setTimeout(() => { document.getElementById('app').innerHTML = ${JSON.stringify(body).replace(/</g, '\\u003c')}; }, 2500);</script></body></html>`;
}

const STEP = {
  triage: 'Triage',
  impact: 'Impact',
  repro: 'Reproduction',
  target: 'Target & severity',
  comms: 'Communication & ask',
  brief: 'Brief',
} as const;

async function step(panel: Page, name: keyof typeof STEP): Promise<void> {
  await panel.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: STEP[name] }).click();
}
let h: Harness;

// Every request any page, worker or content script in this browser makes, for the privacy check.
const requests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer({ pages: { [`https://${HOST}/agent/tickets/${LATE_TICKET}`]: lateTicketPage() } });
  h = await launch(server.hostResolverRule);
  h.context.on('request', (r) => requests.push(r.url()));
});

// Each test starts from an empty profile state: no saved drafts or settings from the test before.
beforeEach(() => clearExtensionStorage(h));

afterAll(async () => {
  await close(h);
  await server.close();
});

describe('Zendesk ticket → side panel → brief', () => {
  test('the toolbar button opens the side panel beside the ticket, prefilled from one read of it', async () => {
    server.state.api = 'ok';
    const { page } = await openTicket(h, server.ticketUrl());
    const ticketReads = () =>
      server.state.requests.filter((r) => r.path.startsWith('/api/v2/tickets/4821.json')).length;
    const before = ticketReads();
    const panel = await clickToolbarButton(h, page);
    try {
      expect(await panel.waitFor(`document.querySelector('input[name="summary"]')?.value`)).toBe(
        'Data export stops at 10,000 rows for large accounts',
      );
      expect(await panel.evaluate('document.body.innerText')).toContain('Read through the helpdesk API');
      // The click starts the read and the opening panel takes it: the helpdesk is asked once, not twice.
      expect(ticketReads() - before).toBe(1);
      // A second click on the open panel opens nothing, and reads nothing either.
      const again = await clickToolbarButton(h, page);
      await new Promise((r) => setTimeout(r, 1000));
      expect(ticketReads() - before).toBe(1);
      await again.close();
    } finally {
      await panel.close();
      await page.close();
    }
  });

  test('shows what was read through the API and prefills the draft', async () => {
    server.state.api = 'ok';
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    const ticket = panel.getByRole('region', { name: 'Ticket as read' });
    await expect.poll(() => ticket.textContent()).toContain('Read through the helpdesk API');
    const text = await ticket.textContent();
    for (const expected of [
      'Data export stops at 10,000 rows for large accounts',
      'Dana Whitfield',
      'dana@acme.example',
      'Acme Corp',
      'open',
      'urgent',
      'export, enterprise, data_loss',
    ]) {
      expect(text).toContain(expected);
    }
    await panel.getByText('Thread (5 messages)').click();
    const items = await panel
      .getByRole('list', { name: 'Thread (5 messages)' })
      .getByRole('listitem')
      .allTextContents();
    const roles = items.map((text) => /^(Customer|Agent|Internal note)/.exec(text)?.[1]);
    expect(roles).toEqual(['Customer', 'Agent', 'Internal note', 'Customer', 'Agent']);
    await expect
      .poll(() => panel.getByLabel('Summary', { exact: true }).inputValue())
      .toBe('Data export stops at 10,000 rows for large accounts');
    expect(await panel.getByLabel('Issue Description', { exact: true }).inputValue()).toMatch(
      /^Since Monday our nightly CSV export/,
    );
    await step(panel, 'impact');
    expect(await panel.getByLabel('Account', { exact: true }).inputValue()).toBe('Acme Corp');
    await step(panel, 'repro');
    expect(await panel.getByLabel('Evidence 1', { exact: true }).inputValue()).toContain(
      'ExportJobError: cursor expired after page 100',
    );
    await step(panel, 'brief');
    expect(await panel.getByLabel('Ticket link', { exact: true }).inputValue()).toBe(server.ticketUrl());
    await panel.setViewportSize({ width: 320, height: 800 });
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await panel.close();
  });

  test('copies the edited brief as Markdown with the template sections, and as plain text', async () => {
    server.state.api = 'ok';
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
    await panel.getByLabel('Summary', { exact: true }).fill('Exports truncated at 10,000 rows for Acme Corp');
    await step(panel, 'impact');
    await panel.getByLabel('Customers affected', { exact: true }).fill('3');
    await step(panel, 'repro');
    for (const [i, text] of ['Open Reports > Export', 'Pick October 2026', 'Click Export CSV'].entries()) {
      await panel.getByRole('button', { name: 'Add step' }).click();
      await panel.getByLabel(`Step ${i + 1}`, { exact: true }).fill(text);
    }
    await step(panel, 'target');
    await panel.getByLabel('Severity', { exact: true }).selectOption('high');
    await panel.getByLabel('Target team', { exact: true }).selectOption('engineering');
    await step(panel, 'brief');
    await panel.getByRole('button', { name: 'Copy brief' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);

    const clip = await readClipboard(h);
    expect(clip.ok).toBe(true);
    const headings = clip.text.split('\n').filter((l) => /^#{2,3} /.test(l));
    expect(headings).toEqual([
      '## ESCALATION: Exports truncated at 10,000 rows for Acme Corp',
      '### Impact',
      '### Issue Description',
      '### Reproduction Steps',
      '### Customer Communication',
      '### Supporting Context',
    ]);
    expect(clip.text).toContain('**Severity:** High');
    expect(clip.text).toContain('**Target team:** Engineering');
    expect(clip.text).toContain('- **Customers affected:** 3 customers — Acme Corp');
    expect(clip.text).toContain('1. Open Reports \\> Export\n2. Pick October 2026\n3. Click Export CSV');
    expect(clip.text).toContain(`- Ticket: <${server.ticketUrl()}>`);
    expect(clip.html).toContain('<h2>ESCALATION: Exports truncated at 10,000 rows for Acme Corp</h2>');

    await panel.getByLabel('Format', { exact: true }).selectOption('text');
    await panel.getByRole('button', { name: 'Copy brief' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Copied as Plain text' }).count()).toBe(1);
    const plain = await readClipboard(h);
    const upper = plain.text.split('\n').filter((l) => /^[A-Z' ]+( \(for bugs\))?$/.test(l));
    expect(upper).toEqual([
      'IMPACT',
      'ISSUE DESCRIPTION',
      'REPRODUCTION STEPS (for bugs)',
      'CUSTOMER COMMUNICATION',
      'SUPPORTING CONTEXT',
    ]);
    expect(
      plain.text.startsWith(
        'ESCALATION: Exports truncated at 10,000 rows for Acme Corp\nSeverity: High\nTarget: Engineering\n',
      ),
    ).toBe(true);
    expect(plain.html).toBe('');
    await panel.close();
  });

  test('recommends with reasons at the top, and updates as the agent answers triage', async () => {
    server.state.api = 'ok';
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    const rec = panel.getByRole('region', { name: 'Recommendation' });
    const header = panel.getByRole('region', { name: 'Escalation status' });
    await expect.poll(() => rec.textContent()).toContain('Recommendation: escalate');
    const reasons = panel.getByRole('list', { name: 'Reasons to escalate' });
    expect(await reasons.textContent()).toContain('Data corruption or loss');
    expect(await reasons.textContent()).toContain('#data_loss');
    expect(await reasons.textContent()).toContain('SLA breach imminent or occurred');
    expect(await header.textContent()).toContain('Severity: Critical (suggested)');
    expect(await header.textContent()).toContain('Target: Engineering (suggested)');
    expect(await header.textContent()).toMatch(/Readiness \d+\/100/);

    for (const criterion of [
      'Data corruption or loss',
      'SLA breach imminent or occurred',
      'Issue has been open beyond SLA',
    ]) {
      await panel.getByRole('checkbox', { name: criterion }).uncheck();
    }
    await panel.getByRole('checkbox', { name: 'The issue has a documented solution or known workaround' }).check();
    await expect.poll(() => rec.textContent()).toContain('Recommendation: handle in support');
    expect(await panel.getByLabel('Note for the ticket', { exact: true }).textContent()).toContain(
      'Handled in support (not escalated)',
    );

    await panel.getByRole('checkbox', { name: 'Security concern' }).check();
    await expect.poll(() => rec.textContent()).toContain('Recommendation: escalate');
    expect(await rec.textContent()).toContain('this stands even though');
    await expect.poll(() => header.textContent()).toContain('Target: Security (suggested)');

    await step(panel, 'target');
    await panel.getByLabel('Your tier', { exact: true }).selectOption('l1');
    await step(panel, 'triage');
    await panel.getByRole('checkbox', { name: 'Security concern' }).uncheck();
    await panel.getByRole('checkbox', { name: 'Bug confirmed and needs a code fix' }).check();
    await step(panel, 'target');
    const target = panel.getByRole('region', { name: 'Suggested target' });
    await expect.poll(() => target.textContent()).toContain('Suggested target: L2 Support');
    expect(await target.textContent()).toContain('As an L1 agent, take this to L2 first');
    await panel.getByLabel('Your tier', { exact: true }).selectOption('l2');

    const readiness = async () => Number((await header.textContent())?.match(/Readiness (\d+)/)?.[1]);
    const before = await readiness();
    await step(panel, 'impact');
    await panel.getByLabel('Customers affected', { exact: true }).fill('3');
    await expect.poll(readiness).toBeGreaterThan(before);
    await panel.close();
  });

  test('pops out into its own window, still bound to the ticket', async () => {
    server.state.api = 'ok';
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    const [popup] = await Promise.all([
      h.context.waitForEvent('page'),
      panel.getByRole('button', { name: 'Pop out' }).click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`chrome-extension://${h.extensionId}/sidepanel.html?tab=${tabId}`);
    await expect
      .poll(() => popup.getByLabel('Summary', { exact: true }).inputValue())
      .toBe('Data export stops at 10,000 rows for large accounts');
    await popup.close();
    await panel.close();
  });

  test('secrets are masked in the brief, and one item can be shown again', async () => {
    server.state.api = 'ok';
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
    await step(panel, 'repro');
    await panel.getByRole('button', { name: 'Add evidence' }).click();
    await panel
      .getByLabel('Evidence 3', { exact: true })
      .fill('Authorization: Bearer abcdefghijklmnopqrstuvwxyz123456');
    await panel.getByRole('button', { name: 'Add evidence' }).click();
    await panel.getByLabel('Evidence 4', { exact: true }).fill('card 4242 4242 4242 4242 was charged twice');
    await step(panel, 'brief');
    const preview = panel.getByRole('region', { name: 'Brief preview' });
    await expect.poll(() => preview.textContent()).toContain('Bearer [token removed]');
    expect(await preview.textContent()).toContain('[card •••• 4242] was charged twice');
    const masked = panel.getByRole('region', { name: 'Masked in this brief' });
    expect(await masked.textContent()).toContain('token');

    await panel.getByRole('button', { name: 'Copy brief' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);
    const clip = await readClipboard(h);
    expect(clip.text).not.toContain('abcdefghijklmnopqrstuvwxyz123456');
    expect(clip.html).not.toContain('4242 4242 4242 4242');

    await panel.getByRole('button', { name: 'Show this card number in the brief' }).click();
    await expect.poll(() => preview.textContent()).toContain('card 4242 4242 4242 4242 was charged twice');
    expect(await preview.textContent()).toContain('Bearer [token removed]');
    await panel.close();
  });

  test('notices when the tab moves to another ticket, and re-reads on request', async () => {
    server.state.api = 'ok';
    const { page, tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
    await page.evaluate(() => history.pushState({}, '', '/agent/tickets/4822'));
    const notice = panel.getByRole('status').filter({ hasText: 'This tab now shows ticket #4822' });
    await expect.poll(() => notice.count()).toBe(1);
    await notice.getByRole('button', { name: 'Re-read ticket' }).click();
    await expect.poll(() => panel.getByRole('region', { name: 'Escalation status' }).textContent()).toContain('#4822');
    expect(await notice.count()).toBe(0);
    await panel.close();
    await page.close();
  });

  test('a move to another ticket while the first read is still under way is noticed too', async () => {
    server.state.api = 'slow';
    const { page, tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    await new Promise((done) => setTimeout(done, 700));
    await page.evaluate(() => history.pushState({}, '', '/agent/tickets/4822'));
    const notice = panel.getByRole('status').filter({ hasText: 'This tab now shows ticket #4822' });
    await expect.poll(() => notice.count(), { timeout: 15_000 }).toBe(1);
    server.state.api = 'ok';
    await panel.close();
    await page.close();
  });

  test('a ticket still being drawn when read fills the untouched draft once it is read again', async () => {
    server.state.api = 'forbidden';
    const { page, tabId } = await openTicket(h, `https://${HOST}/agent/tickets/${LATE_TICKET}`);
    const panel = await openPanel(h, tabId);
    await expect
      .poll(() => panel.getByRole('region', { name: 'Ticket as read' }).textContent())
      .toContain('Could not read');
    expect(await panel.getByLabel('Summary', { exact: true }).inputValue()).toBe('');
    await page.locator(`[data-ticket-id="${LATE_TICKET}"]`).waitFor({ state: 'attached' });
    await panel.getByRole('button', { name: 'Re-read ticket' }).first().click();
    await expect
      .poll(() => panel.getByLabel('Summary', { exact: true }).inputValue())
      .toBe('Data export stops at 10,000 rows for large accounts');
    // Once the agent has typed, reading again leaves the draft alone.
    await panel.getByLabel('Summary', { exact: true }).fill('My own summary');
    await panel.getByRole('button', { name: 'Re-read ticket' }).first().click();
    await new Promise((done) => setTimeout(done, 1_000));
    expect(await panel.getByLabel('Summary', { exact: true }).inputValue()).toBe('My own summary');
    server.state.api = 'ok';
    await panel.close();
    await page.close();
  });

  test('text added from the page (context menu) joins the evidence, open panel or not', async () => {
    server.state.api = 'ok';
    const { tabId } = await openTicket(h, server.ticketUrl());
    // The context menu's click handler queues the selection for the ticket's draft; a headless browser
    // cannot open the menu, so queue it the same way.
    const queue = async (text: string) => {
      const page = await h.context.newPage();
      await page.goto(`chrome-extension://${h.extensionId}/offscreen.html`);
      await page.evaluate(async (t) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            storage: { local: { get(k: string): Promise<Record<string, string[]>>; set(v: object): Promise<void> } };
          };
        };
        const key = 'inbox:zendesk:acme.zendesk.com:4821';
        const current = (await chrome.storage.local.get(key))[key] ?? [];
        await chrome.storage.local.set({ [key]: [...current, t] });
      }, text);
      await page.close();
    };
    await queue('TimeoutError: export worker gave up after 30000 ms');
    const panel = await openPanel(h, tabId);
    await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
    await step(panel, 'repro');
    await expect
      .poll(() => panel.getByLabel('Evidence 3', { exact: true }).inputValue())
      .toBe('TimeoutError: export worker gave up after 30000 ms');
    await queue('request_id=req_99 failed with 502');
    await expect
      .poll(() => panel.getByLabel('Evidence 4', { exact: true }).inputValue())
      .toBe('request_id=req_99 failed with 502');
    await panel.close();
  });

  test('falls back to the page when the API answers 403', async () => {
    server.state.api = 'forbidden';
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    const ticket = panel.getByRole('region', { name: 'Ticket as read' });
    await expect.poll(() => ticket.textContent()).toContain('Read from the page');
    const text = await ticket.textContent();
    expect(text).toContain('Data export stops at 10,000 rows for large accounts');
    expect(text).toContain('Urgent');
    expect(text).toContain('Could not read: SLA due date.');
    expect(text).not.toContain('Cannot reset password');
    server.state.api = 'ok';
    await panel.close();
  });

  test('keeps the draft when the panel is closed and reopened', async () => {
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
    // "from ticket" marks a prefilled field until the agent writes their own.
    const fromTicket = (page: Page, label: string) =>
      page
        .getByLabel(label, { exact: true })
        .getAttribute('aria-describedby')
        .then((ids) => /-src\b/.test(ids ?? ''));
    expect(await fromTicket(panel, 'Summary')).toBe(true);
    // One edit (a single change event) and the panel closes: the mark stays off.
    await panel.getByLabel('Summary', { exact: true }).fill('Nightly exports stop at 10,000 rows');
    await expect.poll(() => fromTicket(panel, 'Summary')).toBe(false);
    expect(await fromTicket(panel, 'Issue Description')).toBe(true);
    await panel.waitForTimeout(400);
    await panel.close();
    const reopened = await openPanel(h, tabId);
    await expect
      .poll(() => reopened.getByLabel('Summary', { exact: true }).inputValue())
      .toBe('Nightly exports stop at 10,000 rows');
    expect(await fromTicket(reopened, 'Summary')).toBe(false);
    expect(await fromTicket(reopened, 'Issue Description')).toBe(true);
    await step(reopened, 'comms');
    await reopened.getByLabel('Customer expectation', { exact: true }).fill('Full export before the Friday audit');
    await reopened.waitForTimeout(400);
    await reopened.close();
    const again = await openPanel(h, tabId);
    await step(again, 'comms');
    await expect
      .poll(() => again.getByLabel('Customer expectation', { exact: true }).inputValue())
      .toBe('Full export before the Friday audit');
    await again.close();
  });

  test('two panels on one ticket: a copy saved elsewhere is shown, typing over one is asked, nothing is lost', async () => {
    const { tabId } = await openTicket(h, server.ticketUrl());
    const first = await openPanel(h, tabId);
    const second = await openPanel(h, tabId);
    const summary = (p: Page) => p.getByLabel('Summary', { exact: true });
    await expect.poll(() => summary(first).inputValue()).not.toBe('');
    await expect.poll(() => summary(second).inputValue()).not.toBe('');
    const stored = () =>
      first.evaluate(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { get(k: string): Promise<Record<string, { summary?: string }>> } } };
        };
        return (await chrome.storage.local.get('draft:zendesk:acme.zendesk.com:4821'))[
          'draft:zendesk:acme.zendesk.com:4821'
        ]?.summary;
      });

    // A keystroke and, before it is saved, a newer copy written to storage (as an import writes it).
    const typeWhileImported = (panel: Page, typed: string, imported: string) =>
      summary(panel).evaluate(
        async (el: HTMLInputElement, [value, other]) => {
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
          el.dispatchEvent(new Event('input', { bubbles: true }));
          const { chrome } = globalThis as unknown as {
            chrome: {
              storage: { local: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } };
            };
          };
          const key = 'draft:zendesk:acme.zendesk.com:4821';
          const current = (await chrome.storage.local.get(key))[key];
          await chrome.storage.local.set({
            [key]: { ...current, summary: other, updatedAt: new Date().toISOString() },
          });
        },
        [typed, imported] as const,
      );

    // Saved in the second panel: the first, with nothing of its own waiting to be saved, shows it.
    await summary(second).fill('Written in the pop-out window');
    await expect.poll(() => summary(first).inputValue()).toBe('Written in the pop-out window');

    // A keystroke in the first while a newer copy arrives (as an import writes it): it asks, and writes nothing.
    await typeWhileImported(first, 'Typed in the side panel', 'Imported');
    const asked = first.getByRole('alert').filter({ hasText: 'changed elsewhere' });
    await expect.poll(() => asked.count()).toBe(1);
    await first.waitForTimeout(600);
    expect(await stored()).toBe('Imported');
    await asked.getByRole('button', { name: 'Keep what I typed' }).click();
    await expect.poll(stored).toBe('Typed in the side panel');
    expect(await asked.count()).toBe(0);
    // Both changed the summary: the version it overwrote is set aside, and offered back at once.
    const keptAside = first.getByRole('status').filter({ hasText: 'was set aside' });
    await expect.poll(() => keptAside.textContent()).toContain('“Imported”');
    await keptAside.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(() => keptAside.count()).toBe(0);

    // Closed in the middle of such a question: its version is set aside, and the next panel offers it back.
    await second.close();
    await typeWhileImported(first, 'Typed, then closed', 'Imported again');
    await expect.poll(() => first.getByRole('alert').filter({ hasText: 'changed elsewhere' }).count()).toBe(1);
    await first.close();
    const third = await openPanel(h, tabId);
    const offered = third.getByRole('status').filter({ hasText: 'was set aside' });
    await expect.poll(() => offered.textContent()).toContain('“Typed, then closed”');
    expect(await summary(third).inputValue()).toBe('Imported again');
    await offered.getByRole('button', { name: 'Use this version' }).click();
    await expect.poll(() => summary(third).inputValue()).toBe('Typed, then closed');
    await expect.poll(() => offered.count()).toBe(0);
    await third.close();

    // Deleted elsewhere (Delete all data): the panel starts over from the ticket instead of writing it back.
    const fourth = await openPanel(h, tabId);
    await expect.poll(() => summary(fourth).inputValue()).toBe('Typed, then closed');
    await fourth.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } };
      await chrome.storage.local.clear();
    });
    await expect.poll(() => summary(fourth).inputValue()).toBe('Data export stops at 10,000 rows for large accounts');
    await fourth.close();
  });

  test('a page that is not a ticket says so and offers a blank draft', async () => {
    const { tabId } = await openTicket(h, `https://${HOST}/agent/dashboard`);
    const panel = await openPanel(h, tabId);
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('is not a ticket');
    expect(await panel.getByLabel('Summary', { exact: true }).inputValue()).toBe('');
    await panel.close();
  });

  test('hostile ticket text stays text in the panel and is escaped in the brief', async () => {
    const { tabId } = await openTicket(h, server.ticketUrl(TICKETS.hostile));
    const panel = await openPanel(h, tabId);
    await expect
      .poll(() => panel.getByLabel('Summary', { exact: true }).inputValue())
      .toContain('<img src=x onerror=alert(1)>');
    // A direction override from the subject is gone from the draft and from the ticket shown.
    expect(await panel.getByLabel('Summary', { exact: true }).inputValue()).toMatch(/`broken` gnp\.exe$/);
    expect(await panel.getByRole('region', { name: 'Ticket as read' }).textContent()).not.toContain('\u202e');
    expect(await panel.locator('img').count()).toBe(0);
    // The page's own two scripts (the early ticket read, then the panel), none from the ticket.
    expect(await panel.locator('script').evaluateAll((all) => all.map((s) => s.getAttribute('src')))).toEqual([
      '/panel-first-read.js',
      expect.stringMatching(/^\/chunks\/sidepanel-.*\.js$/),
    ]);
    await step(panel, 'brief');
    const preview = await panel.getByRole('region', { name: 'Brief preview' }).textContent();
    expect(preview).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(preview).toContain('\\*\\*Export\\*\\*');
    await panel.close();
  });

  test('a 5 MB thread is capped to its first and most recent messages, and the panel says so', async () => {
    const { tabId } = await openTicket(h, server.ticketUrl(TICKETS.huge));
    const panel = await openPanel(h, tabId);
    const ticket = panel.getByRole('region', { name: 'Ticket as read' });
    await expect
      .poll(() => ticket.textContent(), { timeout: 15_000 })
      .toMatch(/Very long thread: showing [\d,]+ of 1,200 messages, the first and the most recent/);
    await ticket.getByText(/^Thread \(/).click();
    await expect.poll(() => ticket.textContent()).toContain('Message 1200.');
    const thread = (await ticket.textContent()) ?? '';
    expect(thread).toContain('Message 1.');
    expect(thread).toContain('Message 1200.');
    expect(thread).not.toContain('Message 100.');
    // The latest agent reply (message 1,200, Sam Rivera's) is the last update to the customer.
    await step(panel, 'comms');
    expect(await panel.getByLabel('Last update to customer: what was said', { exact: true }).inputValue()).toContain(
      'Message 1200.',
    );
    await panel.close();
  });

  test('only GET requests, only to the helpdesk', () => {
    expect(server.state.requests.length).toBeGreaterThan(0);
    expect(server.state.requests.every((r) => r.method === 'GET' && r.host === HOST)).toBe(true);
  });

  test('nothing leaves the browser for anywhere but the helpdesk', () => {
    expect(requests.length).toBeGreaterThan(20);
    const elsewhere = requests.filter(
      (url) => !/^(chrome-extension:|data:|blob:|about:)/.test(url) && new URL(url).host !== HOST,
    );
    expect(elsewhere).toEqual([]);
  });
});

describe('browser restart', () => {
  test('the draft survives a browser restart', async () => {
    const { tabId } = await openTicket(h, server.ticketUrl());
    const panel = await openPanel(h, tabId);
    await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
    await step(panel, 'comms');
    await panel.getByLabel('Escalation risk', { exact: true }).fill('CFO will call our CEO if not fixed by Friday');
    await panel.waitForTimeout(400);
    await close(h, true);
    h = await launch(server.hostResolverRule, h.userDataDir);
    const reopened = await openTicket(h, server.ticketUrl());
    const panel2 = await openPanel(h, reopened.tabId);
    await expect.poll(() => panel2.getByLabel('Summary', { exact: true }).inputValue()).not.toBe('');
    await step(panel2, 'comms');
    await expect
      .poll(() => panel2.getByLabel('Escalation risk', { exact: true }).inputValue())
      .toBe('CFO will call our CEO if not fixed by Friday');
  });
});
