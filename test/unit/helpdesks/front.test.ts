import { describe, expect, test, vi } from 'vitest';
import type { TicketContext } from '../../../lib/escalation/model';
import { draftFromTicket } from '../../../lib/escalation/prefill';
import { conversationId, front, frontSite, person } from '../../../lib/helpdesks/front';
import { hostMatches } from '../../../lib/helpdesks/registry';
import type { FetchLike } from '../../../lib/helpdesks/types';
import { caseFiles, type FixtureCase, fixtureText, parseHtml } from '../support/cases';

const file = caseFiles().find((f) => f.helpdesk === 'front');
if (!file) throw new Error('test/fixtures/front/cases.json is missing');
const [ordinary, hard] = file.cases as [FixtureCase, FixtureCase];
const html = (c: FixtureCase) => fixtureText('front', c.page);
const roles = (t: TicketContext) => t.messages?.map((m) => m.role);
const read = (page: string | Document, url = ordinary.url) =>
  front.read(typeof page === 'string' ? parseHtml(page) : page, new URL(url));

type PageModule = { longTicket(count: number): { url: string; html: string } };
const PAGES = '../../../scripts/pages/front.mjs';
const pages = () => import(/* @vite-ignore */ PAGES) as Promise<PageModule>;

const message = (sender: string, body: string, title = '') =>
  `<div data-testid="message"><span data-testid="message-sender"${title ? ` title="${title}"` : ''}>${sender}</span>
   <div data-testid="message-body"><p>${body}</p></div></div>`;

describe('front URLs', () => {
  test.each([
    ['https://app.frontapp.com/open/cnv_1jogvq06', 'cnv_1jogvq06'],
    ['https://app.frontapp.com/open/cnv_55c8c149?key=x', 'cnv_55c8c149'],
    ['https://app.frontapp.com/conversations/cnv_a73yqx', 'cnv_a73yqx'],
    ['https://app.frontapp.com/inboxes/teammates/1849201/inbox/open/3/cnv_abc123', 'cnv_abc123'],
    ['https://app.frontapp.com/inboxes/shared/support/open/0/cnv_1jq8k2xa', 'cnv_1jq8k2xa'],
    ['https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned/120537545061', 'cnv_1jdgxx0l'],
    ['https://app.frontapp.com/inboxes/teams/views/15931074/open/7762260226', 'cnv_3kdg6bm'],
    ['https://app.frontapp.com/inboxes/teams/views/15931074/open/121202570598', 'cnv_1jogvq06'],
    [
      'https://us-mobile.frontapp.com/inboxes/teams/folders/39382/archived/20342168781',
      `cnv_${(20342168781).toString(36)}`,
    ],
    ['https://app.frontapp.com/inboxes/teams/folders/7256583/unassigned', null],
    ['https://app.frontapp.com/inboxes/shared/support/open/0', null],
    ['https://app.frontapp.com/inboxes/teams/4808209/search/workspace/dana%40acme.example/0', null],
    ['https://app.frontapp.com/inboxes/teams/4808209/search/workspace/open/0', null],
    ['https://app.frontapp.com/settings/tools', null],
    ['https://app.frontapp.com/open/msg_8f3k2', null],
    ['https://app.frontapp.com/open-sidebar-plugin/40a4eae201a760d1', null],
  ])('%s -> %s', (href, id) => {
    expect(frontSite.ticketIn(new URL(href))?.ticketId ?? null).toBe(id);
  });

  test.each([
    ['app.frontapp.com', true],
    ['us-mobile.frontapp.com', true],
    ['frontapp.com', false],
    ['app.frontapp.com.evil.example', false],
    ['evilfrontapp.com', false],
  ])('host %s is Front: %s', (host, yes) => {
    expect(frontSite.hosts.some((h) => hostMatches(h, host))).toBe(yes);
  });

  test.each([
    ['cnv_1jogvq06', 'cnv_1jogvq06'],
    ['121202570598', 'cnv_1jogvq06'],
    [' 7762260226 ', 'cnv_3kdg6bm'],
    ['9007199254740993', `cnv_${(9007199254740993n).toString(36)}`],
    ['0', undefined],
    ['cnv_', undefined],
    ['CNV_ABC', undefined],
    ['msg_1abc', undefined],
    [null, undefined],
  ])('conversation id %s is %s', (value, id) => {
    expect(conversationId(value)).toBe(id);
  });
});

