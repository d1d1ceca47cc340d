import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { TicketContext } from '../../lib/escalation/model';
import { ticketNumber } from '../../lib/helpdesks/ticket-number';
import { clearExtensionStorage, clickToolbarButton, openPanel, openTicket } from '../../scripts/extension-browser.mjs';
import { caseFiles, type Expectation } from '../unit/support/cases';
import { extensionBrowser } from './browser';

const env = extensionBrowser();
// Every request the browser made while the tests ran, but the test's own page loads, with the page (frame)
// that made it, if any.
const requests: { url: string; from: string }[] = [];

beforeAll(() => {
  env.h.context.on('request', (r) => {
    if (r.isNavigationRequest()) return;
    let from = '';
    try {
      from = r.frame().url();
    } catch {
      // a service worker's request has no frame
    }
    requests.push({ url: r.url(), from });
  });
});

beforeEach(() => clearExtensionStorage(env.h));

const SOURCE_TEXT = { api: 'Read through the helpdesk API', dom: 'Read from the page' } as const;

// What the "Ticket as read" region must show for a case: the values the reader is expected to find.
function shownValues(e: Expectation): string[] {
  return [e.subject, e.requester?.name, e.requester?.email, e.organization, e.status, e.priority].filter(
    (v): v is string => !!v,
  );
}

const all = caseFiles().flatMap((f) => f.cases.map((c) => [`${f.helpdesk}: ${c.name}`, f.helpdesk, c] as const));

describe('every helpdesk, on its real hostname', () => {
  test.each(all)('%s', async (_title, helpdesk, c) => {
    env.server.state.api = 'ok';
    const { page, tabId } = await openTicket(env.h, c.url);
    const panel = await openPanel(env.h, tabId);
    const region = panel.getByRole('region', { name: 'Ticket as read' });
    const source = c.expect.source as TicketContext['source'] | undefined;
    if (source === 'api' || source === 'dom')
      await expect.poll(() => region.textContent()).toContain(SOURCE_TEXT[source]);
    else await expect.poll(() => region.textContent()).toContain('Subject');
    const text = (await region.textContent()) ?? '';
    for (const value of shownValues(c.expect)) expect(text).toContain(value);
    // Shown by the number agents use (a Salesforce case number, a Help Scout number), else the id.
    const shown = c.expect.ticketId && ticketNumber({ ...c.expect, helpdesk: helpdesk as TicketContext['helpdesk'] });
    if (shown) expect(text).toContain(`#${shown}`);
    const count = c.expect.roles?.length;
    if (count)
      await expect
        .poll(() => panel.getByText(`Thread (${count} ${count === 1 ? 'message' : 'messages'})`).isVisible())
        .toBe(true);
    if (c.expect.subject) {
      await expect.poll(() => panel.getByLabel('Summary', { exact: true }).inputValue()).toBe(c.expect.subject);
    }
    await panel.close();
    await page.close();
  });
});

describe('a Salesforce feed with times shown relative to now', () => {
  test('shows a time for "Yesterday at 3:04 PM", "2h ago" and "Just now", and none for "2 days ago"', async () => {
    const c = caseFiles()
      .find((f) => f.helpdesk === 'salesforce')
      ?.cases.find((k) => k.page === 'case-00001044-relative.html');
    if (!c) throw new Error('the Salesforce relative-times fixture is missing');
    const { page, tabId } = await openTicket(env.h, c.url);
    const panel = await openPanel(env.h, tabId);
    await panel.getByText('Thread (6 messages)').click();
    const items = await panel
      .getByRole('list', { name: 'Thread (6 messages)' })
      .getByRole('listitem')
      .allTextContents();
    const clock = /\d{1,2}:\d{2}\s?[AP]M/;
    expect(items.map((text) => clock.test(text))).toEqual([true, false, true, true, true, true]);
    expect(items[2]).toContain('3:04 PM');
    await panel.close();
    await page.close();
  });
});

describe('pages that are no helpdesk ticket', () => {
  test('a site the agent has not allowed is not read, and the panel says how to allow it', async () => {
    const { page, tabId } = await openTicket(env.h, env.server.otherUrl());
    const panel = await openPanel(env.h, tabId);
    await expect
      .poll(() => panel.getByText('Escalation Brief may not read this page yet.', { exact: false }).isVisible())
      .toBe(true);
    expect(await panel.getByLabel('Summary', { exact: true }).inputValue()).toBe('');
    await panel.close();
    await page.close();
  });

  test('a click on the toolbar button lets the panel read the page the agent is on, with no access asked', async () => {
    const { page } = await openTicket(env.h, env.server.otherUrl());
    const panel = await clickToolbarButton(env.h, page);
    try {
      expect(await panel.waitFor(`document.querySelector('input[name="summary"]')?.value`)).toBe(
        'Checkout returns 502 for EU customers',
      );
      expect(await panel.evaluate('document.body.innerText')).not.toContain('may not read this page');
    } finally {
      await panel.close();
      await page.close();
    }
  });

  test('the generic reader, injected into a page it may read, returns what the page shows', async () => {
    const { page, tabId } = await openTicket(env.h, 'https://acme.zendesk.com/agent/dashboard');
    const worker = env.h.context.serviceWorkers().find((w) => w.url().endsWith('/background.js'));
    const result = await worker?.evaluate(async (id) => {
      const { chrome } = globalThis as unknown as {
        chrome: { scripting: { executeScript(o: object): Promise<{ result: unknown }[]> } };
      };
      const [injection] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/read-generic.js'] });
      return injection?.result;
    }, tabId);
    expect(result).toMatchObject({
      ok: true,
      ticket: { helpdesk: 'generic', source: 'generic', subject: 'Your unsolved tickets' },
    });
    await page.close();
  });
});

describe('what the extension sends, over all the helpdesks above', () => {
  // Runs last: it checks what every test before it made the browser do.
  test('nothing leaves for anywhere but the site of the tab being read, and the helpdesk APIs get only GETs', () => {
    const web = requests.filter((r) => /^https?:/.test(r.url));
    expect(web.length).toBeGreaterThan(all.length);
    const elsewhere = web.filter((r) => !/^https?:/.test(r.from) || new URL(r.from).host !== new URL(r.url).host);
    expect(elsewhere).toEqual([]);
    const api = env.server.state.requests.filter((r) => /\/(api|rest|supportapi)\//.test(r.path));
    expect(new Set(api.map((r) => r.host)).size).toBeGreaterThanOrEqual(4);
    expect(env.server.state.requests.every((r) => r.method === 'GET')).toBe(true);
  });
});
