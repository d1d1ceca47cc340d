import type { MessageRole, TicketMessage } from '../escalation/model';
import { attachmentNames, namesIn, withAttachments } from './attachments';
import { type ApiContext, defineReader } from './define-reader';
import { blockText, htmlText, oneLine, tidy } from './dom-text';
import { filled } from './empty-field';
import { arr, byId, count, idOf, type Json, obj, scalars, str } from './json';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// /agent/{portal}/{department}/tickets/details/{id}, and the legacy
// /support/{portal}/ShowHomePage.do#Cases/dv/{id} (still what the API's webUrl gives).
const AGENT_PATH = /^\/agent\/([^/]+)\/[^/]+\/tickets\/details\/(\d+)(?:\/|$)/;
const LEGACY_PATH = /^\/support\/([^/]+)\/ShowHomePage\.do$/;
const LEGACY_HASH = /^#Cases\/dv\/(\d+)(?:\/|$)/;
const PAGE = 100;
const MAX_THREAD_PAGES = 5;
const MAX_COMMENT_PAGES = 2;
// The thread list carries a truncated summary only; the full body is one GET per thread. The first
// thread (the customer's request) and the newest ones get it, the rest keep their summary.
const FULL_THREADS = 8;

export function zohoTicketAt(url: URL): { portal: string; ticketId: string } | null {
  const m = AGENT_PATH.exec(url.pathname);
  if (m?.[1] && m[2]) return { portal: m[1], ticketId: m[2] };
  const legacy = LEGACY_PATH.exec(url.pathname)?.[1];
  const id = legacy && LEGACY_HASH.exec(url.hash)?.[1];
  return legacy && id ? { portal: legacy, ticketId: id } : null;
}

export const zohoSite: HelpdeskSite = {
  id: 'zoho',
  // One host per Zoho data centre: US, EU, India, Australia, Japan, China, Canada, Saudi Arabia, UK.
  hosts: [
    'desk.zoho.com',
    'desk.zoho.eu',
    'desk.zoho.in',
    'desk.zoho.com.au',
    'desk.zoho.jp',
    'desk.zoho.com.cn',
    'desk.zohocloud.ca',
    'desk.zoho.sa',
    'desk.zoho.uk',
  ],
  ticketIn(url) {
    const t = zohoTicketAt(url);
    return t ? { ticketId: t.ticketId } : null;
  },
};

// Every Desk API call needs the orgId header. The agent page exposes it in its own URLs
// (avatars: /api/v1/agents/{id}/photo?orgId=…) and in its inline bootstrap script (desk_urls);
// a content script cannot read page globals, so both are read from the markup.
const ORG_IN_URL = /[?&]orgId=(\d+)/;
const ORG_IN_SCRIPT = /\borg_?id["']?\s*[:=]\s*["']?(\d{3,20})\b/i;
export function orgIdOf(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll('[src*="orgId="],[href*="orgId="]')) {
    const m = ORG_IN_URL.exec(el.getAttribute('src') ?? el.getAttribute('href') ?? '');
    if (m) return m[1];
  }
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const m = ORG_IN_SCRIPT.exec((s.textContent ?? '').slice(0, 200_000));
    if (m) return m[1];
  }
  return undefined;
}

// A comment is an internal note unless it is public: a public one is emailed to the customer and shown in
// their help centre, so it is a reply (documented: isPublic).
export function commentRole(c: Record<string, Json>): MessageRole {
  if (c.isPublic !== true) return 'note';
  return str(obj(c.commenter)?.type) === 'END_USER' ? 'customer' : 'agent';
}

export function threadRole(t: Record<string, Json>): MessageRole {
  if (str(t.visibility) === 'private') return 'note';
  const d = str(t.direction);
  if (d) return d === 'in' ? 'customer' : 'agent';
  return str(obj(t.author)?.type) === 'END_USER' ? 'customer' : 'agent';
}

function bodyText(o: Record<string, Json> | undefined, page: Document): string {
  const plain = str(o?.plainText);
  if (plain) return tidy(plain);
  const content = str(o?.content);
  return /plain/i.test(str(o?.contentType) ?? '') ? tidy(content ?? '') : htmlText(content, page);
}

const personName = (p: Record<string, Json> | undefined) =>
  str(p?.name) ?? oneLine(`${str(p?.firstName) ?? ''} ${str(p?.lastName) ?? ''}`);

