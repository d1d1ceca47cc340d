import { describe, expect, test } from 'vitest';
import type { FetchLike } from '../../lib/helpdesks/types';
import { caseFetch, caseFiles, type FixtureCase, fixtureText, loadReader, parseHtml } from './support/cases';

// A customer who opens a ticket with files only (a screenshot, a log) and no words: the thread still
// starts with their message, which names the files, and the ticket's created date is that message's.
const FILES = '[attachment: export-log.txt]\n[attachment: screenshot.png]';
const LIST =
  '<ul data-test-id="attachment-list" class="attachments"><li><a href="/attachments/1" download="export-log.txt">export-log.txt</a></li><li><a href="/attachments/2">screenshot.png</a></li></ul>';

const ordinary = (helpdesk: string): FixtureCase => {
  const c = caseFiles().find((f) => f.helpdesk === helpdesk)?.cases[0];
  if (!c) throw new Error(`no ordinary case for ${helpdesk}`);
  return c;
};

// The opening message of the URL's ticket, and the element its reader takes the text from.
const PAGE_OPENING: [helpdesk: string, item: string, body: string][] = [
  [
    'zendesk',
    '[data-ticket-id="4821"] [data-test-id="omni-log-comment-item"]',
    '[data-test-id="omni-log-message-content"]',
  ],
  ['helpscout', '#thread-7812001', '.thread-content'],
  ['front', '[data-conversation-id="cnv_1jogvq06"] [data-testid="message"]', '[data-testid="message-body"]'],
  [
    'intercom',
    '[data-conversation-id="215474005156281"] [data-intercom-target="conversation-stream-content-part"]',
    '.intercom-interblocks',
  ],
  ['freshdesk', '[data-album="ticket_58217"]', '#ticket_original_request,.text-content-wrapper'],
  [
    'zoho',
    '[data-id="subTab_705423000012345017"] [class*="-conversationlist-listContainer"]',
    '[data-id="threadContent"],[data-id="content"],[class*="-richtextcontent-"]',
  ],
  ['gorgias', '[data-variant][class*="messageBubble"]', '.message-content'],
  ['hubspot', '[data-selenium-id="88120001"]', '[data-selenium-test="timeline-editable-section"]'],
];

describe('read from the page, a first message with attachments only', () => {
  test.each(PAGE_OPENING)('%s: is kept, naming its files, and dates the ticket', async (helpdesk, item, body) => {
    const c = ordinary(helpdesk);
    const reader = await loadReader(helpdesk);
    const html = fixtureText(helpdesk, c.page);
    const before = await reader.read(parseHtml(html), new URL(c.url));
    const doc = parseHtml(html);
    const text = doc.querySelector(item)?.querySelector(body);
    if (!text) throw new Error(`no opening message in ${c.page}`);
    text.replaceChildren();
    text.insertAdjacentHTML('afterend', LIST);

    const t = await reader.read(doc, new URL(c.url));
    expect(t.messages?.[0]?.text).toBe(FILES);
    expect(t.messages?.map((m) => m.role)).toEqual(before.messages?.map((m) => m.role));
    expect(t.createdAt).toBe(before.createdAt);
    expect(t.missing).toEqual(before.missing);
  });

  test('zendesk: a first message whose files are not shown either still dates the ticket', async () => {
    const c = ordinary('zendesk');
    const doc = parseHtml(fixtureText('zendesk', c.page));
    doc.querySelector('[data-ticket-id="4821"] [data-test-id="omni-log-message-content"]')?.replaceChildren();
    const t = await (await loadReader('zendesk')).read(doc, new URL(c.url));
    expect(t.createdAt).toBe('2026-11-18T09:12:00Z');
    expect(t.messages?.[0]?.author).toBe('Sam Rivera');
  });
});

type Edit = (body: Record<string, unknown>) => void;
const first = (list: unknown): Record<string, unknown> => (list as Record<string, unknown>[])[0] ?? {};
const files = (key: string) => [{ [key]: 'export-log.txt' }, { [key]: 'screenshot.png' }];

// The API answer holding the opening message, emptied of text and given two files.
const ZOHO = '/supportapi/zd/acme/api/v1/tickets/705423000012345017/threads';
const API_OPENING: [helpdesk: string, edits: Record<string, Edit>][] = [
  [
    'zendesk',
    {
      '/api/v2/tickets/4821/comments.json?include=users': (b) =>
        Object.assign(first(b.comments), { body: '', plain_body: '', attachments: files('file_name') }),
    },
  ],
  [
    'freshdesk',
    {
      '/api/v2/tickets/58217?include=requester,company,stats,conversations': (b) =>
        Object.assign(b, { description: '', description_text: '', attachments: files('name') }),
    },
  ],
  [
    'gorgias',
    {
      '/api/tickets/58213377/messages?limit=100': (b) =>
        Object.assign(first(b.data), {
          body_text: '',
          body_html: '',
          stripped_text: '',
          stripped_html: '',
          attachments: files('name'),
        }),
    },
  ],
  [
    'zoho',
    {
      [`${ZOHO}?limit=100`]: (b) => Object.assign((b.data as Record<string, unknown>[]).at(-1) ?? {}, { summary: '' }),
      [`${ZOHO}/705423000012345031`]: (b) => Object.assign(b, { content: '', summary: '', attachments: files('name') }),
    },
  ],
];

function edited(helpdesk: string, c: FixtureCase, edits: Record<string, Edit>): FetchLike {
  const real = caseFetch(helpdesk, c);
  const byUrl = new Map(Object.entries(edits).map(([path, edit]) => [new URL(path, c.url).href, edit]));
  return async (url, init) => {
    const res = await real(url, init);
    const edit = byUrl.get(url);
    if (!edit) return res;
    const body = (await res.json()) as Record<string, unknown>;
    edit(body);
    return { ...res, json: async () => body };
  };
}

describe('read through the API, a first message with attachments only', () => {
  test.each(API_OPENING)('%s: is kept, naming its files', async (helpdesk, edits) => {
    const c = ordinary(helpdesk);
    const reader = await loadReader(helpdesk);
    const page = parseHtml(fixtureText(helpdesk, c.page));
    const before = await reader.read(page, new URL(c.url), caseFetch(helpdesk, c));
    const t = await reader.read(page, new URL(c.url), edited(helpdesk, c, edits));
    expect(t.source).toBe('api');
    expect(t.messages?.[0]?.text).toBe(FILES);
    expect(t.messages?.map((m) => m.role)).toEqual(before.messages?.map((m) => m.role));
    expect(t.createdAt).toBe(before.createdAt);
  });
});
