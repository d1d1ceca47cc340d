import { describe, expect, test, vi } from 'vitest';
import type { TicketContext } from '../../../lib/escalation/model';
import { helpscout, helpscoutSite, threadRole } from '../../../lib/helpdesks/helpscout';
import { hostMatches } from '../../../lib/helpdesks/registry';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'helpscout');
if (!file) throw new Error('test/fixtures/helpscout/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const html = (c: FixtureCase) => fixtureText('helpscout', c.page);
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const read = (page: string, url = ordinary.url) => helpscout.read(parseHtml(page), new URL(url));

type PageModule = { longTicket(count: number): { url: string; html: string } };
const PAGES = '../../../scripts/pages/helpscout.mjs';
const pages = () => import(/* @vite-ignore */ PAGES) as Promise<PageModule>;

const threadEl = (attrs: string) => {
  const el = parseHtml(`<div id="thread-1" ${attrs}></div>`).getElementById('thread-1');
  if (!el) throw new Error('no thread');
  return el;
};

describe('help scout URLs', () => {
  test.each([
    ['https://secure.helpscout.net/conversation/2615606748/19839', '2615606748'],
    ['https://secure.helpscout.net/conversation/2615606748/19839/', '2615606748'],
    ['https://secure.helpscout.net/conversation/1420887033/6577?folderId=1781329', '1420887033'],
    ['https://secure.helpscout.net/conversation/3165421267/', '3165421267'],
    ['https://secure.helpscout.net/conversation/3165421267', '3165421267'],
    ['https://secure.helpscout.net/conversation/2615606748/19839#thread-7812005', '2615606748'],
    ['https://secure.helpscout.net/mailbox/25135/1781329/', null],
    ['https://secure.helpscout.net/conversation/new', null],
    ['https://secure.helpscout.net/conversations/2615606748/19839', null],
    ['https://secure.helpscout.net/customer/12079468/0/', null],
    ['https://secure.helpscout.net/conversation/26156abc/19839', null],
  ])('%s -> %s', (href, id) => {
    expect(helpscoutSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['secure.helpscout.net', true],
    ['helpscout.net', false],
    ['api.helpscout.net', false],
    ['secure.helpscout.net.evil.example', false],
    ['evilsecure.helpscout.net', false],
  ])('host %s is Help Scout: %s', (host, yes) => {
    expect(helpscoutSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });
});

describe('thread types', () => {
  test.each([
    ['class="thread customer"', 'customer'],
    ['class="thread-item is-customer"', 'customer'],
    ['class="thread message"', 'agent'],
    ['class="thread-item is-message"', 'agent'],
    ['class="thread-item" data-thread-type="reply"', 'agent'],
    ['class="thread phone"', 'agent'],
    ['class="thread note"', 'note'],
    ['class="thread-item is-note"', 'note'],
    ['class="thread forwardparent"', 'note'],
    ['class="thread lineitem"', null],
    ['class="thread-item singleLine"', null],
    ['class="thread chat is-customer"', 'customer'],
    ['class="thread chat"', 'agent'],
    ['class="thread beaconchat is-customer"', 'customer'],
    ['class="thread forwardchild"', 'agent'],
    ['class="thread-item" data-thread-type="Customer"', 'customer'],
    // Class names that only contain a type word are not types.
    ['class="thread-item messageBody-wrapper is-customer"', 'customer'],
  ])('%s is read as %s', (attrs, role) => {
    expect(threadRole(threadEl(attrs))).toBe(role);
  });
});

describe('reading a Help Scout conversation', () => {
  test('reads threads in order, without line items or the unsent draft', async () => {
    const t = await read(html(ordinary));
    expect(t.messages?.map((m) => [m.author, m.role, m.at])).toEqual([
      ['Léa Martin', 'customer', '2026-11-18T08:12:00Z'],
      ['Sam Rivera', 'agent', '2026-11-18T08:31:00Z'],
      ['Sam Rivera', 'note', '2026-11-18T08:40:00Z'],
      ['Léa Martin', 'customer', '2026-11-18T09:05:00Z'],
      ['Sam Rivera', 'agent', '2026-11-18T09:30:00Z'],
    ]);
    const texts = t.messages?.map((m) => m.text).join('\n') ?? '';
    expect(texts).not.toMatch(/assigned this conversation|changed the status|Draft:/);
  });

  test('keeps the conversation number from the URL, else from the header', async () => {
    expect((await read(html(ordinary))).customFields).toEqual({ number: '19839' });
    const t = await read(html(ordinary), 'https://secure.helpscout.net/conversation/2615606748/');
    expect(t.customFields).toEqual({ number: '19839' });
  });

  test('never reads the previous conversation peeked in the sidebar', async () => {
    const t = await read(html(ordinary));
    const everything = JSON.stringify(t);
    expect(everything).not.toContain('duplicate charge');
    expect(everything).not.toContain('charged twice');
    expect(t.status).toBe('Pending');
  });

  test('reads the peeked conversation when the URL names it', async () => {
    const t = await read(html(ordinary), 'https://secure.helpscout.net/conversation/2601100457/19210');
    expect(t.subject).toBe('Refund for duplicate charge');
    expect(t.status).toBe('Closed');
    expect(t.messages?.map((m) => m.text)).toEqual(['We were charged twice for October.']);
  });

  test('reads nothing when no conversation in the page is the URL’s', async () => {
    const t = await read(html(ordinary), 'https://secure.helpscout.net/conversation/2699999999/20000');
    expect(t).toMatchObject({ source: 'dom', ticketId: '2699999999' });
    expect(t.subject).toBeUndefined();
    expect(t.messages).toBeUndefined();
    expect(t.requester).toBeUndefined();
  });

  test('lists what the page does not show: Help Scout has no priority', async () => {
    expect([...(await read(html(ordinary))).missing].sort()).toEqual(['dueAt', 'priority']);
    const t = await read(html(hard), hard.url);
    expect([...t.missing].sort()).toEqual(['dueAt', 'organization', 'priority', 'requester', 'tags']);
  });

  test('hostile text in a thread stays literal text', async () => {
    const doc = parseHtml(html(hard));
    const t = await helpscout.read(doc, new URL(hard.url));
    expect(t.messages?.find((m) => m.text.includes('onerror'))?.text).toBe(
      'Срочно! Это влияет на все филиалы.\n<img src=x onerror=alert(1)> **urgent** `rm -rf /` <script>alert("x")</script>',
    );
    expect(doc.querySelector('img, script')).toBeNull();
    expect(roles(t)?.length).toBe(28);
  });

  test('makes no network request, even when it could', async () => {
    const fetchFn = vi.fn<FetchLike>();
    const t = await helpscout.read(parseHtml(html(ordinary)), new URL(ordinary.url), fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(t.source).toBe('dom');
  });

  test('never throws on a page that is not what it expects', async () => {
    for (const page of ['', '<p>Loading…</p>', '<ol data-testid="ThreadContainer"><li id="thread-x"></li></ol>']) {
      const t = await read(page);
      expect(t).toMatchObject({ helpdesk: 'helpscout', source: 'dom', ticketId: '2615606748' });
      expect(t.missing).toContain('messages');
    }
  });
});

describe('the generated long conversation', () => {
  test.each([1, 7, 300])('reads all %i threads, in order', async (count) => {
    const { url, html: page } = (await pages()).longTicket(count);
    const t = await read(page, url);
    expect(t.messages?.length).toBe(count);
    expect(t.messages?.[count - 1]?.text.startsWith(`Message ${count}.`)).toBe(true);
    expect(roles(t)?.slice(0, 6)).toEqual(
      ['customer', 'agent', 'customer', 'agent', 'customer', 'note'].slice(0, count),
    );
    expect(t.customFields).toEqual({ number: '20999' });
  });
});
