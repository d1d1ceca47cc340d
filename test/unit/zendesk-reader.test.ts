import { afterEach, describe, expect, test, vi } from 'vitest';
import { findErrorLines } from '../../lib/escalation/evidence';
import { TicketContext } from '../../lib/escalation/model';
import { draftFromTicket } from '../../lib/escalation/prefill';
import { slaStatusFrom } from '../../lib/escalation/signals';
import { THREAD_CHAR_CAP } from '../../lib/helpdesks/limits';
import { siteFor } from '../../lib/helpdesks/registry';
import type { FetchLike } from '../../lib/helpdesks/types';
import { API_TIMEOUT_MS } from '../../lib/helpdesks/types';
import { zendesk } from '../../lib/helpdesks/zendesk';
import { HOSTILE_TEXT, hostileTicket, longThread } from '../../scripts/pages/zendesk.mjs';
import {
  COMMENTS_API,
  commentsJson,
  type FakeResponse,
  fakeFetch,
  fixtureFetch,
  json,
  ORIGIN,
  parseHtml,
  TICKET_API,
  TICKET_URL,
  ticketHtml,
  ticketJson,
} from './support/zendesk';

const ROLES = ['customer', 'agent', 'note', 'customer', 'agent'];
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);

afterEach(() => {
  vi.useRealTimers();
});

describe('Zendesk ticket URLs', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/4821', '4821'],
    ['https://acme.zendesk.com/agent/tickets/4821/events', '4821'],
    ['https://acme.zendesk.com/agent/tickets/4821?foo=1#bar', '4821'],
    ['http://acme.zendesk.com/agent/tickets/4821', null],
    ['https://acme.zendesk.com.evil.example/agent/tickets/4821', null],
    ['https://zendesk.com/agent/tickets/4821', null],
    ['https://acme.zendesk.com/agent/dashboard', null],
    ['https://acme.zendesk.com/agent/tickets/4821abc', null],
    ['https://acme.zendesk.com/agent/tickets/', null],
  ])('%s -> %s', (href, id) => {
    const url = new URL(href);
    const match = siteFor(url);
    expect(match?.ticketId ?? null).toBe(id);
    expect(match?.site.id ?? null).toBe(id === null ? null : 'zendesk');
  });
});

describe('reading through the Zendesk API', () => {
  test('returns every field of the ticket and its thread', async () => {
    const fetchFn = fixtureFetch();
    const t = await zendesk.read(parseHtml('<p>page not rendered yet</p>'), TICKET_URL, fetchFn);

    expect(t).toMatchObject({
      helpdesk: 'zendesk',
      url: TICKET_URL.href,
      ticketId: '4821',
      source: 'api',
      subject: 'Data export stops at 10,000 rows for large accounts',
      status: 'open',
      priority: 'urgent',
      tags: ['export', 'enterprise', 'data_loss'],
      requester: { name: 'Dana Whitfield', email: 'dana@acme.example' },
      organization: 'Acme Corp',
      createdAt: '2026-11-18T09:12:00Z',
      updatedAt: '2026-11-19T09:30:00Z',
      dueAt: '2026-11-21T17:00:00Z',
      customFields: { '360001': 'reports' },
    });
    expect(t.missing).toEqual([]);
    expect(t.truncated).toBeUndefined();
    expect(roles(t)).toEqual(ROLES);
    expect(t.messages?.map((m) => m.author)).toEqual([
      'Dana Whitfield',
      'Sam Rivera',
      'Sam Rivera',
      'Dana Whitfield',
      'Sam Rivera',
    ]);
    // plain_body wins over the shorter body.
    expect(t.messages?.[0]?.text).toContain('ERROR ExportJobError: cursor expired after page 100');
    expect(t.messages?.[2]?.text).toBe(
      'Re-ran the export with a one-week date range: same cut at 10,000 rows.\nHTTP 500 from /api/export/page/101 in the browser console.',
    );
  });

  describe('the SLA due time', () => {
    const withTicket = (over: Record<string, unknown>) => {
      const body = ticketJson();
      body.ticket = { ...(body.ticket as object), ...over };
      return fakeFetch({ [TICKET_API]: () => json(body), [COMMENTS_API]: () => json(commentsJson()) });
    };
    const NOW = new Date('2026-11-21T09:00:00Z');

    test('is the soonest breach among the SLA targets still running, not a task’s due date', async () => {
      const t = await zendesk.read(
        parseHtml(''),
        TICKET_URL,
        withTicket({ type: 'task', due_at: '2026-11-20T17:00:00Z' }),
      );
      expect(t.dueAt).toBe('2026-11-21T17:00:00Z');
      expect(slaStatusFrom(t.dueAt, NOW, 'UTC')).toBe('within');
    });

    test('a task without SLA targets has no SLA due time, whatever its due date', async () => {
      const t = await zendesk.read(
        parseHtml(''),
        TICKET_URL,
        withTicket({ type: 'task', due_at: '2026-11-20T17:00:00Z', slas: { policy_metrics: [] } }),
      );
      expect(t.dueAt).toBeUndefined();
      expect(t.missing).toEqual(['dueAt']);
      expect(slaStatusFrom(t.dueAt, NOW, 'UTC')).toBeUndefined();
    });

    test('targets already met or paused are not the one that runs', async () => {
      const slas = {
        policy_metrics: [
          { breach_at: '2026-11-18T13:12:00Z', stage: 'achieved', metric: 'first_reply_time' },
          { breach_at: '2026-11-19T10:00:00Z', stage: 'paused', metric: 'agent_work_time' },
          { breach_at: 'soon', stage: 'active', metric: 'next_reply_time' },
        ],
      };
      const t = await zendesk.read(parseHtml(''), TICKET_URL, withTicket({ slas }));
      expect(t.dueAt).toBeUndefined();
    });
  });

  test('only reads: every request is a credentialed GET to the ticket origin', async () => {
    const fetchFn = fixtureFetch();
    await zendesk.read(parseHtml(''), TICKET_URL, fetchFn);

    expect(fetchFn.mock.calls.map(([url]) => url).sort()).toEqual([COMMENTS_API, TICKET_API].sort());
    for (const [, init] of fetchFn.mock.calls) {
      const options = (init ?? {}) as Record<string, unknown>;
      expect(options.method ?? 'GET').toBe('GET');
      expect(options.body).toBeUndefined();
      expect(options.credentials).toBe('include');
      expect(options.signal).toBeDefined();
    }
  });
});

