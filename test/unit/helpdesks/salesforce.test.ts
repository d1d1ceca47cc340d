import { describe, expect, test, vi } from 'vitest';
import type { TicketContext } from '../../../lib/escalation/model';
import { dateOf } from '../../../lib/helpdesks/dom-text';
import { hostMatches } from '../../../lib/helpdesks/registry';
import { relativeTimeIso } from '../../../lib/helpdesks/relative-time';
import { feedRole, salesforce, salesforceSite } from '../../../lib/helpdesks/salesforce';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'salesforce');
if (!file) throw new Error('test/fixtures/salesforce/cases.json is missing');
const [ordinary, hard, relative] = file.cases as [FixtureCase, FixtureCase, FixtureCase];
const html = (c: FixtureCase) => fixtureText('salesforce', c.page);
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const read = (page: string | Document, url = ordinary.url) =>
  salesforce.read(typeof page === 'string' ? parseHtml(page) : page, new URL(url));

const ACTIVE_ID = '500Hu00001Lx9QpIAJ';
const OTHER_ID = '500Hu00001Lx7AbIAJ';
const caseUrl = (id: string) => `https://northwind.lightning.force.com/lightning/r/Case/${id}/view`;
const ORDINARY_ROLES = ['customer', 'agent', 'note', 'agent', 'customer', 'note', 'agent'];

type PageModule = {
  longTicket(count: number): { url: string; html: string };
  layoutItem(label: string, value: unknown, kind?: string): string;
  feedItem(o: Record<string, unknown>): string;
};
const PAGES = '../../../scripts/pages/salesforce.mjs';
const pages = () => import(/* @vite-ignore */ PAGES) as Promise<PageModule>;