// The pages of an offset-paged list (threads, comments) after its first, up to `pages` in all. When the
// ticket counts more than that, the last page read is the list's own last: whichever end the list starts
// at, its oldest (the request) and its newest are read, and those between are counted as left out. A list
// that runs on past the pages read with no count that says how far (none, or one the pages outgrow) is
// not whole: one of its ends is unread, and nothing counts what is missing.
async function restOf(first: Json[], at: (from: number) => Promise<Json[]>, total: number, pages: number) {
  const far = total > pages * PAGE;
  const items = [...first];
  let page = first;
  for (let n = 1; n < pages && page.length >= PAGE; n++) {
    page = await at(far && n === pages - 1 ? total - PAGE : n * PAGE);
    items.push(...page);
  }
  const whole = far || page.length < PAGE || items.length === total;
  return { items, left: far ? Math.max(0, total - items.length) : 0, whole };
}

// The agent app's own API (/supportapi/zd/{portal}/api/v1, the documented REST v1 shapes) answers the
// session cookie with the orgId header. Without an org id on the page the API is not tried.
async function readApi({ ticketId: id, url, doc, get }: ApiContext): Promise<TicketFields> {
  const portal = zohoTicketAt(url)?.portal;
  const orgId = orgIdOf(doc);
  if (!portal || !orgId) throw new Error('no org id on the page');
  const h = { orgId };
  const base = `/supportapi/zd/${encodeURIComponent(portal)}/api/v1/tickets/${id}`;
  const pageAt = (list: string) => async (from: number) =>
    arr(obj(await get(`${base}/${list}?${from ? `from=${from}&` : ''}limit=${PAGE}`, h))?.data);
  const threadsAt = pageAt('threads');
  const commentsAt = pageAt('comments');
  const [ticketBody, firstThreads, firstComments] = await Promise.all([
    get(`${base}?include=contacts`, h),
    threadsAt(0),
    commentsAt(0).catch(() => undefined),
  ]);
  const t = obj(ticketBody);
  if (!t || idOf(t.id) !== id) throw new Error('unexpected ticket body');
  const threadList = await restOf(firstThreads, threadsAt, count(t.threadCount) ?? 0, MAX_THREAD_PAGES);
  // Comments refused leave the threads; a later page refused, the first page and a count of the rest (with
  // no usable count, that first page is not the whole list).
  const commentCount = count(t.commentCount) ?? 0;
  const commentList = firstComments
    ? await restOf(firstComments, commentsAt, commentCount, MAX_COMMENT_PAGES).catch(() => ({
        items: firstComments,
        left: Math.max(0, commentCount - firstComments.length),
        whole: commentCount >= firstComments.length,
      }))
    : undefined;
  // A list not whole leaves its newest items unread, or its oldest, uncounted: the thread is then the
  // page's, which shows them (no thread's full body is fetched), and the rest of the ticket still the API's.
  const whole = threadList.whole && (commentList?.whole ?? true);
  const threads = whole ? [...byId(threadList.items).values()] : [];

  const time = (o: Record<string, Json>) => Date.parse(str(o.createdTime) ?? '') || 0;
  threads.sort((a, b) => time(a) - time(b));
  const full = new Set([threads[0], ...threads.slice(1).slice(-(FULL_THREADS - 1))]);
  const details = await Promise.all(
    threads.map((th) => {
      const tid = idOf(th.id) ?? '';
      return full.has(th) && /^\d+$/.test(tid)
        ? get(`${base}/threads/${tid}`, h).then(obj, () => undefined)
        : undefined;
    }),
  );
  const messages: TicketMessage[] = [];
  threads.forEach((th, i) => {
    const text = withAttachments(
      bodyText(details[i], doc) || tidy(str(th.summary) ?? ''),
      namesIn(details[i]?.attachments ?? th.attachments, 'name'),
    );
    const author = obj(th.author);
    if (text)
      messages.push({
        author: personName(author) ?? str(author?.email),
        role: threadRole(th),
        at: str(th.createdTime),
        text,
      });
  });
  for (const c of commentList?.items ?? []) {
    const o = obj(c);
    const text = withAttachments(bodyText(o, doc), namesIn(o?.attachments, 'name'));
    if (o && text)
      messages.push({ author: personName(obj(o.commenter)), role: commentRole(o), at: str(o.commentedTime), text });
  }
  messages.sort((a, b) => (Date.parse(a.at ?? '') || 0) - (Date.parse(b.at ?? '') || 0));

  const contact = obj(t.contact);
  const name = personName(contact);
  const email = str(contact?.email) ?? str(t.email);
  return {
    ticketId: id,
    subject: str(t.subject),
    status: str(t.status) ?? str(t.statusType),
    priority: str(t.priority),
    requester: name || email ? { name, email } : undefined,
    organization: str(obj(contact?.account)?.accountName),
    createdAt: str(t.createdTime),
    updatedAt: str(t.modifiedTime),
    // The SLA clock that runs next: the response due date while a response is owed, else resolution.
    dueAt: str(t.responseDueDate) ?? str(t.dueDate),
    customFields: withNumber(scalars(t.cf), str(t.ticketNumber)),
    ...(whole ? capThread(messages, threadList.left + (commentList?.left ?? 0)) : {}),
  };
}

