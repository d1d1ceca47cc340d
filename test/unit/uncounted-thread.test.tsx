import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { TicketView } from '../../components/TicketView';
import { TicketContext } from '../../lib/escalation/model';
import { freshdesk } from '../../lib/helpdesks/freshdesk';
import { gorgias } from '../../lib/helpdesks/gorgias';
import { jira } from '../../lib/helpdesks/jira';
import { MAX_MESSAGES } from '../../lib/helpdesks/limits';
import type { FetchLike, HelpdeskReader } from '../../lib/helpdesks/types';
import { zendesk } from '../../lib/helpdesks/zendesk';
import { fixtureText, parseHtml } from './support/cases';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

// A thread longer than the pages a reader fetches, from a helpdesk that does not say how long: the API's pages
// hold its oldest messages, the page (virtualised, or lazy-loading older ones) only its newest.
const REPORT = 'Checkout fails with HTTP 502 for every EU store since the 09:00 deploy';
const NEWEST = 'We rolled the deploy back; checkout works again for the EU stores';
const BEFORE_NEWEST = 'Any news? Our Black Friday sale starts in two hours';
const minute = (n: number) => new Date(Date.UTC(2026, 10, 20, 9) + n * 60_000).toISOString();
// The page's two messages come well after anything the API read.
const PAGE_TIMES = [minute(5000), minute(5001)];

// The API's answers by path, from the query; another path, or `null`, is a 403, as a helpdesk answers without access.
type Routes = Record<string, (query: URLSearchParams) => unknown>;
const api = (routes: Routes) =>
  vi.fn<FetchLike>(async (url) => {
    const u = new URL(url);
    const body = routes[u.pathname]?.(u.searchParams) ?? null;
    return { ok: body !== null, status: body === null ? 403 : 200, json: async () => body };
  });

interface Case {
  reader: HelpdeskReader;
  url: string;
  routes: Routes;
  page: string;
  // Messages the API's pages hold (the report among them) and the page adds.
  read: number;
}

const zendeskCase = (): Case => {
  const all = JSON.parse(fixtureText('zendesk', 'api-comments-4821.json')) as { users: unknown[] };
  const comment = (n: number) => ({
    id: n,
    author_id: n % 2 ? 9001 : 7001,
    public: true,
    plain_body: n === 1 ? REPORT : `c${n}`,
    created_at: minute(n),
  });
  const origin = 'https://acme.zendesk.com';
  return {
    reader: zendesk,
    url: `${origin}/agent/tickets/4821`,
    // Two comments a page and always a next page, with no count.
    routes: {
      '/api/v2/tickets/4821.json': () => JSON.parse(fixtureText('zendesk', 'api-ticket-4821.json')),
      '/api/v2/tickets/4821/comments.json': (q) => {
        if (q.get('sort_order')) return null;
        const p = Number(q.get('page') ?? 1);
        const next = `${origin}/api/v2/tickets/4821/comments.json?include=users&page=${p + 1}`;
        return { users: all.users, comments: [comment(2 * p - 1), comment(2 * p)], next_page: next };
      },
    },
    page: `<section data-ticket-id="4821"><div data-test-id="omni-log-container">${[BEFORE_NEWEST, NEWEST]
      .map(
        (text, i) => `<article data-test-id="omni-log-comment-item">
          <span data-test-id="omni-log-item-sender">${i ? 'Sam Rivera' : 'Dana Whitfield'}</span>
          <time datetime="${PAGE_TIMES[i]}">Nov 23</time>
          <div data-test-id="omni-log-message-content"><p>${text}</p></div></article>`,
      )
      .join('')}</div></section>`,
    read: 20,
  };
};