describe('falling back to the page when the API does not answer', () => {
  const otherTicket = () => {
    const body = ticketJson();
    (body.ticket as Record<string, unknown>).id = 4700;
    return body;
  };
  const cases: [string, () => FakeResponse | Promise<FakeResponse>][] = [
    ['403 Forbidden', () => json({ error: 'Forbidden' }, 403)],
    ['401 Unauthorized', () => json({ error: "Couldn't authenticate you" }, 401)],
    ['a network error', () => Promise.reject(new TypeError('Failed to fetch'))],
    [
      'a body that is not JSON',
      () => ({
        ok: true,
        status: 200,
        json: () => Promise.reject(new SyntaxError("Unexpected token '<'")),
      }),
    ],
    ['JSON for a different ticket', () => json(otherTicket())],
    ['JSON without a ticket', () => json({ ticket: null, users: [] })],
  ];

  test.each(cases)('%s', async (_name, answer) => {
    const fetchFn = fakeFetch({ [TICKET_API]: answer, [COMMENTS_API]: () => json(commentsJson()) });
    const t = await zendesk.read(parseHtml(ticketHtml()), TICKET_URL, fetchFn);

    expect(fetchFn).toHaveBeenCalled();
    expect(t).toMatchObject({
      helpdesk: 'zendesk',
      ticketId: '4821',
      source: 'dom',
      subject: 'Data export stops at 10,000 rows for large accounts',
      requester: { name: 'Dana Whitfield', email: 'dana@acme.example' },
      organization: 'Acme Corp',
      status: 'Open',
      priority: 'Urgent',
      tags: ['export', 'enterprise', 'data_loss'],
      createdAt: '2026-11-18T09:12:00Z',
      updatedAt: '2026-11-19T09:30:00Z',
    });
    expect(roles(t)).toEqual(ROLES);
    expect(t.messages?.[0]?.text).toContain('ERROR ExportJobError: cursor expired after page 100');
    // The hidden pane of a previously opened ticket must not leak into this one.
    const all = JSON.stringify(t);
    expect(all).not.toContain('Cannot reset password');
    expect(all).not.toContain('Lee Park');
    expect(all).not.toContain('globex');
    expect(t.missing).toEqual(['dueAt']);
  });

  test('without a fetch function the page is read directly', async () => {
    const t = await zendesk.read(parseHtml(ticketHtml()), TICKET_URL);
    expect(t.source).toBe('dom');
    expect(roles(t)).toEqual(ROLES);
  });

  test('keeps paragraph breaks of a message read from the page', async () => {
    const t = await zendesk.read(parseHtml(ticketHtml()), TICKET_URL);
    expect(t.messages?.[1]?.text).toBe(
      "Thanks Dana, I can reproduce this on our side and I'm looking into it now.\nI'll update you by tomorrow morning.",
    );
  });

  test('keeps the cells of a table in an email apart, one row per line, and its error rows are evidence', async () => {
    const table =
      '<p>Here are the failing jobs:</p><table><tr><th>Job</th><th>Rows</th><th>Status</th></tr>' +
      '<tr><td>exp_101</td><td>10000</td><td>completed</td></tr><tr><td>exp_102</td><td>10000</td><td>HTTP 500</td></tr></table>';
    const page = ticketHtml().replace(
      /(<div data-test-id="omni-log-message-content">)\s*<p>Since Monday/,
      `$1${table}<p>Since Monday`,
    );
    const t = await zendesk.read(parseHtml(page), TICKET_URL);
    expect(t.messages?.[0]?.text).toMatch(
      /^Here are the failing jobs:\nJob \| Rows \| Status\nexp_101 \| 10000 \| completed\nexp_102 \| 10000 \| HTTP 500\nSince Monday/,
    );
    expect(findErrorLines(t.messages)).toContain('exp_102 | 10000 | HTTP 500');
  });

  test('a layout table around paragraphs adds no separators', async () => {
    const layout = '<table><tr><td><p>Hello team,</p></td><td><p>Export is broken again.</p></td></tr></table>';
    const page = ticketHtml().replace(
      /(<div data-test-id="omni-log-message-content">)\s*<p>Since Monday/,
      `$1${layout}<p>Since Monday`,
    );
    const t = await zendesk.read(parseHtml(page), TICKET_URL);
    expect(t.messages?.[0]?.text).toMatch(/^Hello team,\nExport is broken again\.\nSince Monday/);
  });

  test(`gives up on the API after ${API_TIMEOUT_MS} ms and reads the page`, async () => {
    vi.useFakeTimers();
    const signals: AbortSignal[] = [];
    const fetchFn = vi.fn<FetchLike>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          const signal = init?.signal;
          if (!signal) return; // never settles: the test then times out instead of passing
          signals.push(signal);
          signal.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
        }),
    );
    let settled = false;
    const reading = zendesk.read(parseHtml(ticketHtml()), TICKET_URL, fetchFn).finally(() => {
      settled = true;
    });

    await vi.advanceTimersByTimeAsync(API_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    expect(signals).toHaveLength(2);
    expect(signals.some((s) => s.aborted)).toBe(false);

    await vi.advanceTimersByTimeAsync(1);
    const t = await reading;
    expect(signals.every((s) => s.aborted)).toBe(true);
    expect(t.source).toBe('dom');
    expect(t.subject).toBe('Data export stops at 10,000 rows for large accounts');
  });
});