describe('senders', () => {
  test.each([
    ['<span title="dana@acme.example">Dana Whitfield</span>', { name: 'Dana Whitfield', email: 'dana@acme.example' }],
    ['<span>王伟 &lt;wang.wei@example.cn&gt;</span>', { name: '王伟', email: 'wang.wei@example.cn' }],
    ['<span>support@acme.example</span>', { name: undefined, email: 'support@acme.example' }],
    ['<span>Sam Rivera</span>', { name: 'Sam Rivera', email: undefined }],
  ])('%s', (markup, who) => {
    expect(person(parseHtml(markup).querySelector('span'))).toEqual(who);
  });

  test('inbound is the contact’s, outbound is a teammate’s, comments are notes', async () => {
    const page = `<div data-testid="contact-header"><span data-testid="contact-name">Dana</span>
      <span data-testid="contact-handle">dana@acme.example</span></div>
      ${message('Dana W.', 'in by email', 'dana@acme.example')}
      ${message('Dana', 'out: a teammate also called Dana', 'dana.ops@vendor.example')}
      <div data-testid="comment"><span data-testid="comment-author">Sam</span><div data-testid="comment-body">note</div></div>
      ${message('Dana', 'in by name')}`;
    const t = await read(page);
    expect(t.messages?.map((m) => [m.text, m.role])).toEqual([
      ['in by email', 'customer'],
      ['out: a teammate also called Dana', 'agent'],
      ['note', 'note'],
      ['in by name', 'customer'],
    ]);
  });
});

describe('a colleague of the requester on CC', () => {
  const contact = `<div data-testid="contact-header"><span data-testid="contact-name">Dana</span>
    <span data-testid="contact-handle">dana@northwind.example</span></div>`;

  test('writing from the requester’s mail domain is on the customer’s side, not an agent', async () => {
    const page = `${contact}
      ${message('Dana', 'Exports stop at 10,000 rows.', 'dana@northwind.example')}
      ${message('Sam Rivera', 'Looking into it.', 'sam@acme-support.example')}
      ${message('Raj Patel', 'Still broken for all of finance, we need an answer today.', 'raj@Northwind.example')}`;
    const t = await read(page);
    expect(t.messages?.map((m) => [m.author, m.role])).toEqual([
      ['Dana', 'customer'],
      ['Sam Rivera', 'agent'],
      ['Raj Patel', 'customer'],
    ]);
    const draft = draftFromTicket(t, { id: 'esc-1', now: new Date('2026-11-19T17:00:00Z') });
    expect(draft.communication.lastUpdate.text).toBe('Looking into it.');
  });

  test('where everyone writes from the requester’s domain (a company’s own help desk), only the requester is', async () => {
    const page = `${contact}
      ${message('Dana', 'My laptop will not boot.', 'dana@northwind.example')}
      ${message('IT Desk', 'Hold the power button for 10 s.', 'it@northwind.example')}`;
    expect(roles(await read(page))).toEqual(['customer', 'agent']);
  });
});

