import { describe, expect, test, vi } from 'vitest';
import { TicketContext } from '../../../lib/escalation/model';
import { draftFromTicket } from '../../../lib/escalation/prefill';
import { HELPDESK_MATCHES, hostMatches, readPlan } from '../../../lib/helpdesks/registry';
import { ticketNumber } from '../../../lib/helpdesks/ticket-number';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { activePane, orgIdOf, threadRole, zoho, zohoSite, zohoTicketAt } from '../../../lib/helpdesks/zoho';
import { caseFetch, caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'zoho');
if (!file) throw new Error('test/fixtures/zoho/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const ID = '705423000012345017';
const BASE = `/supportapi/zd/acme/api/v1/tickets/${ID}`;
const TICKET_API = `${BASE}?include=contacts`;
const THREADS_API = `${BASE}/threads?limit=100`;
const COMMENTS_API = `${BASE}/comments?limit=100`;
const ROLES = ['customer', 'agent', 'note', 'customer', 'agent'];
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const html = (c: FixtureCase) => fixtureText('zoho', c.page);
const json = (name: string) => JSON.parse(fixtureText('zoho', name)) as Record<string, unknown>;
const ticketJson = () => json(`api-ticket-${ID}.json`);
const ORG_PAGE = '<script>window.desk_urls = {"orgId":"705423118"};</script><p>loading</p>';

type Answer = { status?: number; body?: unknown; bad?: boolean };
function fakeApi(routes: Record<string, Answer>) {
  return vi.fn<FetchLike>(async (url) => {
    const u = new URL(url);
    const a = routes[u.pathname + u.search] ?? { status: 403, body: { errorCode: 'FORBIDDEN' } };
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
// Every route of the ordinary case, from its fixture files.
const fixtureRoutes = (): Record<string, Answer> =>
  Object.fromEntries(Object.entries(ordinary.api ?? {}).map(([path, f]) => [path, { body: json(f) }]));
const read = (page: string, fetchFn?: FetchLike, url = ordinary.url) =>
  zoho.read(parseHtml(page), new URL(url), fetchFn);

const thread = (n: number, over: Record<string, unknown> = {}) => ({
  id: `7054230000200${String(n).padStart(5, '0')}`,
  direction: n % 2 ? 'out' : 'in',
  visibility: 'public',
  summary: `s${n}`,
  author: n % 2 ? { name: 'Aiko Tanaka', type: 'AGENT' } : { name: 'Lukas Meyer', type: 'END_USER' },
  createdTime: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
  ...over,
});

// A long ticket: 650 threads and 250 comments, newest first, past both lists' page caps.
const threads = Array.from({ length: 650 }, (_, n) => thread(n)).reverse();
const comment = (n: number) => ({
  id: `70542300003${String(n).padStart(5, '0')}`,
  isPublic: false,
  content: `c${n}`,
  contentType: 'plainText',
  commenter: { name: 'Aiko Tanaka', type: 'AGENT' },
  commentedTime: new Date(Date.UTC(2026, 10, 2) + n * 60_000).toISOString(),
});
const comments = Array.from({ length: 250 }, (_, n) => comment(n)).reverse();

type PageModule = { longTicket(count: number): { url: string; html: string } };
const PAGES = '../../../scripts/pages/zoho.mjs';
const pages = () => import(/* @vite-ignore */ PAGES) as Promise<PageModule>;

describe('zoho URLs', () => {
  test.each([
    ['https://desk.zoho.com/agent/acme/support/tickets/details/705423000012345017', 'acme', ID],
    ['https://desk.zoho.eu/agent/acme/customer-support/tickets/details/705423000012345017/', 'acme', ID],
    ['https://desk.zoho.in/agent/acme/support/tickets/details/705423000012345017/history?tab=1', 'acme', ID],
    ['https://desk.zoho.com/support/acme/ShowHomePage.do#Cases/dv/705423000012345017', 'acme', ID],
    ['https://help.acme.example/agent/acme/support/tickets/details/705423000012345017', 'acme', ID],
    ['https://desk.zoho.com/agent/acme/support/tickets/list/all-open', null, null],
    ['https://desk.zoho.com/agent/acme/support/contacts/details/705423000004410023', null, null],
    ['https://desk.zoho.com/agent/acme/support/tickets/details/new', null, null],
    ['https://desk.zoho.com/agent/acme/tickets/details/705423000012345017', null, null],
    ['https://desk.zoho.com/support/acme/ShowHomePage.do', null, null],
    ['https://desk.zoho.com/support/acme/ShowHomePage.do#Cases/list', null, null],
    ['https://desk.zoho.com/support/acme/ShowHomePage.do#Cases/dv/7054x', null, null],
    ['https://desk.zoho.com/supportapi/zd/acme/api/v1/tickets/705423000012345017', null, null],
  ])('%s -> %s %s', (href, portal, id) => {
    const url = new URL(href);
    expect(zohoTicketAt(url)?.portal ?? null).toBe(portal);
    expect(zohoSite.ticketIn(url)?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['desk.zoho.com', true],
    ['desk.zoho.eu', true],
    ['desk.zoho.in', true],
    ['desk.zoho.com.au', true],
    ['desk.zoho.jp', true],
    ['desk.zoho.com.cn', true],
    ['desk.zohocloud.ca', true],
    ['desk.zoho.sa', true],
    ['desk.zoho.uk', true],
    ['desk.zoho.ca', false],
    ['zoho.com', false],
    ['acme.desk.zoho.com', false],
    ['desk.zoho.com.evil.example', false],
    ['desk.zoho.co', false],
  ])('host %s is Zoho Desk: %s', (host, yes) => {
    expect(zohoSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });

  test.each(['desk.zohocloud.ca', 'desk.zoho.sa', 'desk.zoho.uk'])(
    'a ticket on the %s data centre gets the Zoho reader and the manifest asks for its host',
    (host) => {
      expect(readPlan(new URL(`https://${host}/agent/acme/support/tickets/details/${ID}`))).toEqual({
        script: '/read-zoho.js',
      });
      expect(HELPDESK_MATCHES).toContain(`https://${host}/*`);
    },
  );
});

describe('the org id the API needs', () => {
  test.each([
    ['an avatar URL', '<img src="/api/v1/agents/7054/photo?orgId=705423118">', '705423118'],
    ['the inline bootstrap script', '<script>window.desk_urls = {"orgId":"705423118","x":1};</script>', '705423118'],
    ['a script with orgid spelled otherwise', "<script>var cfg = { orgid: '90817' };</script>", '90817'],
    ['nothing', '<p>no org here</p>', undefined],
    ['a script URL', '<script src="/js/app.js?orgId=1"></script><p>x</p>', '1'],
    ['a non-numeric value', '<img src="/photo?orgId=abc"><script>var a = {"orgId": "xyz"}</script>', undefined],
  ])('from %s', (_name, page, org) => {
    expect(orgIdOf(parseHtml(page))).toBe(org);
  });

  test('the ordinary page exposes it', () => {
    expect(orgIdOf(parseHtml(html(ordinary)))).toBe('705423118');
  });

  test('without one the API is not tried', async () => {
    const fetchFn = fakeApi(fixtureRoutes());
    const t = await read(html(ordinary).replaceAll('705423118', ''), fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(t).toMatchObject({
      source: 'dom',
      subject: 'Webhook deliveries to our ERP fail with HTTP 401 since Tuesday',
    });
  });
});

describe('value mapping', () => {
  test.each([
    ['an incoming email', { direction: 'in', visibility: 'public' }, 'customer'],
    ['an outgoing reply', { direction: 'out', visibility: 'public' }, 'agent'],
    ['a private thread', { direction: 'out', visibility: 'private' }, 'note'],
    ['a private incoming thread', { direction: 'in', visibility: 'private' }, 'note'],
    ['no direction, an end user', { author: { type: 'END_USER' } }, 'customer'],
    ['no direction, an agent', { author: { type: 'AGENT' } }, 'agent'],
  ])('%s is read as %s', (_name, t, role) => {
    expect(threadRole(t)).toBe(role);
  });
});

describe('reading through the Zoho Desk API', () => {
  test('reads the ticket, its threads and comments, oldest first, with the org header', async () => {
    const fetchFn = fakeApi(fixtureRoutes());
    const t = await read(html(ordinary), fetchFn);
    expect(t).toMatchObject({ source: 'api', status: 'Escalated', priority: 'High', organization: 'Globex GmbH' });
    expect(roles(t)).toEqual(ROLES);
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Lukas Meyer',
      'Aiko Tanaka',
      'Aiko Tanaka',
      'Lukas Meyer',
      'Aiko Tanaka',
    ]);
    expect(t.messages?.[2]).toEqual({
      author: 'Aiko Tanaka',
      role: 'note',
      at: '2026-11-17T10:02:00.000Z',
      text: 'Logs show the 401 comes from our signature check: the secret on file changed on Tuesday 02:14 UTC, the maintenance window. Escalated to platform team, INC-7731.',
    });
    expect(fetchFn).toHaveBeenCalledTimes(7);
    for (const [url, init] of fetchFn.mock.calls) {
      expect(new URL(url).origin).toBe('https://desk.zoho.com');
      const options = (init ?? {}) as Record<string, unknown>;
      expect(options.method ?? 'GET').toBe('GET');
      expect(options.body).toBeUndefined();
      expect(options.credentials).toBe('include');
      expect(options.headers).toMatchObject({ orgId: '705423118' });
    }
  });

  test('full bodies for the first and the newest threads only, summaries for the rest', async () => {
    const list = Array.from({ length: 12 }, (_, n) => thread(n)).reverse();
    const routes: Record<string, Answer> = {
      [TICKET_API]: { body: ticketJson() },
      [THREADS_API]: { body: { data: list } },
    };
    for (let n = 0; n < 12; n++) {
      routes[`${BASE}/threads/${thread(n).id}`] = { body: { ...thread(n), content: `<p>full ${n}</p>` } };
    }
    const fetchFn = fakeApi(routes);
    const t = await read(ORG_PAGE, fetchFn);
    expect(fetchFn.mock.calls.filter(([url]) => /\/threads\/\d+$/.test(url))).toHaveLength(8);
    expect(t.messages?.map((m) => m.text)).toEqual([
      'full 0',
      's1',
      's2',
      's3',
      's4',
      'full 5',
      'full 6',
      'full 7',
      'full 8',
      'full 9',
      'full 10',
      'full 11',
    ]);
  });

  test('a thread whose detail is refused keeps its summary; odd ids are never requested', async () => {
    const list = [thread(1), thread(0, { id: '../../../agents' })];
    const fetchFn = fakeApi({ [TICKET_API]: { body: ticketJson() }, [THREADS_API]: { body: { data: list } } });
    const t = await read(ORG_PAGE, fetchFn);
    expect(t.source).toBe('api');
    expect(t.messages?.map((m) => m.text)).toEqual(['s0', 's1']);
    expect(fetchFn.mock.calls.some(([url]) => url.includes('agents'))).toBe(false);
  });

  test('pages the thread list when it comes back full, without repeating threads', async () => {
    const first = Array.from({ length: 100 }, (_, n) => thread(n));
    const second = Array.from({ length: 31 }, (_, n) => thread(99 + n));
    const fetchFn = fakeApi({
      [TICKET_API]: { body: ticketJson() },
      [THREADS_API]: { body: { data: first } },
      [`${BASE}/threads?from=100&limit=100`]: { body: { data: second } },
    });
    const t = await read(ORG_PAGE, fetchFn);
    expect(t.messages).toHaveLength(130);
    expect(t.messages?.[0]?.text).toBe('s0');
  });

  describe('past the page cap', () => {
    // The first pages and the last one of each list.
    const at = (list: unknown[], from: number) => ({ body: { data: list.slice(from, from + 100) } });
    const routes = (): Record<string, Answer> => ({
      [TICKET_API]: { body: { ...ticketJson(), threadCount: '650', commentCount: '250' } },
      [THREADS_API]: at(threads, 0),
      [`${BASE}/threads?from=100&limit=100`]: at(threads, 100),
      [`${BASE}/threads?from=200&limit=100`]: at(threads, 200),
      [`${BASE}/threads?from=300&limit=100`]: at(threads, 300),
      [`${BASE}/threads?from=550&limit=100`]: at(threads, 550),
      [COMMENTS_API]: at(comments, 0),
      [`${BASE}/comments?from=150&limit=100`]: at(comments, 150),
    });
    const numbers = (from: number, to: number, prefix: string) =>
      Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);

    test('the start and the end of each list, and the thread says it was cut', async () => {
      const t = await read(ORG_PAGE, fakeApi(routes()));
      expect(t.messages?.map((m) => m.text)).toEqual([
        ...numbers(0, 100, 's'),
        ...numbers(250, 650, 's'),
        ...numbers(0, 100, 'c'),
        ...numbers(150, 250, 'c'),
      ]);
      expect(t.truncated).toMatchObject({ keptMessages: 700, totalMessages: 900 });
    });

    test('the last page of comments refused: the first page, and the rest counted as left out', async () => {
      const refused = routes();
      delete refused[`${BASE}/comments?from=150&limit=100`];
      const t = await read(ORG_PAGE, fakeApi(refused));
      expect(t.messages?.filter((m) => m.role === 'note').map((m) => m.text)).toEqual(numbers(150, 250, 'c'));
      expect(t.truncated).toMatchObject({ keptMessages: 600, totalMessages: 900 });
    });

    test.each<[string, Answer]>([
      ['403 Forbidden', { status: 403 }],
      ['429 Too Many Requests', { status: 429 }],
      ['500', { status: 500 }],
      ['a body that is not JSON', { bad: true }],
    ])(
      'the last page of threads refused (%s): the ticket is read from the page, which shows the newest',
      async (_name, answer) => {
        const refused = { ...routes(), [`${BASE}/threads?from=550&limit=100`]: answer };
        const t = await read(ORG_PAGE, fakeApi(refused));
        expect(t.source).toBe('dom');
      },
    );

    test.each<[string, unknown]>([
      ['650.5', '650.5'],
      ['Infinity', 'Infinity'],
      ['-3', -3],
      ['1e300', 1e300],
    ])(
      'a threadCount and commentCount of %s are no count: the pages are read from the first, and the ticket is read',
      async (_name, n) => {
        const r = {
          ...routes(),
          [TICKET_API]: { body: { ...ticketJson(), threadCount: n, commentCount: n } },
          [`${BASE}/threads?from=400&limit=100`]: at(threads, 400),
          [`${BASE}/comments?from=100&limit=100`]: at(comments, 100),
        };
        const t = await read(ORG_PAGE, fakeApi(r));
        expect(TicketContext.safeParse(t).success).toBe(true);
        expect(t).toMatchObject({
          source: 'api',
          subject: 'Webhook deliveries to our ERP fail with HTTP 401 since Tuesday',
        });
      },
    );
  });

  describe('more pages than the cap and no usable count', () => {
    // Every page of both lists, at any offset.
    const routes = (counts: Record<string, unknown>): Record<string, Answer> => {
      const r: Record<string, Answer> = { [TICKET_API]: { body: { ...ticketJson(), ...counts } } };
      for (const [name, list] of [
        ['threads', threads],
        ['comments', comments],
      ] as const) {
        for (let from = 0; from < list.length; from += 50) {
          r[`${BASE}/${name}?${from ? `from=${from}&` : ''}limit=100`] = {
            body: { data: list.slice(from, from + 100) },
          };
        }
      }
      return r;
    };
    const fromApi = (t: TicketContext) => t.messages?.some((m) => /^[sc]\d+$/.test(m.text)) ?? false;

    test.each<[string, Record<string, unknown>]>([
      ['no threadCount', { threadCount: undefined, commentCount: '250' }],
      ['a threadCount smaller than the pages show', { threadCount: '120', commentCount: '250' }],
      ['no commentCount', { threadCount: '650', commentCount: undefined }],
      ['a commentCount smaller than the pages show', { threadCount: '650', commentCount: '150' }],
    ])('%s: the thread is the page’s, with its latest reply; the rest the API’s', async (_name, counts) => {
      const t = await read(html(ordinary), fakeApi(routes(counts)));
      expect(t).toMatchObject({ source: 'api', createdAt: '2026-11-17T08:05:00.000Z' });
      expect(roles(t)).toEqual(ROLES);
      expect(fromApi(t)).toBe(false);
      expect(t.messages?.at(-1)?.text).toContain('engineering found the cause');
    });

    test('a later page of comments refused and no commentCount: the thread is the page’s', async () => {
      const refused = routes({ threadCount: '650', commentCount: undefined });
      delete refused[`${BASE}/comments?from=100&limit=100`];
      const t = await read(html(ordinary), fakeApi(refused));
      expect(t.source).toBe('api');
      expect(roles(t)).toEqual(ROLES);
      expect(fromApi(t)).toBe(false);
    });

    test('no thread on the page: the thread is listed as not read, not the pages read', async () => {
      const fetchFn = fakeApi(routes({ threadCount: undefined, commentCount: undefined }));
      const t = await read(ORG_PAGE, fetchFn);
      expect(fetchFn.mock.calls.some(([url]) => /\/threads\/\d+$/.test(url))).toBe(false);
      expect(t.messages?.length ?? 0).toBe(0);
      expect(t.missing).toContain('messages');
    });
  });

  test('comments refused: the threads still come from the API', async () => {
    const routes = fixtureRoutes();
    delete routes[COMMENTS_API];
    const t = await read(html(ordinary), fakeApi(routes));
    expect(t.source).toBe('api');
    expect(roles(t)).toEqual(['customer', 'agent', 'customer', 'agent']);
  });

  test('the response due date runs first while a response is owed', async () => {
    const routes = fixtureRoutes();
    routes[TICKET_API] = { body: { ...ticketJson(), responseDueDate: '2026-11-17T12:05:00.000Z' } };
    const t = await read(html(ordinary), fakeApi(routes));
    expect(t.dueAt).toBe('2026-11-17T12:05:00.000Z');
  });

  test('plain-text comments and HTML threads come out as literal text', async () => {
    const list = [thread(0, { summary: 'sum' })];
    const fetchFn = fakeApi({
      [TICKET_API]: { body: ticketJson() },
      [THREADS_API]: { body: { data: list } },
      [`${BASE}/threads/${thread(0).id}`]: {
        body: {
          content: '<p>&lt;b&gt;hi&lt;/b&gt;</p><script>alert(1)</script><img src=x onerror="alert(2)"><p>**done**</p>',
        },
      },
      [COMMENTS_API]: {
        body: {
          data: [
            {
              contentType: 'plainText',
              content: '<img src=x onerror=alert(1)> zsu[@user:115]zsu',
              commentedTime: '2026-11-02T00:00:00.000Z',
              commenter: { name: 'Aiko Tanaka' },
            },
          ],
        },
      },
    });
    const t = await read(ORG_PAGE, fetchFn);
    expect(t.messages?.map((m) => m.text)).toEqual([
      '<b>hi</b>\n**done**',
      '<img src=x onerror=alert(1)> zsu[@user:115]zsu',
    ]);
  });
});

describe('a public comment', () => {
  const REPLY = 'Hi Lukas, we rotated the webhook secret back and redelivered the failed events.';
  const NOW = new Date('2026-11-20T10:00:00Z');

  test('through the API is the agent’s reply to the customer, the last update they were given', async () => {
    const routes = fixtureRoutes();
    const comments = json(`api-comments-${ID}.json`) as { data: Record<string, unknown>[] };
    const [note] = comments.data;
    comments.data.push({
      ...note,
      id: '705423000012345999',
      isPublic: true,
      commentedTime: '2026-11-20T09:00:00.000Z',
      content: `<div>${REPLY}</div>`,
    });
    routes[COMMENTS_API] = { body: comments };
    const t = await read(html(ordinary), fakeApi(routes));
    expect(t.messages?.at(-1)).toMatchObject({ author: 'Aiko Tanaka', role: 'agent', text: REPLY });
    expect(t.messages?.find((m) => m.text.startsWith('Logs show'))?.role).toBe('note');
    expect(draftFromTicket(t, { id: 'esc-1', now: NOW }).communication.lastUpdate.text).toContain(
      'rotated the webhook secret back and redelivered',
    );
  });

  test('on the page, one without the private mark, is the agent’s reply too', async () => {
    const page = html(ordinary).replace('<span class="zd_v2-commentlistitemcommon-privateLabel">Private</span>', '');
    const t = await read(page);
    expect(t.messages?.find((m) => m.text.startsWith('Logs show'))).toMatchObject({
      author: 'Aiko Tanaka',
      role: 'agent',
    });
    expect(roles(await read(html(ordinary)))).toEqual(ROLES);
  });
});

describe('lists in an HTML message', () => {
  const STEPS =
    '<div>Exports fail since Monday:</div><ol><li>Log in as an admin</li><li><p>Open Reports &gt; Usage</p></li>' +
    '<li>Click Export<ul><li>as CSV</li><li>as XLSX</li></ul></li></ol><div>Nothing downloads.</div>' +
    '<ol start="4"><li>Retry</li></ol><ul><li>Chrome 131</li></ul>';

  test('keep their numbers and bullets, nested ones indented, so steps are not run together', async () => {
    const fetchFn = fakeApi({
      [TICKET_API]: { body: ticketJson() },
      [THREADS_API]: { body: { data: [thread(0)] } },
      [`${BASE}/threads/${thread(0).id}`]: { body: { content: STEPS } },
    });
    const t = await read(ORG_PAGE, fetchFn);
    expect(t.messages?.[0]?.text).toBe(
      [
        'Exports fail since Monday:',
        '1. Log in as an admin',
        '2. Open Reports > Usage',
        '3. Click Export',
        '  - as CSV',
        '  - as XLSX',
        'Nothing downloads.',
        '4. Retry',
        '- Chrome 131',
      ].join('\n'),
    );
    const draft = draftFromTicket(t, { id: 'esc-1', now: new Date('2026-11-19T17:00:00Z') });
    expect(draft.description).toBe(t.messages?.[0]?.text);
  });

  test('in a quoted message keep the quote mark before the indent', async () => {
    const page = html(ordinary).replace(
      'Our warehouse does not get new orders',
      '<blockquote><ul><li>old<ul><li>older</li></ul></li></ul></blockquote>Our warehouse does not get new orders',
    );
    const t = await read(page);
    expect(t.messages?.[0]?.text).toContain('> - old\n>   - older\n');
  });
});

// Agents know a ticket by its number (#4821); the address and the API's id carry the record id.
describe('the number a ticket is shown with', () => {
  test.each([
    ['through the API', () => fakeApi(fixtureRoutes())],
    ['on the page (not the hidden sub-tab’s #4790)', () => undefined],
  ])('%s is the ticket number, and the ticket is still kept by its record id', async (_name, fetchFn) => {
    const t = await read(html(ordinary), fetchFn());
    expect(ticketNumber({ ...t, helpdesk: 'zoho' })).toBe('4821');
    expect(t.ticketId).toBe(ID);
  });

  test('on a page that marks it as the id wrapper only', async () => {
    const t = await read(html(hard), undefined, hard.url);
    expect(ticketNumber({ ...t, helpdesk: 'zoho' })).toBe('5102');
    expect(t.ticketId).toBe('705423000012388003');
  });
});

describe('falling back to the page when the API does not answer', () => {
  test.each<[string, (r: Record<string, Answer>) => void]>([
    ['403 Forbidden', (r) => (r[TICKET_API] = { status: 403 })],
    [
      '422 without a valid org id',
      (r) => (r[TICKET_API] = { status: 422, body: { errorCode: 'UNPROCESSABLE_ENTITY' } }),
    ],
    ['a body that is not JSON', (r) => (r[TICKET_API] = { bad: true })],
    ['JSON for another ticket', (r) => (r[TICKET_API] = { body: { ...ticketJson(), id: '705423000012299001' } })],
    ['a refused thread list', (r) => (r[THREADS_API] = { status: 403 })],
  ])('%s', async (_name, change) => {
    const routes = fixtureRoutes();
    change(routes);
    const fetchFn = fakeApi(routes);
    const t = await read(html(ordinary), fetchFn);
    expect(fetchFn).toHaveBeenCalled();
    expect(t).toMatchObject({
      source: 'dom',
      ticketId: ID,
      subject: 'Webhook deliveries to our ERP fail with HTTP 401 since Tuesday',
      status: 'Escalated',
      priority: 'High',
      tags: ['webhooks', 'erp'],
      requester: { name: 'Lukas Meyer', email: 'lukas.meyer@globex.example' },
      organization: 'Globex GmbH',
    });
    expect(roles(t)).toEqual(ROLES);
  });
});

describe('reading the ticket page', () => {
  test('reads the sub-tab of the URL only, not a ticket open in another sub-tab', async () => {
    const t = await read(html(ordinary));
    const all = JSON.stringify(t);
    for (const other of ['Tom Ridley', 'VAT', 'Vandelay', 'billing', 'Draft reply']) expect(all).not.toContain(other);
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Lukas Meyer',
      'Aiko Tanaka',
      'Aiko Tanaka',
      'Lukas Meyer',
      'Aiko Tanaka',
    ]);
  });

  test('when only other tickets are open, nothing is read', async () => {
    const page = html(ordinary).replace(`data-id="subTab_${ID}"`, 'data-id="subTab_705423000012300000"');
    const doc = parseHtml(page);
    expect(activePane(doc, ID)).toBeUndefined();
    const t = await zoho.read(doc, new URL(ordinary.url));
    expect(t).toMatchObject({ source: 'dom', ticketId: ID });
    expect(t.subject).toBeUndefined();
    expect(t.messages).toBeUndefined();
  });

  test('a contact link quoted inside a message body does not make it the customer’s', async () => {
    const page = html(ordinary).replace(
      'Thanks for reporting this.',
      'See <a href="/agent/acme/support/contacts/details/1">Lukas</a>. Thanks for reporting this.',
    );
    const t = await read(page);
    expect(roles(t)).toEqual(ROLES);
  });

  test('with every time known, a newest-first list reads oldest first', async () => {
    const entry = (n: number, who: string) =>
      `<div class="zd_v2-conversationlist-listContainer"><div class="h"><span class="zd_v2-threadlistitemcommon-authorName">${who}</span><time datetime="2026-11-0${n}T10:00:00.000Z">${n}</time></div><div data-id="threadContent">m${n}</div></div>`;
    const page = `<div data-id="subTab_${ID}">${entry(3, 'C')}${entry(2, 'B')}${entry(1, 'A')}</div>`;
    const t = await read(page);
    expect(t.messages?.map((m) => m.text)).toEqual(['m1', 'm2', 'm3']);
    expect(t.createdAt).toBe('2026-11-01T10:00:00.000Z');
    expect(t.updatedAt).toBe('2026-11-03T10:00:00.000Z');
  });

  test('lists what the page does not show', async () => {
    const t = await read('<div id="root"><p>Loading…</p></div>');
    expect(t).toMatchObject({ source: 'dom', ticketId: ID });
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
    '<img src=x onerror=alert(1)> **至急** <script>alert(2)</script> [リンク](javascript:alert(3))\nメッセージ 6';
  test('comes out literal, and the fixture holds it as text', async () => {
    const doc = parseHtml(html(hard));
    const t = await zoho.read(doc, new URL(hard.url), caseFetch('zoho', hard));
    expect(t.messages?.filter((m) => m.text.includes('onerror')).map((m) => m.text)).toEqual([HOSTILE]);
    expect(doc.querySelector('img[src="x"], script')).toBeNull();
  });
});

describe('the generated long ticket', () => {
  test.each([1, 50, 300])('%i messages are read, in order, with their roles', async (count) => {
    const { url, html: page } = (await pages()).longTicket(count);
    const t = await zoho.read(parseHtml(page), new URL(url));
    expect(t.source).toBe('dom');
    expect(t.ticketId).toBe('705423000019300001');
    expect(t.messages).toHaveLength(count);
    expect(t.messages?.[0]).toMatchObject({ role: 'customer', author: 'Lukas Meyer' });
    expect(t.messages?.at(-1)?.text.startsWith(`Message ${count}.`)).toBe(true);
    if (count > 5) expect(t.messages?.[5]?.role).toBe('note');
    expect(t.requester).toEqual({ name: 'Lukas Meyer', email: 'lukas.meyer@globex.example' });
  });
});