describe('comment pagination', () => {
  const PAGE_2 = `${ORIGIN}/api/v2/tickets/4821/comments.json?include=users&page=2`;

  function split(next: string) {
    const all = commentsJson();
    const first = { ...all, comments: all.comments.slice(0, 2), next_page: next };
    const second = { ...all, comments: all.comments.slice(2), next_page: null };
    return { first, second };
  }

  test('follows next_page on the same origin', async () => {
    const { first, second } = split(PAGE_2);
    const fetchFn = fakeFetch({
      [TICKET_API]: () => json(ticketJson()),
      [COMMENTS_API]: () => json(first),
      [PAGE_2]: () => json(second),
    });
    const t = await zendesk.read(parseHtml(''), TICKET_URL, fetchFn);

    expect(t.source).toBe('api');
    expect(fetchFn.mock.calls.map(([url]) => url)).toContain(PAGE_2);
    expect(roles(t)).toEqual(ROLES);
  });

  test.each([
    'https://evil.example/api/v2/tickets/4821/comments.json?page=2',
    'https://acme.zendesk.com.evil.example/api/v2/tickets/4821/comments.json?page=2',
    'http://acme.zendesk.com/api/v2/tickets/4821/comments.json?page=2',
    'javascript:alert(1)',
  ])('does not fetch a next_page elsewhere, and the thread is then the page’s: %s', async (next) => {
    const { first, second } = split(next);
    const fetchFn = fakeFetch({
      [TICKET_API]: () => json(ticketJson()),
      [COMMENTS_API]: () => json(first),
      [next]: () => json(second),
    });
    const t = await zendesk.read(parseHtml(ticketHtml()), TICKET_URL, fetchFn);

    expect(fetchFn.mock.calls.map(([url]) => url)).not.toContain(next);
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(t.source).toBe('api');
    // The comments past the first page were not read: the first two are not the thread.
    expect(roles(t)).toEqual(ROLES);
  });

  test('past the page cap: the first page and the newest pages, oldest first, and the thread says it was cut', async () => {
    const per = 2;
    const all = commentsJson();
    const comment = (n: number) => ({ ...(all.comments[0] as object), id: n, plain_body: `c${n}`, created_at: null });
    const NEWEST = `${COMMENTS_API}&sort_order=desc`;
    // 50 comments, 2 a page: page 1 ascending, then the newest pages descending.
    const desc = (p: number) => `${NEWEST}&page=${p}`;
    const routes: Record<string, () => FakeResponse> = {
      [TICKET_API]: () => json(ticketJson()),
      [COMMENTS_API]: () => json({ ...all, comments: [comment(1), comment(2)], next_page: PAGE_2, count: 50 }),
      [NEWEST]: () => json({ ...all, comments: [comment(50), comment(49)], next_page: desc(2), count: 50 }),
    };
    for (let p = 2; p <= 25; p++) {
      const top = 50 - (p - 1) * per;
      routes[desc(p)] = () => json({ ...all, comments: [comment(top), comment(top - 1)], next_page: desc(p + 1) });
    }
    const fetchFn = fakeFetch(routes);
    const t = await zendesk.read(parseHtml(''), TICKET_URL, fetchFn);

    expect(fetchFn.mock.calls.map(([url]) => url)).not.toContain(PAGE_2);
    expect(t.messages?.map((m) => m.text)).toEqual(['c1', 'c2', ...Array.from({ length: 18 }, (_, i) => `c${33 + i}`)]);
    expect(t.truncated).toMatchObject({ keptMessages: 20, totalMessages: 50 });
  });

  test.each<[string, unknown]>([
    ['50.5', 50.5],
    ['"Infinity"', 'Infinity'],
    ['-3', -3],
  ])('a comment count of %s is no count: the ticket is read, with no cut notice', async (_name, count) => {
    const all = commentsJson();
    const comment = (n: number) => ({ ...(all.comments[0] as object), id: n, plain_body: `c${n}`, created_at: null });
    const NEWEST = `${COMMENTS_API}&sort_order=desc`;
    const fetchFn = fakeFetch({
      [TICKET_API]: () => json(ticketJson()),
      [COMMENTS_API]: () => json({ ...all, comments: [comment(1), comment(2)], next_page: PAGE_2, count }),
      [PAGE_2]: () => json({ ...all, comments: [comment(3)], next_page: null }),
      [NEWEST]: () => json({ ...all, comments: [comment(50), comment(49)], next_page: `${NEWEST}&page=2` }),
    });
    const t = await zendesk.read(parseHtml(''), TICKET_URL, fetchFn);

    expect(TicketContext.safeParse(t).success).toBe(true);
    expect(t.messages?.map((m) => m.text)).toEqual(['c1', 'c2', 'c3']);
    expect(t.truncated).toBeUndefined();
  });

  describe('more pages than the cap and no usable count', () => {
    const all = commentsJson();
    const comment = (n: number) => ({ ...(all.comments[0] as object), id: n, plain_body: `c${n}`, created_at: null });
    const pageAt = (p: number) => `${ORIGIN}/api/v2/tickets/4821/comments.json?include=users&page=${p}`;
    // 2 comments a page and always a next page: the list runs on past the ten pages read.
    const endless = (count: unknown) => {
      const routes: Record<string, () => FakeResponse> = {
        [TICKET_API]: () => json(ticketJson()),
        [COMMENTS_API]: () => json({ ...all, comments: [comment(1), comment(2)], next_page: pageAt(2), count }),
        [`${COMMENTS_API}&sort_order=desc`]: () => json({ ...all, comments: [comment(99)], next_page: null }),
      };
      for (let p = 2; p <= 30; p++) {
        routes[pageAt(p)] = () =>
          json({ ...all, comments: [comment(2 * p - 1), comment(2 * p)], next_page: pageAt(p + 1) });
      }
      return fakeFetch(routes);
    };

    test.each<[string, unknown]>([
      ['no count', undefined],
      ['a count smaller than the pages show', 5],
    ])(
      '%s: the pages read, then the page’s thread with its latest reply, and the thread says those between may be missing; the rest the API’s',
      async (_name, count) => {
        const t = await zendesk.read(parseHtml(ticketHtml()), TICKET_URL, endless(count));
        expect(t).toMatchObject({ source: 'api', subject: 'Data export stops at 10,000 rows for large accounts' });
        expect(t.customFields).toEqual({ '360001': 'reports' });
        expect(t.messages?.slice(0, 20).map((m) => m.text)).toEqual(Array.from({ length: 20 }, (_, i) => `c${i + 1}`));
        expect(roles(t)?.slice(20)).toEqual(ROLES);
        expect(t.messages?.at(-1)?.text).toContain('I will update you by 5pm');
        expect(t.truncated).toMatchObject({ keptMessages: 25, uncounted: true });
      },
    );

    test('no thread on the page: the thread is listed as not read, not the oldest pages', async () => {
      const t = await zendesk.read(parseHtml('<p>loading</p>'), TICKET_URL, endless(undefined));
      expect(t.messages?.length ?? 0).toBe(0);
      expect(t.missing).toContain('messages');
    });
  });

  test('stops following a next_page that never ends, and the thread is then the page’s', async () => {
    const { first } = split(PAGE_2);
    const fetchFn = fakeFetch({
      [TICKET_API]: () => json(ticketJson()),
      [COMMENTS_API]: () => json(first),
      [PAGE_2]: () => json(first), // points at itself forever
    });
    const t = await zendesk.read(parseHtml(ticketHtml()), TICKET_URL, fetchFn);

    expect(t.source).toBe('api');
    const pageCalls = fetchFn.mock.calls.filter(([url]) => url === PAGE_2);
    expect(pageCalls.length).toBeGreaterThan(0);
    expect(pageCalls.length).toBeLessThan(10);
    expect(roles(t)).toEqual(ROLES);
  });
});