describe('salesforce URLs', () => {
  test.each([
    [`https://northwind.lightning.force.com/lightning/r/Case/${ACTIVE_ID}/view`, ACTIVE_ID],
    ['https://northwind.lightning.force.com/lightning/r/Case/500Hu00001Mz3Kq/view', '500Hu00001Mz3KqIAJ'],
    ['https://northwind.lightning.force.com/lightning/r/Case/500Hu00001Mz3KqIAJ/view', '500Hu00001Mz3KqIAJ'],
    [`https://northwind.lightning.force.com/lightning/r/Case/${ACTIVE_ID}/related/EmailMessages/view`, ACTIVE_ID],
    [`https://northwind.lightning.force.com/lightning/r/${ACTIVE_ID}/view`, ACTIVE_ID],
    [
      `https://northwind.lightning.force.com/lightning/r/Case/${ACTIVE_ID}/view?ws=%2Flightning%2Fr%2FAccount`,
      ACTIVE_ID,
    ],
    ['https://northwind.lightning.force.com/lightning/r/Account/001Hu00000Cd2ZwIAJ/view', null],
    ['https://northwind.lightning.force.com/lightning/r/Case/001Hu00000Cd2ZwIAJ/view', null],
    ['https://northwind.lightning.force.com/lightning/o/Case/list?filterName=Recent', null],
    ['https://northwind.lightning.force.com/lightning/r/Case/500Hu00001Lx9Q/view', null],
    ['https://northwind.lightning.force.com/lightning/r/Case/500Hu00001Lx9QpI/view', null],
    ['https://northwind.lightning.force.com/lightning/r/Case/500Hu00001Lx9QpIAJX/view', null],
    [`https://northwind.my.salesforce.com/${ACTIVE_ID}`, null],
  ])('%s -> %s', (href, id) => {
    expect(salesforceSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['northwind.lightning.force.com', true],
    ['northwind--uat.sandbox.lightning.force.com', true],
    ['northwind.my.salesforce.com', true],
    ['lightning.force.com', false],
    ['northwind.lightning.force.com.evil.example', false],
    ['northwindlightning.force.com', false],
    ['northwind.my.site.com', false],
  ])('host %s is Salesforce: %s', (host, yes) => {
    expect(salesforceSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });
});

describe('feed item roles', () => {
  test.each<[string, boolean, boolean, string | undefined]>([
    ['EmailMessageEvent', true, false, 'customer'],
    ['EmailMessageEvent', false, false, 'agent'],
    ['CaseCommentPost', false, false, 'agent'],
    ['CaseCommentPost', false, true, 'note'],
    ['CaseCommentPost', true, false, 'customer'],
    ['TextPost', false, false, 'note'],
    ['TextPost', true, false, 'note'],
    ['ContentPost', false, false, 'note'],
    ['CallLogPost', false, false, 'note'],
    ['TrackedChange', false, false, undefined],
    ['CreateRecordEvent', false, false, undefined],
    ['SocialPost', true, false, 'customer'],
    ['SomeFutureEvent', true, false, undefined],
  ])('%s (from the customer: %s, internal: %s) is %s', (type, fromCustomer, internal, role) => {
    expect(feedRole(type, fromCustomer, internal)).toBe(role);
  });

  test.each([
    ['<span>November 18, 2026 at 9:02 AM</span>', 'November 18, 2026 9:02 AM'],
    ['<span>ноября 3, 2026, 10:00</span>', '2026-11-03T10:00'],
    ['<span>18 Foo 2026 9:02</span>', undefined],
    ['<span>18 Nov 2026, 2:05 PM</span>', '2026-11-18T14:05'],
    ['<span><time datetime="2026-11-18T08:02:00.000Z">Nov 18</time></span>', '2026-11-18T08:02:00.000Z'],
    ['<span>2h ago</span>', undefined],
    ['<span>Yesterday at 9:12 AM</span>', undefined],
  ])('feed time %s -> %s', (markup, expected) => {
    expect(dateOf(parseHtml(markup).body.firstElementChild)).toBe(expected);
  });
});

describe('reading the case page', () => {
  test('reads from the page only: no request is made', async () => {
    const fetchFn = vi.fn<FetchLike>();
    const t = await salesforce.read(parseHtml(html(ordinary)), new URL(ordinary.url), fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(t.source).toBe('dom');
  });

  test('the thread is oldest first; system events are left out; without the time of reading, relative times are not dates', async () => {
    const t = await read(html(ordinary));
    expect(t.messages?.map((m) => [m.author, m.role, m.at])).toEqual([
      ['Dana Whitfield', 'customer', 'November 18, 2026 9:02 AM'],
      ['Sam Rivera', 'agent', 'November 18, 2026 10:30 AM'],
      ['Sam Rivera', 'note', 'November 18, 2026 10:40 AM'],
      ['Sam Rivera', 'agent', 'November 18, 2026 10:45 AM'],
      ['Dana Whitfield', 'customer', 'November 19, 2026 9:12 AM'],
      ['Sam Rivera', 'note', undefined],
      ['Sam Rivera', 'agent', undefined],
    ]);
    expect(JSON.stringify(t)).not.toContain('Status changed');
  });

  test('console: reads the active workspace tab only', async () => {
    const t = await read(html(ordinary));
    const all = JSON.stringify(t);
    for (const other of ['Invoice PDF', 'Mia Chen', 'Contoso', '00001026', 'VAT number'])
      expect(all).not.toContain(other);
  });

  test('console: the other tab, once active, is read as its own case', async () => {
    const swapped = html(ordinary)
      .replaceAll('class="active oneWorkspace', 'class="oneWorkspace')
      .replaceAll('tabContent active oneConsoleTab', 'tabContent oneConsoleTab')
      .replaceAll('windowViewMode-maximized active lafPageHost', 'windowViewMode-maximized lafPageHost')
      .replace(
        'class="oneWorkspace navexWorkspaceCard" data-workspace-id="ws-tab-1"',
        'class="active oneWorkspace navexWorkspaceCard" data-workspace-id="ws-tab-1"',
      )
      .replace(
        '<section class="tabContent oneConsoleTab" role="tabpanel" id="ws-tab-1__item"',
        '<section class="tabContent active oneConsoleTab" role="tabpanel" id="ws-tab-1__item"',
      )
      .replace('windowViewMode-maximized lafPageHost', 'windowViewMode-maximized active lafPageHost');
    const t = await read(swapped, caseUrl(OTHER_ID));
    expect(t).toMatchObject({
      ticketId: OTHER_ID,
      subject: 'Invoice PDF missing VAT number',
      requester: { name: 'Mia Chen' },
      organization: 'Contoso Accounting',
      customFields: { caseNumber: '00001026' },
    });
    expect(JSON.stringify(t)).not.toContain('Dana');
  });

  test('reads nothing when the shown tab is another case than the URL (still switching)', async () => {
    const t = await read(html(ordinary), caseUrl(OTHER_ID));
    expect(t).toMatchObject({ source: 'dom', ticketId: OTHER_ID });
    expect(t.subject).toBeUndefined();
    expect(t.messages).toBeUndefined();
    expect(t.missing).toContain('subject');
  });

  test('a 15-character id in the URL matches the 18-character id on the page', async () => {
    const t = await read(html(ordinary), caseUrl(ACTIVE_ID.slice(0, 15)));
    expect(t.subject).toBe('SSO login loop after Okta certificate rotation');
  });

  test('standard navigation: an earlier case kept hidden in the page is not read', async () => {
    const t = await read(html(hard), hard.url);
    const all = JSON.stringify(t);
    for (const other of ['Invoice PDF', 'Mia Chen', 'Contoso', '00001026']) expect(all).not.toContain(other);
  });

  test('without detail fields, the highlights panel and the page title still give the case', async () => {
    const page = html(ordinary)
      .replace(/<records-record-layout-item[\s\S]*?<\/records-record-layout-item>/g, '')
      .replace(/<lightning-formatted-text slot="primaryField">[^<]*<\/lightning-formatted-text>/g, '')
      .replace('<title>00001031 | Case | Salesforce</title>', '<title>Case 00001031 | Salesforce</title>');
    const t = await read(page);
    expect(t).toMatchObject({
      subject: 'SSO login loop after Okta certificate rotation',
      status: 'Escalated',
      priority: 'High',
      customFields: { caseNumber: '00001031' },
    });
    expect(t.requester).toBeUndefined();
  });

  test('fields and the feed inside open shadow roots are read', async () => {
    const { layoutItem, feedItem } = await pages();
    const doc = parseHtml(
      `<div class="windowViewMode-normal oneContent active lafPageHost"><records-record-layout-event-broker record-id="${ACTIVE_ID}"><x-details></x-details><x-feed></x-feed></records-record-layout-event-broker></div>`,
    );
    const details = doc.querySelector('x-details')?.attachShadow({ mode: 'open' });
    const feedHost = doc.querySelector('x-feed')?.attachShadow({ mode: 'open' });
    if (!details || !feedHost) throw new Error('no shadow root');
    details.innerHTML = [
      layoutItem('Subject', 'Shadow subject'),
      layoutItem('Status', 'Working'),
      layoutItem('Contact Name', { id: '003Hu00000Ab1XyIAJ', name: 'Dana Whitfield' }, 'lookup'),
    ].join('');
    feedHost.innerHTML = `<div class="cuf-feed">${[
      feedItem({ id: 'b', type: 'EmailMessageEvent', author: 'Sam Rivera', when: '1h ago', paragraphs: ['Reply'] }),
      feedItem({ id: 'a', type: 'EmailMessageEvent', author: 'Dana Whitfield', when: '2h ago', paragraphs: ['Help'] }),
    ].join('')}</div>`;
    const t = await read(doc);
    expect(t).toMatchObject({ subject: 'Shadow subject', status: 'Working', requester: { name: 'Dana Whitfield' } });
    expect(t.messages?.map((m) => [m.role, m.text])).toEqual([
      ['customer', 'Help'],
      ['agent', 'Reply'],
    ]);
  });

  test('lists what the page does not show', async () => {
    const t = await read(
      '<div class="windowViewMode-normal oneContent active lafPageHost"><div class="slds-spinner"></div></div>',
    );
    expect(t).toMatchObject({ source: 'dom', ticketId: ACTIVE_ID });
    expect(t.customFields).toBeUndefined();
    expect(t.missing).toEqual([
      'subject',
      'status',
      'priority',
      'tags',
      'requester',
      'organization',
      'createdAt',
      'updatedAt',
      'dueAt',
      'messages',
    ]);
  });

  test('without a contact, the sender of the first email is the customer', async () => {
    const t = await read(html(hard), hard.url);
    expect(t.requester).toBeUndefined();
    const authors = new Map(t.messages?.filter((m) => m.role !== 'note').map((m) => [m.author, m.role]));
    expect(Object.fromEntries(authors)).toEqual({ 'Анна Смирнова': 'customer', 李娜: 'agent' });
  });
});

describe('slash dates in the order the agent’s locale writes them, on an English page', () => {
  const shown = (opened: string, modified: string) =>
    html(ordinary).replace('11/18/2026, 9:02 AM', opened).replace('11/19/2026, 4:40 PM', modified);

  test('a date with a day over 12 tells that the page writes the day first, for its other dates too', async () => {
    const t = await read(shown('03/11/2026, 10:00', '19/11/2026, 16:40'));
    expect(t).toMatchObject({ createdAt: '2026-11-03T10:00', updatedAt: '2026-11-19T16:40' });
    expect(t.dateOrderGuessed).toBeUndefined();
  });

  test('a date with a second part over 12 tells month first', async () => {
    const t = await read(shown('03/11/2026, 10:00', '11/19/2026, 4:40 PM'));
    expect(t).toMatchObject({ createdAt: '2026-03-11T10:00', updatedAt: '2026-11-19T16:40' });
    expect(t.dateOrderGuessed).toBeUndefined();
  });

  test('when no date tells, the language decides and the ticket says the order was guessed', async () => {
    const t = await read(shown('03/11/2026, 10:00', '04/11/2026, 16:40'));
    expect(t).toMatchObject({ createdAt: '2026-03-11T10:00', dateOrderGuessed: 'month-first' });
    expect((await read(html(ordinary))).dateOrderGuessed).toBeUndefined();
  });
});

describe('feed times shown relative to now ("2h ago", "Yesterday at 3:04 PM")', () => {
  // Read on 19 November 2026 at 16:42:30, where the agent is.
  const now = new Date(2026, 10, 19, 16, 42, 30);
  const minute = (hour: number, min: number) => new Date(2026, 10, 19, hour, min).toISOString();
  const readAt = (page: string, url: string, at?: Date) =>
    salesforce.read(parseHtml(page), new URL(url), undefined, at);

  test('are read against the time of reading; "2 days ago", which gives no time of day, stays unread', async () => {
    const t = await readAt(html(relative), relative.url, now);
    expect(t.messages?.map((m) => [m.author, m.role, m.at])).toEqual([
      ['Dana Whitfield', 'customer', 'November 16, 2026 9:00 AM'],
      ['Sam Rivera', 'agent', undefined],
      ['Dana Whitfield', 'customer', '2026-11-18T15:04'],
      ['Sam Rivera', 'note', minute(14, 42)],
      ['Dana Whitfield', 'customer', minute(16, 37)],
      ['Sam Rivera', 'agent', minute(16, 42)],
    ]);
    expect(t).toMatchObject({ createdAt: '2026-11-16T09:00', updatedAt: '2026-11-19T16:40' });
  });

  test('the console page’s "2h ago" and "3h ago" too', async () => {
    const t = await readAt(html(ordinary), ordinary.url, now);
    expect(t.messages?.slice(-2).map((m) => [m.role, m.at])).toEqual([
      ['note', minute(13, 42)],
      ['agent', minute(14, 42)],
    ]);
  });

  test('without the time of reading they stay unread', async () => {
    const t = await readAt(html(relative), relative.url);
    expect(t.messages?.map((m) => m.at)).toEqual(['November 16, 2026 9:00 AM', ...Array(5).fill(undefined)]);
  });

  test.each([
    ['Just now', minute(16, 42)],
    ['just now', minute(16, 42)],
    ['1m ago', minute(16, 41)],
    ['45 minutes ago', minute(15, 57)],
    ['1 min ago', minute(16, 41)],
    ['2h ago', minute(14, 42)],
    ['an hour ago', minute(15, 42)],
    ['23 hours ago', new Date(2026, 10, 18, 17, 42).toISOString()],
    ['Yesterday at 3:04 PM', '2026-11-18T15:04'],
    ['Yesterday at 12:30 AM', '2026-11-18T00:30'],
    ['Yesterday at 12:05 pm', '2026-11-18T12:05'],
    ['Yesterday at 15:04', '2026-11-18T15:04'],
    ['Yesterday, 09:15', '2026-11-18T09:15'],
    ['2 days ago', undefined],
    ['Yesterday', undefined],
    ['Tuesday at 3:04 PM', undefined],
    ['Yesterday at 13:04 PM', undefined],
    ['Yesterday at 24:00', undefined],
    ['Yesterday at 3:75 PM', undefined],
    ['in 5m', undefined],
    ['5m', undefined],
    ['2 h ago, edited', undefined],
  ])('%s -> %s', (shown, expected) => {
    expect(relativeTimeIso(shown, now)).toBe(expected);
  });

  test('yesterday of the first of January is the last of December', () => {
    expect(relativeTimeIso('Yesterday at 11:58 PM', new Date(2027, 0, 1, 0, 10))).toBe('2026-12-31T23:58');
  });
});

describe('a colleague of the contact on CC', () => {
  test('an email from the contact’s mail domain is on the customer’s side, not an agent', async () => {
    const colleague = `<div class="cuf-feedElementIterationItem slds-feed__item"><article class="cuf-feedElement cuf-feedItem" data-type="EmailMessageEvent" data-id="0D5Hu00009Rt008">
<div class="cuf-feedItemHeader"><div class="cuf-preamble"><span class="cuf-preamble-text"><a class="cuf-entityLink" href="/lightning/r/0D5Hu00009Rt008/view">raj.patel@northwind.example</a></span></div>
<a class="cuf-timestamp" href="/lightning/r/0D5Hu00009Rt008/view"><span class="uiOutputDateTime">1h ago</span></a></div>
<div class="cuf-body"><div class="emailMessageBody"><p>Still broken for all of finance, we need an answer today.</p></div></div>
</article></div>
`;
    const page = html(ordinary);
    const newest = page.indexOf('data-id="0D5Hu00009Rt007"');
    const at = page.lastIndexOf('<div class="cuf-feedElementIterationItem slds-feed__item">', newest);
    const t = await read(page.slice(0, at) + colleague + page.slice(at));
    expect(t.messages?.at(-1)).toMatchObject({ author: 'raj.patel@northwind.example', role: 'customer' });
    expect(roles(t)?.slice(0, -1)).toEqual(ORDINARY_ROLES);
  });
});

describe('hostile text', () => {
  test('comes out literal and never becomes markup', async () => {
    const doc = parseHtml(html(hard));
    const t = await read(doc, hard.url);
    expect(t.messages?.filter((m) => m.text.includes('onerror')).map((m) => m.text)).toEqual([
      'Номер отчёта R-2231.\n<img src=x onerror=alert(1)> **markdown** <script>alert(2)</script>',
    ]);
    expect(doc.querySelector('img[src="x"], script')).toBeNull();
  });
});

describe('the generated long ticket', () => {
  test('reads every message in order, with notes and both sides', async () => {
    const { longTicket } = await pages();
    const { url, html: page } = longTicket(60);
    const t = await read(page, url);
    expect(t.messages).toHaveLength(60);
    expect(t.messages?.[0]?.text.startsWith('Message 1. ')).toBe(true);
    expect(t.messages?.[59]?.text.startsWith('Message 60. ')).toBe(true);
    expect(new Set(roles(t))).toEqual(new Set(['customer', 'agent', 'note']));
    expect(roles(t)?.slice(0, 2)).toEqual(['customer', 'agent']);
  });
});

test('the ordinary fixture reads the roles the case shows', async () => {
  expect(roles(await read(html(ordinary)))).toEqual(ORDINARY_ROLES);
});
