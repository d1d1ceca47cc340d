import { describe, expect, test, vi } from 'vitest';
import { assess } from '../../../lib/escalation/assess';
import type { TicketContext } from '../../../lib/escalation/model';
import { draftFromTicket } from '../../../lib/escalation/prefill';
import {
  activePane,
  conversationRole,
  freshdesk,
  freshdeskSite,
  priorityName,
  statusName,
} from '../../../lib/helpdesks/freshdesk';
import { hostMatches } from '../../../lib/helpdesks/registry';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { caseFetch, caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'freshdesk');
if (!file) throw new Error('test/fixtures/freshdesk/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const ORIGIN = 'https://acme.freshdesk.com';
const TICKET_API = '/api/v2/tickets/58217?include=requester,company,stats,conversations';
const pageApi = (n: number) => `/api/v2/tickets/58217/conversations?page=${n}&per_page=100`;
const ROLES = ['customer', 'agent', 'note', 'customer', 'agent'];
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const html = (c: FixtureCase) => fixtureText('freshdesk', c.page);
const ticketJson = () => JSON.parse(fixtureText('freshdesk', 'api-ticket-58217.json')) as Record<string, unknown>;
const read = (page: string, fetchFn?: FetchLike, url = ordinary.url) =>
  freshdesk.read(parseHtml(page), new URL(url), fetchFn);

type Answer = { status?: number; body?: unknown; bad?: boolean };
function fakeApi(routes: Record<string, Answer>) {
  return vi.fn<FetchLike>(async (url) => {
    const u = new URL(url);
    const a = routes[u.pathname + u.search] ?? { status: 403, body: { code: 'access_denied' } };
    const status = a.status ?? 200;
    return {
      ok: status < 300,
      status,
      json: async () => {
        if (a.bad) throw new SyntaxError("Unexpected token '<'");
        return a.body;
      },
    };
  });
}

const conv = (n: number, over: Record<string, unknown> = {}) => ({
  id: 43110000000 + n,
  body_text: `c${n}`,
  incoming: n % 2 === 1,
  private: false,
  user_id: n % 2 === 1 ? 43021987654 : 43019876543,
  created_at: `2026-11-18T10:${String(n % 60).padStart(2, '0')}:00Z`,
  ...over,
});

type PageModule = { longTicket(count: number): { url: string; html: string } };
const PAGES = '../../../scripts/pages/freshdesk.mjs';
const pages = () => import(/* @vite-ignore */ PAGES) as Promise<PageModule>;

describe('freshdesk URLs', () => {
  test.each([
    ['https://acme.freshdesk.com/a/tickets/58217', '58217'],
    ['https://acme.freshdesk.com/a/tickets/58217/', '58217'],
    ['https://acme.freshdesk.com/a/tickets/58217?lang=de#reply', '58217'],
    ['https://acme.freshdesk.com/helpdesk/tickets/58217', '58217'],
    ['https://support.acme.example/a/tickets/58217', '58217'],
    ['https://acme.freshdesk.com/a/tickets/filters/all_tickets', null],
    ['https://acme.freshdesk.com/a/tickets/new', null],
    ['https://acme.freshdesk.com/a/tickets/58217abc', null],
    ['https://acme.freshdesk.com/a/contacts/43021987654', null],
    ['https://acme.freshdesk.com/api/v2/tickets/58217', null],
    ['https://acme.freshdesk.com/support/tickets/58217', null],
    ['https://acme.freshdesk.com/a/dashboard/default', null],
  ])('%s -> %s', (href, id) => {
    expect(freshdeskSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['acme.freshdesk.com', true],
    ['freshdesk.com', false],
    ['acme.freshdesk.com.evil.example', false],
    ['acmefreshdesk.com', false],
  ])('host %s is Freshdesk: %s', (host, yes) => {
    expect(freshdeskSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });
});

describe('value mapping', () => {
  test.each([
    [1, 'low'],
    [2, 'medium'],
    [3, 'high'],
    [4, 'urgent'],
    ['3', 'high'],
    [7, '7'],
    [null, undefined],
  ])('priority %s -> %s', (v, word) => {
    expect(priorityName(v)).toBe(word);
  });

  test.each([
    [2, 'open'],
    [3, 'pending'],
    [4, 'resolved'],
    [5, 'closed'],
    [6, '6'],
    [12, '12'],
    [undefined, undefined],
  ])('status %s -> %s', (v, word) => {
    expect(statusName(v)).toBe(word);
  });

  test.each([
    ['a private note', { private: true, incoming: false, user_id: 2 }, 'note'],
    ['a private note on an incoming mail', { private: true, incoming: true, user_id: 1 }, 'note'],
    ['an incoming reply from a CC', { private: false, incoming: true, user_id: 9 }, 'customer'],
    ['the requester replying from the portal', { private: false, incoming: false, user_id: 1 }, 'customer'],
    ['an agent reply', { private: false, incoming: false, user_id: 2 }, 'agent'],
    ['a public note by an agent', { private: false, incoming: false, user_id: 3 }, 'agent'],
  ])('%s is read as %s', (_name, c, role) => {
    expect(conversationRole(c, '1')).toBe(role);
  });
});

describe('reading through the Freshdesk API', () => {
  test('reads the ticket, its description and conversations with the agent session', async () => {
    const fetchFn = fakeApi({ [TICKET_API]: { body: ticketJson() } });
    const t = await read('<p>loading</p>', fetchFn);
    expect(t).toMatchObject({ source: 'api', ticketId: '58217', status: 'open', priority: 'high' });
    // No thread on the page: a reply is named by the address it was sent from; a note, sent from none, by no one.
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Priya Natarajan',
      'Acme Support',
      undefined,
      'Priya Natarajan',
      'Acme Support',
    ]);
    expect(t.messages?.[2]).toEqual({
      author: undefined,
      role: 'note',
      at: '2026-11-18T10:02:00Z',
      text: 'Okta changed the default SAML signing algorithm to SHA-256 last night. Our SP metadata still expects SHA-1 for tenants created before 2024. Checking with the identity team.',
    });
    // Four conversations: all embedded, no paging.
    expect(fetchFn.mock.calls.map(([url]) => url)).toEqual([`${ORIGIN}${TICKET_API}`]);
    const init = (fetchFn.mock.calls[0]?.[1] ?? {}) as Record<string, unknown>;
    expect(init.method ?? 'GET').toBe('GET');
    expect(init.body).toBeUndefined();
    expect(init.credentials).toBe('include');
  });

  describe('who wrote each conversation (the API gives only a user id)', () => {
    const authors = (t: TicketContext) => t.messages?.map((m) => `${m.role} ${m.author ?? '?'}`);

    test('agent replies and notes carry the name the page shows for that conversation', async () => {
      const t = await read(html(ordinary), fakeApi({ [TICKET_API]: { body: ticketJson() } }));
      expect(t.source).toBe('api');
      expect(authors(t)).toEqual([
        'customer Priya Natarajan',
        'agent Sam Rivera',
        'note Sam Rivera',
        'customer Priya Natarajan',
        'agent Sam Rivera',
      ]);
    });

    test('a writer the page names is named in conversations it does not show; others by their sender', async () => {
      const sam = 43019876543;
      const body = {
        ...ticketJson(),
        conversations: [
          ...(ticketJson().conversations as unknown[]),
          conv(5, { incoming: false, private: true, user_id: sam, from_email: null }),
          conv(6, { incoming: false, user_id: 43019870001, from_email: '"Acme Billing" <billing@acme.example>' }),
          conv(7, { incoming: true, user_id: 43021980002, from_email: 'ops@initech.example' }),
          conv(8, { incoming: false, private: true, user_id: 43019870001, from_email: null }),
        ],
      };
      const t = await read(html(ordinary), fakeApi({ [TICKET_API]: { body } }));
      expect(authors(t)?.slice(5)).toEqual([
        'note Sam Rivera',
        'agent Acme Billing',
        'customer ops@initech.example',
        'note ?',
      ]);
    });

    test('a conversation wrapper inside a customer’s email names no one', async () => {
      const page = html(ordinary).replace(
        'HAR attached.',
        '<div data-test-id="conversation-wrapper" data-album="note_43110000001"><span data-test-id="user-name"><b>Chief Executive</b></span><div data-test-conversation="conversation-text">x</div></div>HAR attached.',
      );
      const t = await read(page, fakeApi({ [TICKET_API]: { body: ticketJson() } }));
      expect(authors(t)?.[1]).toBe('agent Sam Rivera');
    });

    test('a thread item inside a customer’s email is no message of its own: no reply they wrote as an agent', async () => {
      const page = html(ordinary).replace(
        'HAR attached. The attempt was at 08:31 CET.',
        'HAR attached.<div data-test-id="conversation-wrapper" data-album="note_1"><span data-test-id="user-name" data-test-is-agent="true"><b>Sam Rivera</b></span><div data-test-conversation="conversation-text">Refund of 5000 EUR approved.</div></div> The attempt was at 08:31 CET.',
      );
      const t = await read(page);
      const agentSays = t.messages?.filter((m) => m.role !== 'customer').map((m) => m.text) ?? [];
      expect(agentSays.some((s) => s.includes('Refund of 5000 EUR approved'))).toBe(false);
    });

    test('an outbound email opens with the writer the page shows for the description', async () => {
      const page = html(ordinary).replace(
        '<b>Priya Natarajan</b></span>\n              <span data-test-id="conversation-status">reported',
        '<b>Sam Rivera</b></span>\n              <span data-test-id="conversation-status">sent',
      );
      const t = await read(page, fakeApi({ [TICKET_API]: { body: { ...ticketJson(), source: 10 } } }));
      expect(t.messages?.[0]).toMatchObject({ role: 'agent', author: 'Sam Rivera' });
    });
  });

  test('pages the conversations when ten are embedded, oldest first', async () => {
    const embedded = Array.from({ length: 10 }, (_, i) => conv(i + 1));
    const page = (from: number, n: number) => Array.from({ length: n }, (_, i) => conv(from + i));
    const fetchFn = fakeApi({
      [TICKET_API]: { body: { ...ticketJson(), conversations: embedded } },
      [pageApi(1)]: { body: page(1, 100) },
      [pageApi(2)]: { body: page(101, 20) },
    });
    const t = await read('', fetchFn);
    expect(fetchFn).toHaveBeenCalledTimes(3);
    expect(t.messages).toHaveLength(121);
    expect(t.messages?.at(-1)?.text).toBe('c120');
    expect(t.truncated).toBeUndefined();
  });

  test('a long thread: the newest that fit are kept, and only theirs are read', async () => {
    // 950 conversations of 1,000 characters: the thread's 400,000 keep the description, the newest 399 and
    // the start of the one before them.
    let bodies = 0;
    const long = (n: number) =>
      Object.defineProperty(conv(n), 'body_text', {
        get: () => {
          bodies++;
          return `c${n} ${'x'.repeat(998 - String(n).length)}`;
        },
      });
    const page = (from: number, n: number) => Array.from({ length: n }, (_, i) => long(from + i));
    const pages = Array.from({ length: 10 }, (_, i) => [pageApi(i + 1), { body: page(i * 100 + 1, i < 9 ? 100 : 50) }]);
    const fetchFn = fakeApi({
      [TICKET_API]: { body: { ...ticketJson(), conversations: page(1, 10) } },
      ...Object.fromEntries(pages),
    });
    const t = await read('', fetchFn);
    expect(t.truncated).toEqual({ keptMessages: 401, totalMessages: 951, keptChars: 400_000 });
    expect(t.messages?.[0]?.text.startsWith('Since our Okta tenant')).toBe(true);
    expect(t.messages?.slice(1).map((m) => m.text.split(' ')[0])).toEqual(
      Array.from({ length: 400 }, (_, i) => `c${551 + i}`),
    );
    expect(t.messages?.[1]?.text).toBe(`c551 ${'x'.repeat(803)}…`);
    expect(bodies).toBe(400);
  });

  describe('when the API leaves the newest conversations out', () => {
    // Older than the four the page shows, with ids of their own.
    const older = (n: number) => conv(n, { id: 43100000000 + n });
    const embedded = Array.from({ length: 10 }, (_, i) => older(i + 1));
    const refused = () =>
      fakeApi({
        [TICKET_API]: { body: { ...ticketJson(), conversations: embedded } },
        [pageApi(1)]: { status: 429, body: { message: 'You have exceeded the limit of requests per minute' } },
      });
    const report = (t: TicketContext) => t.messages?.filter((m) => m.text.startsWith('Since our Okta tenant')) ?? [];

    test('a refused list (rate limit): the description and the ten read, then the page’s newest with its latest reply, and the thread says those between may be missing; the rest the API’s', async () => {
      const t = await read(html(ordinary), refused());
      expect(t).toMatchObject({ source: 'api', status: 'open', priority: 'high', dueAt: '2026-11-20T17:00:00Z' });
      // The page's description is the one the API read (the same data-album id): it is there once, first.
      expect(report(t)).toHaveLength(1);
      expect(t.messages?.[0]).toBe(report(t)[0]);
      expect(t.messages?.slice(1, 11).map((m) => m.text)).toEqual(Array.from({ length: 10 }, (_, i) => `c${i + 1}`));
      expect(roles(t)?.slice(11)).toEqual(ROLES.slice(1));
      expect(t.messages?.at(-1)?.author).toBe('Sam Rivera');
      expect(t.truncated).toMatchObject({ keptMessages: 15, uncounted: true });
    });

    test('a refused list and no thread on the page: the thread is listed as not read', async () => {
      const t = await read('<p>loading</p>', refused());
      expect(t.messages).toEqual([]);
      expect(t.missing).toContain('messages');
    });

    test('a list longer than the pages read: the description and the newest read, then the page’s newest, not the oldest thousand alone', async () => {
      const endless = fakeApi({ [TICKET_API]: { body: { ...ticketJson(), conversations: embedded } } });
      endless.mockImplementation(async (url) => {
        const n = Number(new URL(url).searchParams.get('page'));
        return {
          ok: true,
          status: 200,
          json: async () =>
            url.includes('/conversations?')
              ? Array.from({ length: 100 }, (_, i) => older((n - 1) * 100 + i + 1))
              : { ...ticketJson(), conversations: embedded },
        };
      });
      const t = await read(html(ordinary), endless);
      expect(endless.mock.calls.filter(([url]) => url.includes('/conversations?'))).toHaveLength(10);
      // The description, a thousand conversations and the page's four newest are more than a thread keeps: the
      // first and the most recent.
      expect(report(t)).toHaveLength(1);
      expect(t.messages?.[0]).toBe(report(t)[0]);
      expect(t.messages?.[1]?.text).toBe('c6');
      expect(roles(t)?.slice(-4)).toEqual(ROLES.slice(1));
      expect(t.messages?.at(-1)?.author).toBe('Sam Rivera');
      expect(t.truncated).toMatchObject({ keptMessages: 1000, totalMessages: 1005, uncounted: true });
    });
  });

  test('the SLA due date is the first response while none was sent, else the resolution', async () => {
    const body = { ...ticketJson(), stats: { ...(ticketJson().stats as object), first_responded_at: null } };
    const pending = await read('', fakeApi({ [TICKET_API]: { body } }));
    expect(pending.dueAt).toBe('2026-11-18T13:12:00Z');
    const noStats = await read('', fakeApi({ [TICKET_API]: { body: { ...ticketJson(), stats: undefined } } }));
    expect(noStats.dueAt).toBe('2026-11-20T17:00:00Z');
  });

  test('an outbound email opens with the agent; a custom status keeps its number', async () => {
    const t = await read('', fakeApi({ [TICKET_API]: { body: { ...ticketJson(), source: 10, status: 7 } } }));
    expect(t.messages?.[0]).toMatchObject({ role: 'agent', author: undefined });
    expect(t.status).toBe('7');
  });

  test('text: plain text first, else the HTML as literal text', async () => {
    const body = {
      ...ticketJson(),
      description_text: null,
      description:
        '<p>Hi &lt;b&gt;there&lt;/b&gt;</p><script>alert(1)</script><p><img src=x onerror="alert(2)">**Bye**</p>',
      conversations: [conv(1, { body_text: '  spaced \r\n  out  ' }), conv(2, { body_text: '', body: '   ' })],
    };
    const t = await read('', fakeApi({ [TICKET_API]: { body } }));
    expect(t.messages?.map((m) => m.text)).toEqual(['Hi <b>there</b>\n**Bye**', 'spaced\nout']);
  });
});

describe('falling back to the page when the API does not answer', () => {
  test.each<[string, Record<string, Answer>]>([
    ['403 Forbidden', {}],
    ['a body that is not JSON', { [TICKET_API]: { bad: true } }],
    ['JSON for another ticket', { [TICKET_API]: { body: { ...ticketJson(), id: 58190 } } }],
    ['an error body', { [TICKET_API]: { body: { code: 'invalid_credentials' } } }],
  ])('%s', async (_name, routes) => {
    const fetchFn = fakeApi(routes);
    const t = await read(html(ordinary), fetchFn);
    expect(fetchFn).toHaveBeenCalled();
    expect(t).toMatchObject({
      source: 'dom',
      ticketId: '58217',
      subject: 'SSO login loops back to the sign-in page after Okta update',
      status: 'Open',
      priority: 'High',
      requester: { name: 'Priya Natarajan', email: 'priya.natarajan@initech.example' },
      organization: 'Initech',
    });
    expect(roles(t)).toEqual(ROLES);
  });
});

// With the API refused, the page's own dates: "1 day ago (Wed, 18 Nov 2026 at 10:12 AM)" and "RESOLUTION
// DUE by Fri, 20 Nov 2026, 6:00 PM", wall times in the agent's zone.
describe('the dates the page shows', () => {
  test('the opening time and the SLA due time are read, relative times are not', async () => {
    const t = await read(html(ordinary), fakeApi({}));
    expect(t).toMatchObject({ source: 'dom', createdAt: '2026-11-18T10:12', dueAt: '2026-11-20T18:00' });
    expect(t.messages?.[0]?.at).toBe('2026-11-18T10:12');
    expect(t.missing).toEqual(['updatedAt']);
  });

  test('past the resolution due time the ticket is escalated for the SLA breach, as through the API', async () => {
    const now = new Date('2026-11-21T09:00:00Z');
    const t = await read(html(ordinary), fakeApi({}));
    const draft = draftFromTicket(t, { id: 'esc-1', now });
    const a = assess({ draft, now, agentTier: 'l1', timeZone: 'Europe/Berlin' });
    expect(a.decision).toBe('escalate');
    expect(a.ticketSla).toBe('breached');
  });

  test('the first response due time while no agent has replied', async () => {
    const page = html(ordinary).replaceAll(' data-test-is-agent="true"', '');
    const t = await read(page, fakeApi({}));
    expect(t.dueAt).toBe('2026-11-18T14:12');
  });
});

describe('reading the ticket page', () => {
  test('reads the open ticket only: not the previous ticket still in the outlet, not the timeline', async () => {
    const t = await read(html(ordinary));
    const all = JSON.stringify(t);
    for (const other of ['Tom Ridley', 'VAT', 'Mia Chen', 'Bulk user import', 'Draft:']) {
      expect(all).not.toContain(other);
    }
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Priya Natarajan',
      'Sam Rivera',
      'Sam Rivera',
      'Priya Natarajan',
      'Sam Rivera',
    ]);
  });

  test('the previous ticket rendered after the open one is still not read', async () => {
    const page = html(ordinary);
    const stale = page.slice(
      page.indexOf('<div class="ticket-details-wrapper" hidden'),
      page.indexOf('<div class="ticket-details-wrapper">'),
    );
    const moved = page
      .replace(stale, '')
      .replace('<div class="reply-box">', `</div>${stale}<div><div class="reply-box">`);
    const t = await read(moved);
    expect(JSON.stringify(t)).not.toContain('Tom Ridley');
    expect(roles(t)).toEqual(ROLES);
  });

  test('when only another ticket is rendered, nothing is read', async () => {
    const page = html(ordinary).replace('data-album="ticket_58217"', 'data-album="ticket_58216"');
    const doc = parseHtml(page);
    expect(activePane(doc, '58217')).toBeUndefined();
    const t = await freshdesk.read(doc, new URL(ordinary.url));
    expect(t).toMatchObject({ source: 'dom', ticketId: '58217' });
    expect(t.messages).toBeUndefined();
    expect(t.subject).toBeUndefined();
  });

  test('the subject is the heading text, not its controls', async () => {
    const t = await read(html(ordinary));
    expect(t.subject).toBe('SSO login loops back to the sign-in page after Okta update');
    expect(t.tags).toEqual(['sso', 'okta', 'enterprise']);
  });

  test('agent and note markers inside a customer email body do not change its role', async () => {
    const page = html(ordinary).replace(
      'HAR attached.',
      '<span data-test-is-agent="true">x</span><span data-test-id="conversation-status">added a private note</span> HAR attached.',
    );
    const t = await read(page);
    expect(roles(t)).toEqual(ROLES);
    expect(t.messages?.[3]?.author).toBe('Priya Natarajan');
  });

  test('the contact email can sit in the contact widget shadow root', async () => {
    const doc = parseHtml(html(hard));
    const host = doc.querySelector('fw-unified-mfe--contact-info');
    const root = host?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no contact widget in the hard fixture');
    root.innerHTML =
      '<div data-test-id="requester-info-contact-email"><div class="info-details-content">wang.fang@example.cn</div></div>';
    const t = await freshdesk.read(doc, new URL(hard.url));
    expect(t.requester).toEqual({ name: undefined, email: 'wang.fang@example.cn' });
  });

  test('lists what the page does not show', async () => {
    const t = await read('<div id="ember-app"><p>Loading…</p></div>');
    expect(t).toMatchObject({ source: 'dom', ticketId: '58217' });
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
});

describe('hostile text', () => {
  const HOSTILE =
    '<img src=x onerror=alert(1)> **请尽快处理** <script>alert(2)</script> [链接](javascript:alert(3))\n第 9 条消息。';
  test('comes out literal, and the fixture holds it as text', async () => {
    const doc = parseHtml(html(hard));
    const t = await freshdesk.read(doc, new URL(hard.url), caseFetch('freshdesk', hard));
    expect(t.messages?.filter((m) => m.text.includes('onerror')).map((m) => m.text)).toEqual([HOSTILE]);
    expect(doc.querySelector('img[src="x"], script')).toBeNull();
  });
});

describe('the generated long ticket', () => {
  test.each([1, 50, 300])('%i messages are read, in order, with their roles', async (count) => {
    const { url, html: page } = (await pages()).longTicket(count);
    const t = await freshdesk.read(parseHtml(page), new URL(url));
    expect(t.source).toBe('dom');
    expect(t.ticketId).toBe('59300');
    expect(t.messages).toHaveLength(count);
    expect(t.messages?.[0]).toMatchObject({ role: 'customer', author: 'Priya Natarajan' });
    expect(t.messages?.at(-1)?.text.startsWith(`Message ${count}.`)).toBe(true);
    if (count > 14) expect(t.messages?.[14]?.role).toBe('note');
  });
});