describe('a colleague of the requester on CC, read from the page', () => {
  const colleague = (mark: string) => `<article data-test-id="omni-log-comment-item">
        <span data-test-id="omni-log-item-sender">Raj Patel</span>
        <time data-test-id="timestamp-relative" datetime="2026-11-19T16:30:00Z">Nov 19</time>
        <div data-test-id="omni-log-item-message"${mark}><div data-test-id="omni-log-message-content"><p>Still broken for all of finance, we need an answer today.</p></div></div>
      </article>
    </div>
  </section>`;
  const withColleague = (mark: string) =>
    ticketHtml().replace(/<\/article>\s*<\/div>\s*<\/section>(?![\s\S]*<\/section>)/, `</article>\n${colleague(mark)}`);

  test('is the customer’s when the page marks the message an end user’s; the last update stays the agent’s', async () => {
    const t = await zendesk.read(parseHtml(withColleague(' type="end-user"')), TICKET_URL);
    expect(t.messages?.at(-1)).toMatchObject({ author: 'Raj Patel', role: 'customer' });
    expect(roles(t)?.slice(0, -1)).toEqual(ROLES);
    const draft = draftFromTicket(t, { id: 'esc-1', now: new Date('2026-11-19T17:00:00Z') });
    expect(draft.communication.lastUpdate.text).toContain('I will update you by 5pm');
  });

  test('the page’s mark wins over the name; without a mark only the requester is the customer', async () => {
    const agent = await zendesk.read(
      parseHtml(withColleague(' type="agent"').replace('>Raj Patel<', '>Dana Whitfield<')),
      TICKET_URL,
    );
    expect(agent.messages?.at(-1)?.role).toBe('agent');
    const unmarked = await zendesk.read(parseHtml(withColleague('')), TICKET_URL);
    expect(unmarked.messages?.at(-1)?.role).toBe('agent');
  });
});