const gorgiasCase = (): Case => {
  const message = (n: number) => ({
    id: n,
    from_agent: n % 2 === 0,
    public: true,
    sender: { name: n % 2 ? 'Léa Martin' : 'Noah Becker' },
    body_text: n === 1 ? REPORT : `m${n}`,
    created_datetime: minute(n),
  });
  return {
    reader: gorgias,
    url: 'https://acme-shop.gorgias.com/app/ticket/58213377',
    // The ticket's own list, a message a page with always a cursor on, and no messages_count.
    routes: {
      '/api/tickets/58213377': () => ({
        ...JSON.parse(fixtureText('gorgias', 'api-ticket-58213377.json')),
        messages_count: undefined,
      }),
      '/api/tickets/58213377/messages': (q) => {
        const n = Number(q.get('cursor') ?? 1);
        return { data: [message(n)], meta: { next_cursor: String(n + 1) } };
      },
    },
    page: `<div aria-label="Ticket thread" role="list">${[BEFORE_NEWEST, NEWEST]
      .map(
        (text, i) => `<div data-variant="${i ? 'from-agent' : 'regular'}" class="MessageBubble--messageBubble--q8x0d">
          <div class="MessageSender--nameSlot--y71j1"><span>${i ? 'Noah Becker' : 'Léa Martin'}</span></div>
          <div class="message-content">${text}</div></div>`,
      )
      .join('')}</div>`,
    read: 10,
  };
};

const jiraCase = (): Case => {
  const issue = JSON.parse(fixtureText('jira', 'api-issue-SUP-1234.json')) as { fields: Record<string, unknown> };
  const comment = (n: number) => ({ id: String(n), author: { accountId: 's' }, body: `c${n}`, created: minute(n) });
  return {
    reader: jira,
    url: 'https://acme.atlassian.net/browse/SUP-1234',
    // Full pages of two comments, on and on, with no total.
    routes: {
      '/rest/api/2/issue/SUP-1234': () => ({ ...issue, fields: { ...issue.fields, description: REPORT } }),
      '/rest/api/2/issue/SUP-1234/comment': (q) => {
        const at = Number(q.get('startAt'));
        return { startAt: at, maxResults: 2, comments: [comment(at + 1), comment(at + 2)] };
      },
    },
    // The issue view shows the description (the same report, which is read once) and the newest two comments.
    page: `<div data-testid="issue.views.field.rich-text.description"><p>${REPORT}</p></div>${[BEFORE_NEWEST, NEWEST]
      .map((text, i) => {
        const id = 90001 + i;
        const part = `issue-comment-base.ui.comment.ak-comment.${id}`;
        return `<div data-testid="comment-base-item-${id}">
          <div data-testid="${part}-header"><h3>${i ? 'Sam Rivera' : 'Dana Whitfield'}</h3>
          <time datetime="${PAGE_TIMES[i]}">Nov 23</time></div>
          <div data-testid="${part}-body"><p>${text}</p></div></div>`;
      })
      .join('')}`,
    // The description and twenty comments.
    read: 21,
  };
};

const freshdeskCase = (): Case => {
  const ticket = JSON.parse(fixtureText('freshdesk', 'api-ticket-58217.json')) as Record<string, unknown>;
  const conversation = (n: number) => ({
    id: 43110000000 + n,
    body_text: `c${n}`,
    incoming: n % 2 === 1,
    private: false,
    created_at: minute(n),
  });
  const conversations = (from: number, count: number) =>
    Array.from({ length: count }, (_, i) => conversation(from + i));
  return {
    reader: freshdesk,
    url: 'https://acme.freshdesk.com/a/tickets/58217',
    // Ten embedded, then full pages of a hundred, oldest first, on and on (the list has no count).
    routes: {
      '/api/v2/tickets/58217': () => ({
        ...ticket,
        description_text: REPORT,
        description: REPORT,
        conversations: conversations(1, 10),
      }),
      '/api/v2/tickets/58217/conversations': (q) => conversations((Number(q.get('page')) - 1) * 100 + 1, 100),
    },
    // The page shows the description (the same report, which is read once) and the newest two.
    page: `<div class="ticket-details-wrapper">
      <div data-album="ticket_58217"><span data-test-id="user-name"><b>Priya Natarajan</b></span>
      <div id="ticket_original_request">${REPORT}</div></div>
      ${[BEFORE_NEWEST, NEWEST]
        .map(
          (text, i) => `<div data-test-id="conversation-wrapper" data-album="note_${43120000000 + i}">
          <span data-test-id="user-name"${i ? ' data-test-is-agent="true"' : ''}><b>${i ? 'Sam Rivera' : 'Priya Natarajan'}</b></span>
          <time datetime="${PAGE_TIMES[i]}">Nov 23</time>
          <div data-test-conversation="conversation-text">${text}</div></div>`,
        )
        .join('')}</div>`,
    // The description and a thousand conversations (with the page's two, more than a thread keeps).
    read: 1001,
  };
};