describe('reading a Front conversation', () => {
  test('reads messages and comments in order, with senders and times', async () => {
    const t = await read(html(ordinary));
    expect(t.messages?.map((m) => [m.author, m.role, m.at])).toEqual([
      ['Dana Whitfield', 'customer', '2026-11-18T08:02:00.000Z'],
      ['Sam Rivera', 'agent', '2026-11-18T08:40:00.000Z'],
      ['Sam Rivera', 'note', '2026-11-18T08:45:00.000Z'],
      ['Dana Whitfield', 'customer', '2026-11-18T10:15:00.000Z'],
      ['Noah Becker', 'agent', '2026-11-18T13:05:00.000Z'],
    ]);
    expect(JSON.stringify(t)).not.toContain('Draft reply');
  });

  test('never reads the other conversation still mounted in the page', async () => {
    const everything = JSON.stringify(await read(html(ordinary)));
    expect(everything).not.toContain('Priya');
    expect(everything).not.toContain('Globex');
    expect(everything).not.toContain('Archived');
  });

  test('reads the other conversation when the URL names it', async () => {
    const t = await read(html(ordinary), 'https://app.frontapp.com/open/cnv_1jogutel');
    expect(t).toMatchObject({
      ticketId: 'cnv_1jogutel',
      subject: 'Invoice PDF shows the wrong VAT number',
      status: 'Archived',
      requester: { name: 'Priya Natarajan', email: 'priya@globex.example' },
      organization: 'Globex',
    });
    expect(roles(t)).toEqual(['customer']);
  });

  test('reads nothing when no conversation in the page is the URL’s', async () => {
    const t = await read(html(ordinary), 'https://app.frontapp.com/open/cnv_1zzzzzzz');
    expect(t).toMatchObject({ source: 'dom', ticketId: 'cnv_1zzzzzzz' });
    expect(t.subject).toBeUndefined();
    expect(t.messages).toBeUndefined();
    // Not even the page title, which may still name the previous conversation.
    expect(t.missing).toContain('subject');
  });

  test('the page title is the subject when the header has none', async () => {
    const t = await read(html(hard), hard.url);
    expect(t.subject).toBe('导出在 10,000 行后停止 — 财务月结受阻');
    for (const [title, subject] of [
      ['Front', undefined],
      ['(4) Front', undefined],
      ['Re: Renewal quote | Front', 'Re: Renewal quote'],
      ['Renewal quote – Front', 'Renewal quote'],
    ] as const) {
      const t2 = await read(`<title>${title}</title>${message('A', 'x')}`);
      expect(t2.subject).toBe(subject);
    }
  });

  test('without a contact header, the first sender is the customer', async () => {
    const t = await read(html(hard), hard.url);
    expect(t.requester).toBeUndefined();
    expect(t.messages?.slice(0, 4).map((m) => [m.author, m.role])).toEqual([
      ['王伟', 'customer'],
      ['Sam Rivera', 'agent'],
      ['王伟', 'customer'],
      ['Sam Rivera', 'note'],
    ]);
    expect([...t.missing].sort()).toEqual(['dueAt', 'organization', 'priority', 'requester']);
  });

  test('hostile text in a message stays literal text', async () => {
    const doc = parseHtml(html(hard));
    const t = await read(doc, hard.url);
    expect(t.messages?.find((m) => m.text.includes('onerror'))?.text).toBe(
      '请尽快处理，这影响到我们所有的分公司。\n<img src=x onerror=alert(1)> **urgent** `rm -rf /` <script>alert("x")</script>',
    );
    expect(doc.querySelector('img, script')).toBeNull();
  });

  test('reads messages by their styled-components classes when data-testid is gone', async () => {
    const t = await read(`
      <div class="messageViewer__StyledWrapperDiv-sc-4d1f2a3b-0 kXyZa">
        <span class="messageHeader__StyledSenderSpan-sc-8e9f0a1b-0" title="dana@acme.example">Dana</span>
        <div class="messageBody__StyledBodyDiv-sc-1b2c3d4e-0"><p>It loops again</p></div></div>
      <div class="commentViewer__StyledWrapperDiv-sc-2e3f4a5b-0 eFgHiJ">
        <span class="commentViewer__StyledAuthorSpan-sc-2e3f4a5b-1">Sam</span>
        <div class="commentBody__StyledBodyDiv-sc-3f4a5b6c-0">Escalating to identity team</div></div>
      <div class="messageViewer__StyledWrapperDiv-sc-4d1f2a3b-0 kXyZa">
        <span class="messageHeader__StyledSenderSpan-sc-8e9f0a1b-0" title="sam@acme.example">Sam</span>
        <div class="messageBody__StyledBodyDiv-sc-1b2c3d4e-0"><p>We are on it</p></div></div>`);
    expect(t.messages?.map((m) => [m.author, m.role, m.text])).toEqual([
      ['Dana', 'customer', 'It loops again'],
      ['Sam', 'note', 'Escalating to identity team'],
      ['Sam', 'agent', 'We are on it'],
    ]);
  });

  test('reads message bodies rendered in open shadow roots', async () => {
    const doc = parseHtml(`${message('Dana', '')}`);
    const body = doc.querySelector('[data-testid="message-body"]');
    const shadow = body?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    shadow.innerHTML = '<div><p>Body inside the shadow root</p><p>second line</p></div>';
    const t = await read(doc);
    expect(t.messages?.map((m) => m.text)).toEqual(['Body inside the shadow root\nsecond line']);
  });

  test('reads an app rendered inside a top-level open shadow root', async () => {
    const doc = parseHtml('<div id="app-host"></div>');
    const shadow = doc.getElementById('app-host')?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    shadow.innerHTML = parseHtml(html(ordinary)).body.innerHTML;
    const t = await read(doc);
    expect(t.subject).toBe('SSO login loop after Okta certificate rotation');
    expect(roles(t)).toEqual(['customer', 'agent', 'note', 'customer', 'agent']);
  });

  test('makes no network request, even when it could', async () => {
    const fetchFn = vi.fn<FetchLike>();
    const t = await front.read(parseHtml(html(ordinary)), new URL(ordinary.url), fetchFn);
    expect(fetchFn).not.toHaveBeenCalled();
    expect(t.source).toBe('dom');
  });

  test('never throws on a page that is not what it expects', async () => {
    for (const page of [
      '',
      '<p>Loading…</p>',
      '<div data-testid="message"></div>',
      '<div data-conversation-id></div>',
    ]) {
      const t = await read(page);
      expect(t).toMatchObject({ helpdesk: 'front', source: 'dom', ticketId: 'cnv_1jogvq06' });
      expect(t.missing).toContain('messages');
    }
  });
});

describe('the generated long conversation', () => {
  test.each([1, 7, 300])('reads all %i messages, in order', async (count) => {
    const { url, html: page } = (await pages()).longTicket(count);
    const t = await read(page, url);
    expect(t.messages?.length).toBe(count);
    expect(t.messages?.[count - 1]?.text.startsWith(`Message ${count}.`)).toBe(true);
    expect(roles(t)?.slice(0, 6)).toEqual(
      ['customer', 'agent', 'customer', 'agent', 'customer', 'note'].slice(0, count),
    );
  });
});