describe('reading the page', () => {
  test('the same comment drawn twice is one message of the thread', async () => {
    const opening =
      /<article data-test-id="omni-log-comment-item">\s*<span data-test-id="omni-log-item-sender">Dana Whitfield[\s\S]*?<\/article>/;
    const html = ticketHtml().replace(opening, '$&$&');
    expect(
      parseHtml(html).querySelectorAll('[data-ticket-id="4821"] [data-test-id="omni-log-comment-item"]'),
    ).toHaveLength(6);

    const t = await zendesk.read(parseHtml(html), TICKET_URL);
    expect(roles(t)).toEqual(ROLES);
    expect(t.truncated).toBeUndefined();
  });

  test('a page without ticket panes is read as a whole', async () => {
    const html = ticketHtml()
      .replace(/<section data-ticket-id="4700"[\s\S]*?<\/section>/, '')
      .replace(' data-ticket-id="4821"', '');
    const doc = parseHtml(html);
    expect(doc.querySelector('[data-ticket-id]')).toBeNull();

    const t = await zendesk.read(doc, TICKET_URL);
    expect(t).toMatchObject({
      source: 'dom',
      subject: 'Data export stops at 10,000 rows for large accounts',
      requester: { name: 'Dana Whitfield', email: 'dana@acme.example' },
      organization: 'Acme Corp',
    });
    expect(roles(t)).toEqual(ROLES);
  });

  test('a URL that is not a ticket reads nothing and says so', async () => {
    const fetchFn = fixtureFetch();
    const t = await zendesk.read(parseHtml(ticketHtml()), new URL(`${ORIGIN}/agent/dashboard`), fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(t.subject).toBeUndefined();
    expect(t.messages).toBeUndefined();
    expect(t.missing).toContain('ticketId');
    expect(t.missing).toContain('messages');
  });

  test('hostile ticket text comes back as literal text and nothing runs', async () => {
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    try {
      const doc = parseHtml(hostileTicket(4822));
      const t = await zendesk.read(doc, new URL(`${ORIGIN}/agent/tickets/4822`));

      expect(t.source).toBe('dom');
      expect(t.subject).toBe('<img src=x onerror=alert(1)> **Export** `broken` \u202egnp.exe\u202c');
      expect(t.organization).toBe('Evil </textarea> Corp');
      expect(t.tags).toEqual(['<script>']);
      expect(t.requester?.email).toBe('mallory@evil.example');
      expect(t.messages?.[0]?.author).toBe('Mallory <b>Evil</b>');
      expect(t.messages?.[0]?.text).toBe(HOSTILE_TEXT.join('\n'));
      // The markup stayed text: no element was created from it, and no handler ran.
      expect(doc.querySelectorAll('img, script, b').length).toBe(0);
      expect(alert).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('panes exist but none is this ticket yet: nothing from another ticket is read', async () => {
    const doc = parseHtml(ticketHtml().replace('data-ticket-id="4821"', 'data-ticket-id="4822"'));
    const t = await zendesk.read(doc, TICKET_URL);
    expect(t.ticketId).toBe('4821');
    expect(t.subject).toBeUndefined();
    expect(t.requester).toBeUndefined();
    expect(t.messages).toBeUndefined();
    expect(t.missing).toEqual(expect.arrayContaining(['subject', 'requester', 'messages']));
  });

  test('a requester name with brackets is kept whole and still marks the customer', async () => {
    const doc = parseHtml(ticketHtml().replaceAll('Dana Whitfield', 'Dana Whitfield (Acme)'));
    const t = await zendesk.read(doc, TICKET_URL);
    expect(t.requester).toEqual({ name: 'Dana Whitfield (Acme)', email: 'dana@acme.example' });
    expect(roles(t)).toEqual(ROLES);
  });

  test('the hostile requester is recognised as the customer of their own messages', async () => {
    const t = await zendesk.read(parseHtml(hostileTicket(4822)), new URL(`${ORIGIN}/agent/tickets/4822`));
    expect(t.requester?.name).toBe('Mallory <b>Evil</b>');
    expect(t.messages?.map((m) => m.role)).toEqual(['customer', 'agent']);
  });

  test('a huge thread is cut to the caps and says how much was kept', async () => {
    const t = await zendesk.read(parseHtml(longThread(5000, 1200, 4500)), new URL(`${ORIGIN}/agent/tickets/5000`));
    const messages = t.messages ?? [];
    const chars = messages.reduce((n, m) => n + m.text.length, 0);

    expect(t.truncated).toBeDefined();
    expect(t.truncated?.totalMessages).toBe(1200);
    expect(t.truncated?.keptMessages).toBe(messages.length);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.length).toBeLessThan(1200);
    expect(t.truncated?.keptChars).toBeLessThanOrEqual(THREAD_CHAR_CAP);
    expect(chars).toBeLessThanOrEqual(THREAD_CHAR_CAP + messages.length);
    // The report itself and the most recent messages are the ones kept.
    expect(messages[0]?.text.startsWith('Message 1.\n')).toBe(true);
    expect(messages[1]?.text.startsWith(`Message ${1200 - messages.length + 2}.\n`)).toBe(true);
    expect(messages.at(-1)?.text.startsWith('Message 1200.\n')).toBe(true);
  }, 30_000);
});
