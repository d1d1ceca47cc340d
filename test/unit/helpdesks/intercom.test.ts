import { describe, expect, test, vi } from 'vitest';
import type { TicketContext } from '../../../lib/escalation/model';
import { draftFromTicket } from '../../../lib/escalation/prefill';
import { effectiveSignals } from '../../../lib/escalation/reasons';
import { suggestSeverity } from '../../../lib/escalation/severity';
import { intercom, intercomSite, partKind, stateOf } from '../../../lib/helpdesks/intercom';
import { hostMatches } from '../../../lib/helpdesks/registry';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'intercom');
if (!file) throw new Error('test/fixtures/intercom/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const html = (c: FixtureCase) => fixtureText('intercom', c.page);
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const read = (page: string | Document, url = ordinary.url) =>
  intercom.read(typeof page === 'string' ? parseHtml(page) : page, new URL(url));

type PageModule = { longTicket(count: number): { url: string; html: string } };
const PAGES = '../../../scripts/pages/intercom.mjs';
const pages = () => import(/* @vite-ignore */ PAGES) as Promise<PageModule>;

const group = (category: string | null, inner: string) =>
  `<div data-part-group-id="1"${category ? ` data-part-group-category="${category}"` : ''}>
    <div data-intercom-target="conversation-stream-content-part">${inner}</div></div>`;
const firstPart = (markup: string) => {
  const part = parseHtml(markup).querySelector('[data-intercom-target="conversation-stream-content-part"]');
  if (!part) throw new Error('no part');
  return part;
};

describe('intercom URLs', () => {
  test.each([
    ['https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all/conversation/215474005156281', '215474005156281'],
    ['https://app.intercom.com/a/inbox/k7w32l2g/inbox/conversation/215474005156281', '215474005156281'],
    ['https://app.intercom.com/a/inbox/gu1e0q0t/inbox/admin/8857114/conversation/215474005156281', '215474005156281'],
    ['https://app.intercom.com/a/inbox/gu1e0q0t/inbox/team/5521/conversation/4137', '4137'],
    ['https://app.intercom.com/a/inbox/gu1e0q0t/inbox/view/991/conversation/4137?view=List', '4137'],
    [
      'https://app.eu.intercom.com/a/inbox/grcvqyws/inbox/shared/all/conversation/4137#part_id=comment-4137-23555',
      '4137',
    ],
    ['https://app.intercom.com/a/apps/zah460bv/inbox/inbox/all/conversations/215560824562362', '215560824562362'],
    ['https://app.intercom.com/a/apps/zah460bv/conversations/77', '77'],
    ['https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all', null],
    ['https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all/conversation/new', null],
    ['https://app.intercom.com/a/apps/zah460bv/users/5f1e2d3c4b5a69788', null],
    ['https://app.intercom.com/a/apps/zah460bv/companies/6391', null],
    ['https://app.intercom.com/conversation/215474005156281', null],
    ['https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all/conversation/2154abc', null],
  ])('%s -> %s', (href, id) => {
    expect(intercomSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['app.intercom.com', true],
    ['app.eu.intercom.com', true],
    ['app.au.intercom.com', true],
    ['intercom.com', false],
    ['www.intercom.com', false],
    ['app.intercom.com.evil.example', false],
    ['evilapp.intercom.com', false],
  ])('host %s is Intercom: %s', (host, yes) => {
    expect(intercomSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });
});

describe('part types', () => {
  test.each([
    ['a user comment (group 1)', group('1', '<p>hi</p>'), 'customer'],
    ['a teammate reply (group 3)', group('3', '<p>hi</p>'), 'agent'],
    ['a note (group 4)', group('4', '<p>hi</p>'), 'note'],
    ['a Fin or Operator reply (group 5)', group('5', '<p>hi</p>'), 'agent'],
    ['an assignment or state change (group 20)', group('20', '<p>x</p>'), 'event'],
    ['a lead email without group', group(null, '<div class="inbox2__lead-email-part">x</div>'), 'customer'],
    ['a user email without group', group(null, '<div class="inbox-2__user-email-part">x</div>'), 'customer'],
    ['an admin email without group', group(null, '<div class="inbox2__admin-email-part">x</div>'), 'agent'],
    ['a bot comment without group', group(null, '<div class="inbox2__bot-comment-part">x</div>'), 'agent'],
    ['a note without group', group(null, '<div class="inbox2__note-part">x</div>'), 'note'],
    ['an event without group', group(null, '<div class="inbox2__event-part">x</div>'), 'event'],
    ['a part with only a teammate name', group(null, '<span data-testid="admin-avatar-name">Sam</span>'), 'agent'],
    ['a part with nothing to go by', group(null, '<p>who wrote this?</p>'), undefined],
  ])('%s is read as %s', (_name, markup, kind) => {
    expect(partKind(firstPart(markup))).toBe(kind);
  });

  test.each([
    ['Sam Rivera snoozed this conversation until tomorrow', 'snoozed'],
    ['Sam Rivera closed this conversation', 'closed'],
    ['Fin resolved this conversation', 'closed'],
    ['Sam Rivera reopened this conversation', 'open'],
    ['Dana opened this conversation', 'open'],
    ['Sam Rivera unsnoozed this conversation', 'open'],
    ['Fin assigned this conversation to Billing', undefined],
  ])('the event "%s" sets the state %s', (event, state) => {
    expect(stateOf(event)).toBe(state);
  });
});

describe('reading an Intercom conversation', () => {
  test('reads the open conversation, with authors, times and the latest state change', async () => {
    const t = await read(html(ordinary));
    expect(t.status).toBe('snoozed');
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Dana Whitfield',
      'Fin',
      'Dana Whitfield',
      'Sam Rivera',
      'Sam Rivera',
      'Dana Whitfield',
    ]);
    expect(t.messages?.[4]).toEqual({
      author: 'Sam Rivera',
      role: 'note',
      at: '2026-11-18T09:40:00.000Z',
      text: 'Same cap as ticket ENG-4412: the export worker stops paging after 100 pages of 100 rows.',
    });
    expect(t.messages?.[5]?.text).toBe('Thanks — attaching the job id below.\nexp_8f2c91d4');
    // Events ("assigned", "snoozed") are not messages.
    expect(t.messages?.some((m) => /assigned|snoozed/.test(m.text))).toBe(false);
  });

  test('never reads the conversation opened before, kept hidden in the page', async () => {
    const t = await read(html(ordinary));
    const everything = JSON.stringify(t);
    expect(everything).not.toContain('Priya');
    expect(everything).not.toContain('Globex');
    expect(everything).not.toContain('INV-2291');
  });

  test('reads the other conversation when the URL names it', async () => {
    const t = await read(
      html(ordinary),
      'https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all/conversation/215474005150042',
    );
    expect(t.subject).toBe('Invoice PDF shows the wrong VAT number');
    expect(t.messages?.map((m) => m.text)).toEqual(['Can you resend invoice INV-2291 with our new VAT id?']);
    // The details sidebar beside the stream belongs to the conversation in front; this one has its own.
    expect(t.requester).toEqual({ name: 'Priya Natarajan', email: 'priya@globex.example' });
    expect(t.organization).toBe('Globex');
  });

  test('reads nothing when no conversation in the page is the URL’s (it is still loading)', async () => {
    const t = await read(
      html(ordinary),
      'https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all/conversation/215474005199999',
    );
    expect(t).toMatchObject({ source: 'dom', ticketId: '215474005199999' });
    expect(t.subject).toBeUndefined();
    expect(t.messages).toBeUndefined();
    expect([...t.missing].sort()).toEqual(
      [
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
      ].sort(),
    );
  });

  test('lists what the page does not show', async () => {
    const t = await read(html(hard), hard.url);
    expect(t.requester).toBeUndefined();
    expect(t.organization).toBeUndefined();
    expect([...t.missing].sort()).toEqual(['dueAt', 'organization', 'priority', 'requester']);
  });

  test('hostile text in a message stays literal text', async () => {
    const doc = parseHtml(html(hard));
    const t = await read(doc, hard.url);
    const hostile = t.messages?.find((m) => m.text.includes('onerror'));
    expect(hostile?.text).toBe(
      'すべての支店で同じ問題が起きています。至急対応をお願いします。\n<img src=x onerror=alert(1)> **urgent** `rm -rf /` <script>alert("x")</script>',
    );
    expect(doc.querySelector('img, script')).toBeNull();
  });

  test('finds parts by their Tailwind class when the target attribute is gone', async () => {
    const t = await read(`<div data-intercom-target="conversation-space">
      <div data-part-group-id="1" data-part-group-category="1"><div class="group/content-part">
        <span data-testid="user-avatar-name">Dana</span><div class="intercom-interblocks"><p>Still broken</p></div></div></div>
      <div data-part-group-id="2" data-part-group-category="4"><div class="group/content-part">
        <span data-testid="admin-avatar-name">Sam</span><div class="intercom-interblocks"><p>Known bug</p></div></div></div>
    </div>`);
    expect(t.messages?.map((m) => [m.author, m.role, m.text])).toEqual([
      ['Dana', 'customer', 'Still broken'],
      ['Sam', 'note', 'Known bug'],
    ]);
  });

  test('reads the inbox inside #teammate-app-react’s open shadow root', async () => {
    const doc = parseHtml('<div id="teammate-app-react"></div>');
    const host = doc.getElementById('teammate-app-react');
    const shadow = host?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    shadow.innerHTML = parseHtml(html(ordinary)).body.innerHTML;
    const t = await read(doc);
    expect(t.subject).toBe('Data export stops at 10,000 rows');
    expect(roles(t)).toEqual(['customer', 'agent', 'customer', 'agent', 'note', 'customer']);
    expect(t.requester?.email).toBe('dana@acme.example');
  });

  test('makes no network request, even when it could', async () => {
    const fetchFn = vi.fn<FetchLike>();
    const t = await intercom.read(parseHtml(html(ordinary)), new URL(ordinary.url), fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(t.source).toBe('dom');
  });

  test('never throws on a page that is not what it expects', async () => {
    for (const page of ['', '<p>Loading…</p>', '<div data-intercom-target="conversation-space"></div>']) {
      const t = await read(page);
      expect(t).toMatchObject({ helpdesk: 'intercom', source: 'dom', ticketId: '215474005156281' });
      expect(t.missing).toContain('messages');
    }
  });

  test('a URL that is not a conversation reads nothing', async () => {
    const t = await read(html(ordinary), 'https://app.intercom.com/a/inbox/k7w32l2g/inbox/shared/all');
    expect(t.ticketId).toBeUndefined();
    expect(t.messages).toBeUndefined();
  });
});

// Intercom's priority is a flag: the attribute reads "Priority" or "Not priority", which the card would show
// as "Priority: Priority". A flagged conversation is at Intercom's top priority.
describe('the priority flag', () => {
  const NOW = new Date('2026-11-19T12:00:00Z');
  const severityReasons = (t: TicketContext) => {
    const d = draftFromTicket(t, { id: 'esc-1', now: NOW });
    return suggestSeverity(d, effectiveSignals(d, NOW), NOW).reasons.map((r) => r.criterion);
  };

  test('set, reads as prioritized and raises the suggested severity to High', async () => {
    const t = await read(html(ordinary));
    expect(t.priority).toBe('Prioritized');
    expect(severityReasons(t)).toContain('severity.high.helpdesk-priority');
  });

  test('unset, reads as not prioritized and raises nothing', async () => {
    const page = html(ordinary).replace('<span>Priority</span>', '<span>Not priority</span>');
    const t = await read(page);
    expect(t.priority).toBe('Not prioritized');
    expect(severityReasons(t)).not.toContain('severity.high.helpdesk-priority');
  });
});

describe('the generated long conversation', () => {
  test.each([1, 7, 300])('reads all %i parts, in order', async (count) => {
    const { url, html: page } = (await pages()).longTicket(count);
    const t = await read(page, url);
    expect(t.messages?.length).toBe(count);
    expect(t.messages?.[count - 1]?.text.startsWith(`Message ${count}.`)).toBe(true);
    expect(roles(t)?.slice(0, 6)).toEqual(
      ['customer', 'agent', 'customer', 'agent', 'customer', 'note'].slice(0, count),
    );
    expect(t.requester).toEqual({ name: 'Priya Natarajan', email: 'priya@initech.example' });
  });
});