beforeEach(() => serveLocaleMessages());
afterEach(() => vi.unstubAllGlobals());

// The Ticket card in English, its thread opened.
async function card(ticket: TicketContext): Promise<string> {
  const host = await mount(
    <I18nProvider locale="en">
      <TicketView ticket={ticket} timeZone="UTC" />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.querySelector('details')).not.toBeNull());
  const thread = host.querySelector('details') as HTMLDetailsElement;
  act(() => {
    thread.open = true;
    thread.dispatchEvent(new Event('toggle'));
  });
  return host.textContent ?? '';
}

describe('a long thread the helpdesk does not count, whose page shows only the newest messages', () => {
  test.each([
    ['Zendesk', zendeskCase],
    ['Gorgias', gorgiasCase],
    ['Jira', jiraCase],
    ['Freshdesk', freshdeskCase],
  ])(
    '%s: the card keeps the original report and the newest reply, and says the middle may be missing',
    async (_name, make) => {
      const c = make();
      const t = TicketContext.parse(await c.reader.read(parseHtml(c.page), new URL(c.url), api(c.routes)));
      expect(t.source).toBe('api');
      const text = await card(t);
      expect(text).toContain(REPORT);
      expect(text.split(REPORT)).toHaveLength(2);
      expect(text).toContain(BEFORE_NEWEST);
      expect(text).toContain(NEWEST);
      expect(t.messages?.[0]?.text).toBe(REPORT);
      expect(t.messages?.at(-1)?.text).toBe(NEWEST);
      expect(text).toContain(
        `Very long thread, and the helpdesk does not say how many messages it has: showing ${Math.min(c.read + 2, MAX_MESSAGES).toLocaleString('en')} (`,
      );
      expect(text).toContain('Messages in between may be left out');
    },
  );
});

test('Zendesk: a page that shows the last comments read continues them: each comment once, and no notice', async () => {
  const c = zendeskCase();
  // The page shows the last two comments the API read (as HTML, its own way) and two newer ones.
  const page = `<section data-ticket-id="4821"><div data-test-id="omni-log-container">${[
    [minute(19), '<p>C19</p>'],
    [minute(20), '<p><b>c20</b></p>'],
    [minute(21), `<p>${BEFORE_NEWEST}</p>`],
    [minute(22), `<p>${NEWEST}</p>`],
  ]
    .map(
      ([time, body]) => `<article data-test-id="omni-log-comment-item">
        <span data-test-id="omni-log-item-sender">Sam Rivera</span><time datetime="${time}">Nov 20</time>
        <div data-test-id="omni-log-message-content">${body}</div></article>`,
    )
    .join('')}</div></section>`;
  const t = TicketContext.parse(await c.reader.read(parseHtml(page), new URL(c.url), api(c.routes)));
  expect(t.messages?.map((m) => m.text)).toEqual([
    REPORT,
    ...Array.from({ length: 19 }, (_, i) => `c${i + 2}`),
    BEFORE_NEWEST,
    NEWEST,
  ]);
  expect(t.truncated).toBeUndefined();
  expect(await card(t)).not.toContain('Very long thread');
});
