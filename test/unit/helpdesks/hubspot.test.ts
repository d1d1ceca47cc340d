import { describe, expect, test, vi } from 'vitest';
import type { TicketContext } from '../../../lib/escalation/model';
import { draftFromTicket } from '../../../lib/escalation/prefill';
import { slaStatusFrom } from '../../../lib/escalation/signals';
import { dateOf } from '../../../lib/helpdesks/dom-text';
import { hubspot, hubspotSite, priorityLabel, stageLabel } from '../../../lib/helpdesks/hubspot';
import { hostMatches } from '../../../lib/helpdesks/registry';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'hubspot');
if (!file) throw new Error('test/fixtures/hubspot/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const html = (c: FixtureCase) => fixtureText('hubspot', c.page);
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const read = (page: string, url = ordinary.url) => hubspot.read(parseHtml(page), new URL(url));

type PageModule = {
  longTicket(count: number): { url: string; html: string };
  ticketPage(o: Record<string, unknown>): string;
  timelineCard(o: Record<string, unknown>): string;
};
const PAGES = '../../../scripts/pages/hubspot.mjs';
const pages = () => import(/* @vite-ignore */ PAGES) as Promise<PageModule>;

describe('hubspot URLs', () => {
  test.each([
    ['https://app.hubspot.com/contacts/24681357/record/0-5/3185274910', '3185274910'],
    ['https://app.hubspot.com/contacts/24681357/record/0-5/3185274910/', '3185274910'],
    ['https://app-eu1.hubspot.com/contacts/139402817/ticket/5120094471', '5120094471'],
    ['https://app.hubspot.com/contacts/24681357/record/0-5/3185274910/view/activities?tab=1', '3185274910'],
    ['https://app.hubspot.com/help-desk/24681357/view/1234567/ticket/3185274910', '3185274910'],
    ['https://app.hubspot.com/help-desk/24681357/view/1234567/ticket/3185274910/thread/99887766', '3185274910'],
    ['https://app.hubspot.com/help-desk/24681357/ticket/3185274910', '3185274910'],
    ['https://app.hubspot.com/contacts/24681357/record/0-1/70110023', null],
    ['https://app.hubspot.com/contacts/24681357/record/0-3/555', null],
    ['https://app.hubspot.com/contacts/24681357/objects/0-5/views/all/list', null],
    ['https://app.hubspot.com/help-desk/24681357/view/1234567', null],
    ['https://app.hubspot.com/contacts/24681357/record/0-5/new', null],
    ['https://app.hubspot.com/contacts/24681357/record/0-55/3185274910', null],
  ])('%s -> %s', (href, id) => {
    expect(hubspotSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['app.hubspot.com', true],
    ['app-eu1.hubspot.com', true],
    ['app-na2.hubspot.com', true],
    ['app-ap1.hubspot.com', true],
    ['hubspot.com', false],
    ['knowledge.hubspot.com', false],
    ['app.hubspot.com.evil.example', false],
    ['evil-app.hubspot.com.example', false],
  ])('host %s is HubSpot: %s', (host, yes) => {
    expect(hubspotSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });
});

describe('value mapping', () => {
  test.each([
    ['1', 'New'],
    ['2', 'Waiting on contact'],
    ['3', 'Waiting on us'],
    ['4', 'Closed'],
    ['Waiting on us', 'Waiting on us'],
    ['In progress (custom pipeline)', 'In progress (custom pipeline)'],
    ['constructor', 'constructor'],
    [undefined, undefined],
  ])('pipeline stage %s is shown as %s', (raw, label) => {
    expect(stageLabel(raw)).toBe(label);
  });

  test.each([
    ['LOW', 'Low'],
    ['MEDIUM', 'Medium'],
    ['HIGH', 'High'],
    ['URGENT', 'Urgent'],
    ['High', 'High'],
    ['高', '高'],
  ])('priority %s is shown as %s', (raw, label) => {
    expect(priorityLabel(raw)).toBe(label);
  });

  test('a raw stage and priority on the page come out as words', async () => {
    const page = html(ordinary)
      .replace(/(property-input-hs_pipeline_stage">)Waiting on us/, '$13')
      .replace(/(highlight-property-display-hs_pipeline_stage">)Waiting on us/, '$13')
      .replace(/(property-input-hs_ticket_priority">)High/, '$1URGENT');
    const t = await read(page);
    expect([t.status, t.priority]).toEqual(['Waiting on us', 'Urgent']);
  });

  test.each([
    ['<span><time datetime="2026-11-18T08:02:00.000Z">Nov 18</time></span>', '2026-11-18T08:02:00.000Z'],
    ['<span>11/18/2026 9:02 AM GMT+1</span>', '2026-11-18T09:02+01:00'],
    ['<span>2 hours ago</span>', undefined],
    ['<span>Today at 2:26 PM</span>', undefined],
    ['<span>Yesterday at 9:00 AM 2026</span>', undefined],
    ['<span></span>', undefined],
    ['<span>2026年11月20日 09:02</span>', '2026-11-20T09:02'],
    ['<span>2026. 11. 18. 오후 2:05</span>', '2026-11-18T14:05'],
    ['<span>2026/11/18 下午2:05</span>', '2026-11-18T14:05'],
    ['<span>18 Foo 2026</span>', undefined],
  ])('date %s -> %s', (markup, expected) => {
    expect(dateOf(parseHtml(markup).body.firstElementChild)).toBe(expected);
  });
});

describe('reading the ticket page', () => {
  test('reads from the page only: no request is made', async () => {
    const fetchFn = vi.fn<FetchLike>();
    const t = await hubspot.read(parseHtml(html(ordinary)), new URL(ordinary.url), fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(t.source).toBe('dom');
  });

  test('a thread oldest first, with who wrote what and when', async () => {
    const t = await read(html(ordinary));
    expect(t.messages?.map((m) => [m.author, m.role, m.at])).toEqual([
      ['Dana Whitfield', 'customer', '2026-11-18T08:02:00.000Z'],
      ['Sam Rivera', 'agent', '2026-11-18T10:30:00.000Z'],
      ['Dana Whitfield', 'customer', '2026-11-19T09:12:00.000Z'],
      [undefined, 'note', '2026-11-19T14:05:00.000Z'],
      ['Sam Rivera', 'agent', '2026-11-19T15:40:00.000Z'],
    ]);
  });

  test('the pinned note is read once and the task is not a message', async () => {
    const t = await read(html(ordinary));
    expect(t.messages?.filter((m) => m.text.startsWith('Reproduced on staging'))).toHaveLength(1);
    expect(JSON.stringify(t)).not.toContain('Call Dana back');
  });

  test('never reads the record open in the preview panel, wherever it sits in the page', async () => {
    const page = html(ordinary);
    const start = page.indexOf('<div data-selenium-test="sidebar-preview-panel"');
    const end = page.indexOf('</main>');
    const preview = page.slice(start, end);
    const first = page
      .replace(preview, '')
      .replace('<main class="record-shell">', `<main class="record-shell">${preview}`);
    // A layout without the record sidebars and timeline card (the help desk workspace).
    const bare = first.replace(/data-test-id="(?:left-sidebar|right-sidebar|crm-events-viz-timeline)"/g, '');
    for (const variant of [page, first, bare]) {
      const t = await read(variant);
      const all = JSON.stringify(t);
      for (const other of ['Invoice PDF', 'Mia Chen', 'Contoso', 'VAT number', 'Closed'])
        expect(all).not.toContain(other);
      expect(t.subject).toBe('SSO login loop after Okta certificate rotation');
      expect(t.requester).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@northwind.example' });
      expect(roles(t)).toEqual(['customer', 'agent', 'customer', 'note', 'agent']);
    }
  });

  test('the same page under the help desk URL reads the same ticket', async () => {
    const t = await read(html(ordinary), 'https://app.hubspot.com/help-desk/24681357/view/1234567/ticket/3185274910');
    expect(t).toMatchObject({ ticketId: '3185274910', subject: 'SSO login loop after Okta certificate rotation' });
    expect(roles(t)).toEqual(['customer', 'agent', 'customer', 'note', 'agent']);
  });

  test('the older highlight title is read when the new one is absent', async () => {
    const page = html(ordinary).replace(
      /<h2 data-test-id="highlight-record-label">[^<]*<\/h2>/,
      '<span data-selenium-test="highlightTitle">SSO loop (old layout)</span>',
    );
    expect((await read(page)).subject).toBe('SSO loop (old layout)');
  });

  test('a contact without a name is kept by its email, and matches the emails it sent', async () => {
    const page = html(ordinary).replace(
      /(data-selenium-test="contact-chicklet-title-link"[^>]*>)Dana Whitfield/,
      '$1dana.whitfield@northwind.example',
    );
    const t = await read(page);
    expect(t.requester).toEqual({ email: 'dana.whitfield@northwind.example' });
    expect(roles(t)).toEqual(['customer', 'agent', 'customer', 'note', 'agent']);
  });

  test('lists what the page does not show', async () => {
    const t = await read('<div id="crm"><div data-test-id="left-sidebar">Loading…</div></div>');
    expect(t).toMatchObject({ source: 'dom', ticketId: '3185274910' });
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

  test('without an associated contact, the opening message author is the customer', async () => {
    const t = await read(html(hard), hard.url);
    expect(t.requester).toBeUndefined();
    const authors = new Map(t.messages?.filter((m) => m.role !== 'note').map((m) => [m.author, m.role]));
    expect(Object.fromEntries(authors)).toEqual({ '佐藤 花子': 'customer', 'Олег Петров': 'agent' });
  });
});

describe('slash dates in the order the agent’s locale writes them, on an English page', () => {
  const shown = (created: string, activity: string, due: string) =>
    html(ordinary)
      .replace('11/18/2026 9:02 AM GMT+1', created)
      .replace('11/19/2026 4:40 PM GMT+1', activity)
      .replace('11/20/2026 9:02 AM GMT+1', due);

  test('UK dates (a day over 12 on the page): the SLA due 05/11 is 5 November, not breached on the 4th', async () => {
    const t = await read(shown('03/11/2026 09:02 GMT', '19/11/2026 16:40 GMT', '05/11/2026 09:02 GMT'));
    expect(t).toMatchObject({ createdAt: '2026-11-03T09:02+00:00', dueAt: '2026-11-05T09:02+00:00' });
    expect(slaStatusFrom(t.dueAt, new Date('2026-11-04T09:00:00Z'), 'UTC')).toBe('within');
    expect(t.dateOrderGuessed).toBeUndefined();
  });

  test('when no date tells, the language decides and the ticket says the order was guessed', async () => {
    const t = await read(shown('03/11/2026 09:02 GMT', '04/11/2026 16:40 GMT', '05/11/2026 09:02 GMT'));
    expect(t).toMatchObject({ dueAt: '2026-05-11T09:02+00:00', dateOrderGuessed: 'month-first' });
  });
});

describe('a colleague of the requester on CC', () => {
  test('writing from the requester’s mail domain is on the customer’s side, not an agent', async () => {
    const colleague = `<div data-test-id="timeline-preview-event"><div data-selenium-test="timeline-card" data-selenium-id="88120009">
<span data-test-id="event-timestamp"><time datetime="2026-11-19T16:30:00.000Z">2026-11-19</time></span><div data-measured-element="timeline-participant-details-right-content"><span>Raj Patel &#60;raj.patel@northwind.example&#62;</span></div><div data-selenium-test="timeline-editable-section"><p>Still broken for all of finance, we need an answer today.</p></div></div></div>
`;
    const page = html(ordinary);
    const at = page.indexOf(
      '<div data-test-id="timeline-preview-event"><div data-selenium-test="timeline-card" data-selenium-id="88120005">',
    );
    const t = await read(page.slice(0, at) + colleague + page.slice(at));
    expect(t.messages?.at(-1)).toMatchObject({ author: 'Raj Patel', role: 'customer' });
    const draft = draftFromTicket(t, { id: 'esc-1', now: new Date('2026-11-19T17:00:00Z') });
    expect(draft.communication.lastUpdate.text).toContain('A fix is being deployed');
  });
});

describe('hostile text', () => {
  test('comes out literal and never becomes markup', async () => {
    const doc = parseHtml(html(hard));
    const t = await hubspot.read(doc, new URL(hard.url));
    expect(t.messages?.filter((m) => m.text.includes('onerror')).map((m) => m.text)).toEqual([
      'レポート ID は R-2231 です。\n<img src=x onerror=alert(1)> **markdown** <script>alert(2)</script>',
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
  });
});
