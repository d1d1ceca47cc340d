import { describe, expect, test, vi } from 'vitest';
import { TicketContext } from '../../../lib/escalation/model';
import { gorgias, gorgiasSite, messageRole } from '../../../lib/helpdesks/gorgias';
import { hostMatches } from '../../../lib/helpdesks/registry';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { caseFetch, caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'gorgias');
if (!file) throw new Error('test/fixtures/gorgias/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const ORIGIN = 'https://acme-shop.gorgias.com';
const TICKET_API = '/api/tickets/58213377';
const MESSAGES_API = '/api/tickets/58213377/messages?limit=100';
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const html = (c: FixtureCase) => fixtureText('gorgias', c.page);
const fixtureJson = (name: string) => JSON.parse(fixtureText('gorgias', name)) as Record<string, unknown>;
const ticketJson = () => fixtureJson('api-ticket-58213377.json');
const messagesJson = () => fixtureJson('api-messages-58213377.json');

type Answer = { status?: number; body?: unknown; bad?: boolean };
function fakeApi(routes: Record<string, Answer>) {
  return vi.fn<FetchLike>(async (url) => {
    const u = new URL(url);
    const a = routes[u.pathname + u.search] ?? { status: 403, body: { error: { msg: 'Forbidden' } } };
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

describe('gorgias URLs', () => {
  test.each([
    ['https://acme-shop.gorgias.com/app/ticket/58213377', '58213377'],
    ['https://acme-shop.gorgias.com/app/views/318204/58213377', '58213377'],
    ['https://acme-shop.gorgias.com/app/views/318204/58213377?q=lamp', '58213377'],
    ['https://acme-shop.gorgias.com/app/ticket/58213377/print', '58213377'],
    ['https://acme-shop.gorgias.com/app/views/318204', null],
    ['https://acme-shop.gorgias.com/app/views/318204/new', null],
    ['https://acme-shop.gorgias.com/app/ticket/new', null],
    ['https://acme-shop.gorgias.com/app/customer/90211', null],
    ['https://acme-shop.gorgias.com/api/tickets/58213377', null],
    ['https://acme-shop.gorgias.com/app/ticket/58213377abc', null],
  ])('%s -> %s', (href, id) => {
    expect(gorgiasSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['acme-shop.gorgias.com', true],
    ['gorgias.com', false],
    ['acme-shop.gorgias.com.evil.example', false],
    ['acme-shopgorgias.com', false],
  ])('host %s is Gorgias: %s', (host, yes) => {
    expect(gorgiasSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });
});

describe('message roles', () => {
  test.each([
    ['a customer email', { from_agent: false, public: true, channel: 'email' }, 'customer'],
    ['an agent reply', { from_agent: true, public: true, channel: 'email' }, 'agent'],
    ['an internal note', { from_agent: true, public: false, channel: 'internal-note' }, 'note'],
    ['the internal-note channel alone', { from_agent: true, channel: 'internal-note' }, 'note'],
    ['a private message', { from_agent: true, public: false, channel: 'email' }, 'note'],
    ['no from_agent flag', { public: true, channel: 'chat' }, 'customer'],
  ])('%s is read as %s', (_name, message, role) => {
    expect(messageRole(message)).toBe(role);
  });
});

describe('reading through the Gorgias API', () => {
  test('reads the ticket and its messages with the agent session', async () => {
    const fetchFn = fakeApi({ [TICKET_API]: { body: ticketJson() }, [MESSAGES_API]: { body: messagesJson() } });
    const t = await gorgias.read(parseHtml('<p>loading</p>'), new URL(ordinary.url), fetchFn);
    expect(t).toMatchObject({ source: 'api', ticketId: '58213377', priority: 'high' });
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Léa Martin',
      'Noah Becker',
      'Noah Becker',
      'Léa Martin',
      'Noah Becker',
    ]);
    expect(t.messages?.[2]).toEqual({
      author: 'Noah Becker',
      role: 'note',
      at: '2026-11-18T09:52:00+00:00',
      text: 'Carrier claim opened with DHL, ref DHL-88412. Warehouse says 3 other lamps from batch B-17 came back cracked this week.',
    });
    expect(fetchFn.mock.calls.map(([url]) => url).sort()).toEqual(
      [`${ORIGIN}${MESSAGES_API}`, `${ORIGIN}${TICKET_API}`].sort(),
    );
    for (const [, init] of fetchFn.mock.calls) {
      const options = (init ?? {}) as Record<string, unknown>;
      expect(options.method ?? 'GET').toBe('GET');
      expect(options.body).toBeUndefined();
      expect(options.credentials).toBe('include');
    }
  });

  test('follows the messages cursor, in time order, up to the page cap', async () => {
    const msg = (n: number) => ({
      from_agent: n % 2 === 1,
      public: true,
      sender: { name: `S${n}` },
      body_text: `m${n}`,
      created_datetime: `2026-11-${String(10 + n).padStart(2, '0')}T00:00:00+00:00`,
    });
    const routes: Record<string, Answer> = { [TICKET_API]: { body: { ...ticketJson(), messages: [] } } };
    // Newest first, as a list endpoint may answer: the thread still reads oldest first.
    routes[MESSAGES_API] = { body: { data: [msg(1), msg(0)], meta: { next_cursor: 'c 1/1' } } };
    // The tenth page is the list's last (no cursor after it).
    for (let i = 1; i < 10; i++) {
      routes[`${MESSAGES_API}&cursor=${encodeURIComponent(`c ${i}/1`)}`] = {
        body: { data: [msg(2 * i + 1), msg(2 * i)], meta: { next_cursor: i < 9 ? `c ${i + 1}/1` : null } },
      };
    }
    const fetchFn = fakeApi(routes);
    const t = await gorgias.read(parseHtml(''), new URL(ordinary.url), fetchFn);
    expect(fetchFn.mock.calls.filter(([url]) => url.includes('/messages')).length).toBe(10);
    expect(t.messages?.map((m) => m.text)).toEqual(Array.from({ length: 20 }, (_, i) => `m${i}`));
    expect(roles(t)?.slice(0, 2)).toEqual(['customer', 'agent']);
  });

  describe('past the page cap', () => {
    const msg = (n: number) => ({
      from_agent: n % 2 === 0,
      public: true,
      sender: { name: `S${n}` },
      body_text: `m${n}`,
      created_datetime: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    });
    // 50 messages, 2 a page: the ticket's own list oldest first, then the newest from the messages list.
    const NEWEST = `/api/messages?ticket_id=58213377&order_by=${encodeURIComponent('created_datetime:desc')}&limit=100`;
    const newest = (cursor?: string) => (cursor ? `${NEWEST}&cursor=${encodeURIComponent(cursor)}` : NEWEST);
    const routes = (): Record<string, Answer> => {
      const r: Record<string, Answer> = {
        [TICKET_API]: { body: { ...ticketJson(), messages_count: 50 } },
        [MESSAGES_API]: { body: { data: [msg(1), msg(2)], meta: { next_cursor: 'old 2' } } },
      };
      for (let p = 1; p <= 25; p++) {
        const top = 50 - (p - 1) * 2;
        r[newest(p > 1 ? `new ${p}` : undefined)] = {
          body: { data: [msg(top), msg(top - 1)], meta: { next_cursor: `new ${p + 1}` } },
        };
      }
      return r;
    };
    const texts = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `m${from + i}`);

    test('the first page and the newest pages, oldest first, and the thread says it was cut', async () => {
      const fetchFn = fakeApi(routes());
      const t = await gorgias.read(parseHtml(''), new URL(ordinary.url), fetchFn);
      expect(fetchFn.mock.calls.some(([url]) => url.includes('old%202'))).toBe(false);
      expect(t.messages?.map((m) => m.text)).toEqual(['m1', 'm2', ...texts(33, 51)]);
      expect(t.truncated).toMatchObject({ keptMessages: 20, totalMessages: 50 });
    });

    test.each<[string, Answer]>([
      ['403 Forbidden', { status: 403 }],
      ['429 Too Many Requests', { status: 429 }],
      ['500', { status: 500 }],
      ['a body that is not JSON', { bad: true }],
    ])(
      'the newest messages refused (%s): the ticket is read from the page, which shows the newest replies',
      async (_name, answer) => {
        const refused = { ...routes(), [NEWEST]: answer };
        const t = await gorgias.read(parseHtml(''), new URL(ordinary.url), fakeApi(refused));
        expect(t.source).toBe('dom');
      },
    );

    test.each<[string, unknown]>([
      ['no messages_count', undefined],
      ['a messages_count smaller than the pages show', 5],
      ['a messages_count of 12.5', 12.5],
      ['a messages_count of "Infinity"', 'Infinity'],
      ['a messages_count of -3', -3],
      ['a messages_count of 1e300', 1e300],
    ])(
      '%s, and more pages than the cap: the pages read, then the page’s thread with its latest reply, and the thread says those between may be missing; the rest the API’s',
      async (_name, messages_count) => {
        // One message a page, listed both ways, so a count taken at its word would read the newest.
        const r: Record<string, Answer> = {
          [TICKET_API]: { body: { ...ticketJson(), messages_count } },
          [MESSAGES_API]: { body: { data: [msg(1)], meta: { next_cursor: 'old 2' } } },
        };
        for (let n = 2; n <= 50; n++) {
          r[`${MESSAGES_API}&cursor=${encodeURIComponent(`old ${n}`)}`] = {
            body: { data: [msg(n)], meta: { next_cursor: `old ${n + 1}` } },
          };
        }
        for (let p = 1; p <= 50; p++) {
          r[newest(p > 1 ? `new ${p}` : undefined)] = {
            body: { data: [msg(51 - p)], meta: { next_cursor: `new ${p + 1}` } },
          };
        }
        const t = await gorgias.read(parseHtml(html(ordinary)), new URL(ordinary.url), fakeApi(r));
        expect(TicketContext.safeParse(t).success).toBe(true);
        expect(t).toMatchObject({ source: 'api', createdAt: '2026-11-18T09:12:00.123456+00:00' });
        expect(t.messages?.slice(0, 10).map((m) => m.text)).toEqual(texts(1, 11));
        expect(roles(t)?.slice(10)).toEqual(['customer', 'agent', 'note', 'customer', 'agent']);
        expect(t.messages?.at(-1)?.author).toBe('Noah Becker');
        expect(t.truncated).toMatchObject({ keptMessages: 15, uncounted: true });
      },
    );

    test('no messages_count, more pages than the cap and no thread on the page: the thread is listed as not read', async () => {
      const r: Record<string, Answer> = {
        [TICKET_API]: { body: { ...ticketJson(), messages_count: undefined } },
        [MESSAGES_API]: { body: { data: [msg(1)], meta: { next_cursor: 'old 2' } } },
      };
      for (let n = 2; n <= 50; n++) {
        r[`${MESSAGES_API}&cursor=${encodeURIComponent(`old ${n}`)}`] = {
          body: { data: [msg(n)], meta: { next_cursor: `old ${n + 1}` } },
        };
      }
      const t = await gorgias.read(parseHtml('<p>loading</p>'), new URL(ordinary.url), fakeApi(r));
      expect(t.messages?.length ?? 0).toBe(0);
      expect(t.missing).toContain('messages');
    });
  });

  test('uses the messages embedded in the ticket when the messages endpoint refuses', async () => {
    const t = await gorgias.read(
      parseHtml(''),
      new URL(ordinary.url),
      fakeApi({ [TICKET_API]: { body: ticketJson() } }),
    );
    expect(t.source).toBe('api');
    expect(roles(t)).toEqual(['customer', 'agent', 'note', 'customer', 'agent']);
  });

  test('text: stripped text first, then the body text, then the HTML as text', async () => {
    const base = { from_agent: false, public: true, created_datetime: '2026-11-18T09:00:00+00:00' };
    const body = {
      ...ticketJson(),
      customer: { name: null, firstname: 'Léa', lastname: 'Martin', email: null },
      messages: [
        { ...base, stripped_text: 'Only the new reply', body_text: 'Only the new reply\n> quoted history' },
        { ...base, body_text: 'Plain body  with\r\nWindows line' },
        {
          ...base,
          body_html:
            '<p>Hi &lt;b&gt;there&lt;/b&gt;</p><script>alert(1)</script><p><img src=x onerror="alert(2)">Bye</p>',
        },
        { ...base, body_html: '   ' },
      ],
    };
    const t = await gorgias.read(parseHtml(''), new URL(ordinary.url), fakeApi({ [TICKET_API]: { body } }));
    expect(t.messages?.map((m) => m.text)).toEqual([
      'Only the new reply',
      'Plain body with\nWindows line',
      'Hi <b>there</b>\nBye',
    ]);
    expect(t.requester).toEqual({ name: 'Léa Martin', email: undefined });
  });
});

describe('falling back to the page when the API does not answer', () => {
  test.each<[string, Record<string, Answer>]>([
    ['403 Forbidden', {}],
    ['a body that is not JSON', { [TICKET_API]: { bad: true }, [MESSAGES_API]: { body: messagesJson() } }],
    [
      'JSON for another ticket',
      { [TICKET_API]: { body: { ...ticketJson(), id: 58204411 } }, [MESSAGES_API]: { body: messagesJson() } },
    ],
    ['a ticket without any messages', { [TICKET_API]: { body: { ...ticketJson(), messages: undefined } } }],
  ])('%s', async (_name, routes) => {
    const fetchFn = fakeApi(routes);
    const t = await gorgias.read(parseHtml(html(ordinary)), new URL(ordinary.url), fetchFn);
    expect(fetchFn).toHaveBeenCalled();
    expect(t).toMatchObject({
      source: 'dom',
      ticketId: '58213377',
      subject: 'Order #10482 arrived damaged — replacement or refund?',
      requester: { name: 'Léa Martin', email: 'lea.martin@example.fr' },
    });
    expect(roles(t)).toEqual(['customer', 'agent', 'note', 'customer', 'agent']);
  });
});

describe('reading the ticket page', () => {
  test('reads the open ticket only: not the view list, not a timeline ticket in the side panel', async () => {
    const t = await gorgias.read(parseHtml(html(ordinary)), new URL(ordinary.url));
    const all = JSON.stringify(t);
    for (const other of ['lamp shade', 'Mia Chen', 'accessories', 'Tom Ridley', 'Where is my order', 'WINTER10']) {
      expect(all).not.toContain(other);
    }
  });

  test('a timeline ticket rendered before the open one is still not read', async () => {
    const page = html(ordinary);
    const aside = page.slice(page.indexOf('<aside'), page.indexOf('</aside>') + '</aside>'.length);
    const reordered = page.replace(aside, '').replace('<div id="root">', `<div id="root">${aside}`);
    const t = await gorgias.read(parseHtml(reordered), new URL(ordinary.url));
    expect(JSON.stringify(t)).not.toContain('lamp shade');
    expect(roles(t)).toEqual(['customer', 'agent', 'note', 'customer', 'agent']);
  });

  test('icon ligatures are not read as values', async () => {
    const t = await gorgias.read(parseHtml(html(ordinary)), new URL(ordinary.url));
    expect(t.priority).toBe('high');
    expect(t.tags).toEqual(['damaged-item', 'refund-request', 'vip']);
    expect(JSON.stringify(t)).not.toContain('keyboard_arrow');
  });

  test.each([
    ['an open ticket (the button offers Close)', 'btn btn-secondary', 'open'],
    ['a closed ticket', 'btn btn-success TicketStatus--closed--u9v0w', 'closed'],
  ])('%s', async (_name, cls, status) => {
    const page = html(ordinary).replace(
      /id="change-status-button" class="[^"]*"/,
      `id="change-status-button" class="${cls}"`,
    );
    const t = await gorgias.read(parseHtml(page), new URL(ordinary.url));
    expect(t.status).toBe(status);
  });

  test('lists what the page does not show', async () => {
    const t = await gorgias.read(parseHtml('<div id="root"><p>Loading ticket...</p></div>'), new URL(ordinary.url));
    expect(t).toMatchObject({ source: 'dom', ticketId: '58213377' });
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
  const HOSTILE = '<img src=x onerror=alert(1)> **markdown** <script>alert(2)</script> [link](javascript:alert(3))';
  test.each([
    ['API', 200],
    ['page', 403],
  ])('comes out literal through the %s', async (_name, status) => {
    const doc = parseHtml(html(hard));
    const t = await gorgias.read(doc, new URL(hard.url), caseFetch('gorgias', hard, status));
    expect(t.messages?.filter((m) => m.text.includes('onerror')).map((m) => m.text)).toEqual([HOSTILE]);
    expect(doc.querySelector('img[src="x"], script:not([type])')).toBeNull();
  });
});