// The number agents know a ticket by (#4821), shown by the card and the header; the record id in the
// address stays the ticket's identity.
const withNumber = (fields: Record<string, string> | undefined, ticketNumber: string | undefined) =>
  ticketNumber ? { ...fields, ticketNumber } : fields;

// Desk opens tickets as sub-tabs, each a ticket detail container data-id="subTab_{id}"; hidden ones
// stay in the page. Classes are build-hashed next to stable "<prefix>-<component>-<part>" names
// (zd- in 2022, zd_v2- since), so those are matched by their suffix.
export function activePane(doc: Document, id: string): ParentNode | undefined {
  const panes = doc.querySelectorAll('[data-id^="subTab_"]');
  if (!panes.length) return doc;
  for (const p of panes) if (p.getAttribute('data-id') === `subTab_${id}`) return p;
  return undefined;
}

const line = (el: Element | null | undefined) => filled(oneLine(el?.getAttribute('data-title') ?? el?.textContent));
const ENTRY = '[class*="-conversationlist-listContainer"]';
const BODY = '[data-id="threadContent"],[data-id="content"],[class*="-richtextcontent-"]';
const CONTACT_LINK = 'a[href*="/contacts/details/"]';
const NUMBER = '[class*="-ticketidwrapper-ticketId"],[class*="-ticketsubject-ticketIdText"]';

function readZohoDom(doc: Document, id: string): TicketFields {
  const pane = activePane(doc, id);
  if (!pane) return { ticketId: id };
  const entries = pane.querySelectorAll(ENTRY);
  // The ticket's contact is the one linked outside the conversation (header, contact panel).
  let contact: Element | undefined;
  for (const a of pane.querySelectorAll(CONTACT_LINK)) {
    if (!a.closest(ENTRY)) {
      contact = a;
      break;
    }
  }
  const requesterName = line(contact);
  const card = contact?.parentElement;
  const email = oneLine(card?.querySelector('a[href^="mailto:"]')?.getAttribute('href')?.slice(7));
  const messages: TicketMessage[] = [];
  const times: (string | undefined)[] = [];
  for (const entry of entries) {
    const body = entry.querySelector(BODY);
    const outside = (sel: string) => [...entry.querySelectorAll(sel)].find((el) => !body?.contains(el));
    const at = outside('time[datetime]')?.getAttribute('datetime') ?? undefined;
    times.push(at);
    const text = withAttachments(blockText(body), attachmentNames(entry, body));
    if (!text) continue;
    // A thread's author links to the contact record when a customer wrote it; a comment marked private is
    // a note, one without the mark is public, a reply the customer is sent.
    const customerLink = outside(CONTACT_LINK);
    const isNote = !!outside('[class*="-commentlistitemcommon-privateLabel"]');
    const role: MessageRole = isNote ? 'note' : customerLink ? 'customer' : 'agent';
    const author = line(customerLink ?? outside('[class*="-authorName"]'));
    messages.push({ author, role, at, text });
  }
  // Desk can list the newest first: with every time known, the thread reads oldest first.
  const ms = (at: string | undefined) => Date.parse(at ?? '') || 0;
  if (messages.length && messages.every((m) => m.at)) messages.sort((a, b) => ms(a.at) - ms(b.at));
  // The opening entry's time, also when nothing of it could be read.
  const createdAt = times.every(Boolean) ? times.sort((a, b) => ms(a) - ms(b))[0] : times[0];
  const tags = [...pane.querySelectorAll('[data-id="reqproperties"] [class*="-tag-text"]')]
    .map(line)
    .filter((x): x is string => !!x);
  return {
    ticketId: id,
    subject: line(pane.querySelector('[data-id="caseSubjectText"],[class*="-dvsubjectsection-subject"]')),
    status: line(pane.querySelector('[data-id="statusContainer"]')),
    priority: line(pane.querySelector('[data-id="priorityContainer"]')),
    tags: tags.length ? tags : undefined,
    requester: requesterName || email ? { name: requesterName, email } : undefined,
    organization: line(pane.querySelector('a[href*="/accounts/details/"]')),
    createdAt,
    updatedAt: messages.at(-1)?.at,
    customFields: withNumber(undefined, line(pane.querySelector(NUMBER))?.replace(/^#/, '')),
    ...capThread(messages),
  };
}

export const zoho = defineReader(zohoSite, { api: readApi, dom: readZohoDom });
