import type { MessageRole, TicketMessage } from '../escalation/model';
import { attachmentNames, namesIn, withAttachments } from './attachments';
import { type ApiContext, type ApiFields, defineReader } from './define-reader';
import { blockText, dateOf, htmlText, oneLine, shownDateIso, tidy } from './dom-text';
import { filled } from './empty-field';
import { withId } from './join-thread';
import { arr, idOf, type Json, obj, scalars, str } from './json';
import { capItems, capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// /a/tickets/{id} (current agent UI) and /helpdesk/tickets/{id} (older accounts, still redirected).
const TICKET_PATH = /^\/(?:a|helpdesk)\/tickets\/(\d+)(?:\/|$)/;
// include=conversations embeds at most ten conversations (documented); past that the list is paged.
const EMBEDDED = 10;
const PAGE = 100;
const MAX_PAGES = 10;

export const freshdeskSite: HelpdeskSite = {
  id: 'freshdesk',
  hosts: ['*.freshdesk.com'],
  ticketIn(url) {
    const m = TICKET_PATH.exec(url.pathname);
    return m?.[1] ? { ticketId: m[1] } : null;
  },
};

const PRIORITIES: Record<string, string> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'urgent' };
const STATUSES: Record<string, string> = { 2: 'open', 3: 'pending', 4: 'resolved', 5: 'closed' };
// Custom statuses (6 and up) are account-specific: their number is kept as text.
const named = (names: Record<string, string>) => (v: Json) => {
  const k = str(v);
  return k && (names[k] ?? k);
};
export const priorityName = named(PRIORITIES);
export const statusName = named(STATUSES);

export function conversationRole(c: Record<string, Json>, requesterId: string | undefined): MessageRole {
  if (c.private === true) return 'note';
  return c.incoming === true || (!!requesterId && idOf(c.user_id) === requesterId) ? 'customer' : 'agent';
}

const plainOr = (plain: Json, html: Json, page: Document) => {
  const p = str(plain);
  return p ? tidy(p) : htmlText(str(html), page);
};

// A mail sender by its name, else its address: '"Acme Support" <support@acme.freshdesk.com>' is Acme Support.
function sender(from: Json): string | undefined {
  const s = str(from);
  const open = s?.lastIndexOf('<') ?? -1;
  if (!s || open < 0 || !s.endsWith('>')) return s;
  return oneLine(s.slice(0, open).replaceAll('"', '')) ?? oneLine(s.slice(open + 1, -1));
}

// The API names no agent: a conversation carries only its writer's user_id (looking each one up would
// be a request more per agent, which an ordinary agent's session is not documented to be allowed). The
// page the agent is on shows each conversation's writer under the conversation's id, and a writer it
// names there wrote their other conversations too. Where neither names one, the address a reply was
// sent from does; a note, sent from none, is left unnamed.
function writers(list: Json[], shown: Map<string, string>): (c: Record<string, Json>) => string | undefined {
  const byUser = new Map<string, string>();
  for (const item of list) {
    const c = obj(item);
    const who = c && shown.get(`note_${idOf(c.id)}`);
    const user = c && idOf(c.user_id);
    if (who && user) byUser.set(user, who);
  }
  return (c) => shown.get(`note_${idOf(c.id)}`) ?? byUser.get(idOf(c.user_id) ?? '') ?? sender(c.from_email);
}

// The agent app's session cookie answers the public API v2 from the same origin (no API key).
async function readApi({ ticketId: id, doc, get }: ApiContext): Promise<ApiFields> {
  const t = obj(await get(`/api/v2/tickets/${id}?include=requester,company,stats,conversations`));
  if (!t || idOf(t.id) !== id) throw new Error('unexpected ticket body');
  let list = arr(t.conversations);
  // The embedded ten are the oldest; the full list is paged oldest first, with no count. When it is
  // refused (a 429 rate limit) or runs past the pages read, the newest replies are not in what was read:
  // those read are the thread's oldest, joined to the newest the page shows.
  let whole = true;
  if (list.length >= EMBEDDED) {
    try {
      const all: Json[] = [];
      whole = false;
      for (let n = 1; n <= MAX_PAGES && !whole; n++) {
        const page = arr(await get(`/api/v2/tickets/${id}/conversations?page=${n}&per_page=${PAGE}`));
        all.push(...page);
        whole = page.length < PAGE;
      }
      if (all.length >= list.length) list = all;
    } catch {
      whole = false;
    }
  }
  const requester = obj(t.requester);
  const requesterId = idOf(t.requester_id) ?? idOf(requester?.id);
  const name = str(requester?.name);
  const description = withAttachments(plainOr(t.description_text, t.description, doc), namesIn(t.attachments, 'name'));
  const shown = shownWriters(doc);
  // The ticket's own description opens the thread; an outbound email (source 10) is the agent's, named as
  // the page names the description's writer. Ids are those the page's thread items carry (data-album).
  const outbound = t.source === 10;
  const opening: TicketMessage | undefined = description
    ? withId(
        {
          author: outbound ? shown.get(`ticket_${id}`) : name,
          role: outbound ? 'agent' : 'customer',
          at: str(t.created_at),
          text: description,
        },
        `ticket_${id}`,
      )
    : undefined;
  const writer = writers(list, shown);
  const conversation = (item: Json): TicketMessage | undefined => {
    const c = obj(item);
    if (!c) return undefined;
    const text = withAttachments(plainOr(c.body_text, c.body, doc), namesIn(c.attachments, 'name'));
    if (!text) return undefined;
    const role = conversationRole(c, requesterId);
    const mine = !!requesterId && idOf(c.user_id) === requesterId;
    const note = idOf(c.id);
    return withId({ author: mine ? name : writer(c), role, at: str(c.created_at), text }, note && `note_${note}`);
  };
  // The SLA clock that runs next: first response while none was sent, else resolution.
  const stats = obj(t.stats);
  const firstPending = !!stats && !str(stats.first_responded_at);
  const tags = arr(t.tags)
    .map(str)
    .filter((x): x is string => !!x);
  const email = str(requester?.email);
  return {
    ticketId: id,
    subject: str(t.subject),
    status: statusName(t.status),
    priority: priorityName(t.priority),
    tags: tags.length ? tags : undefined,
    requester: name || email ? { name, email } : undefined,
    organization: str(obj(t.company)?.name),
    createdAt: str(t.created_at),
    updatedAt: str(t.updated_at),
    dueAt: (firstPending && str(t.fr_due_by)) || str(t.due_by),
    customFields: scalars(t.custom_fields),
    ...(whole
      ? capItems(list, conversation, opening)
      : { oldest: [opening, ...list.map(conversation)].filter((m): m is TicketMessage => !!m) }),
  };
}

// The description ("requestor") block carries data-album="ticket_{id}"; replies and notes are
// conversation wrappers (data-album="note_{id}"). Between two tickets Freshdesk can still hold the
// previous ticket's thread: only the wrapper holding this ticket's description is read, and when
// descriptions exist but none is this ticket's, nothing is.
const DESCRIPTION = '[data-album^="ticket_"]';
const ITEM = `${DESCRIPTION},[data-test-id="conversation-wrapper"]`;

export function activePane(doc: Document, id: string): ParentNode | undefined {
  const descriptions = doc.querySelectorAll(DESCRIPTION);
  if (!descriptions.length) return doc;
  for (const d of descriptions) {
    if (d.getAttribute('data-album') === `ticket_${id}`)
      return d.closest('.ticket-details-wrapper') ?? d.parentElement ?? doc;
  }
  return undefined;
}

const line = (el: Element | null | undefined) => filled(oneLine(el?.textContent));
// Ticket properties are ember-power-select fields, "tkt-properties-<field>" on current accounts.
const prop = (doc: Document, f: string) =>
  line(
    doc.querySelector(
      `[data-test-id="tkt-properties-${f}"] .ember-power-select-selected-item,[data-test-id="${f}"] .ember-power-select-selected-item`,
    ),
  );
// The contact widget is light DOM on older layouts and an open shadow root on the newer one.
function contactField(doc: Document, field: string): string | undefined {
  const sel = `[data-test-id^="requester-info-contact-${field}"] .info-details-content`;
  return line(
    doc.querySelector(sel) ?? doc.querySelector('fw-unified-mfe--contact-info')?.shadowRoot?.querySelector(sel),
  );
}

// Header parts (author, status, time) of a thread item, never from inside its body: a customer's
// HTML email could carry the same attributes.
function header(item: Element, body: Element | null, selector: string): Element | undefined {
  for (const el of item.querySelectorAll(selector)) if (!body?.contains(el)) return el;
  return undefined;
}

const bodyOf = (item: Element) =>
  item.querySelector(
    item.matches(DESCRIPTION)
      ? '#ticket_original_request,.text-content-wrapper'
      : '[data-test-conversation="conversation-text"],.ticket_note',
  );

function writerOf(item: Element, body: Element | null): string | undefined {
  const who = header(item, body, '[data-test-id="user-name"]');
  return line(who?.querySelector('b') ?? who);
}

// Each thread item's writer by its data-album. An id is unique in the account, so another ticket's thread
// still in the outlet names no one in this one; an item inside another (in an email's HTML) is no item.
function shownWriters(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const item of doc.querySelectorAll(ITEM)) {
    if (item.parentElement?.closest(ITEM)) continue;
    const album = item.getAttribute('data-album');
    const writer = album && writerOf(item, bodyOf(item));
    if (writer) out.set(album, writer);
  }
  return out;
}

// Beside the relative time Freshdesk prints the absolute one: "1 day ago (Wed, 18 Nov 2026 at 10:12 AM)".
// A machine-readable time first; both are looked for in one pass over the item (a 300-message thread).
function timeOf(item: Element, body: Element | null): string | undefined {
  let shown: Element | undefined;
  for (const el of item.querySelectorAll('time[datetime], [data-test-id="time-ago"] .timeago-units')) {
    if (body?.contains(el)) continue;
    if (el.tagName === 'TIME') return el.getAttribute('datetime') ?? undefined;
    shown ??= el;
  }
  return dateOf(shown);
}

// The SLA clocks in the properties: "FIRST RESPONSE DUE by Wed, 18 Nov 2026, 2:12 PM", "RESOLUTION DUE by …".
function dueTime(doc: Document, label: RegExp): string | undefined {
  for (const el of doc.querySelectorAll('.ticket-properties__status-info .label')) {
    if (!label.test(el.textContent ?? '')) continue;
    const shown = line(el.nextElementSibling)?.replace(/^by\s+/i, '');
    const iso = shown && /\d{4}/.test(shown) ? shownDateIso(shown, doc.documentElement.lang) : '';
    return Number.isNaN(Date.parse(iso)) ? undefined : iso;
  }
  return undefined;
}

function readFreshdeskDom(doc: Document, id: string): TicketFields {
  const pane = activePane(doc, id);
  if (!pane) return { ticketId: id };
  const messages: TicketMessage[] = [];
  // Every item's time, also of those with nothing readable: the first is when the ticket was opened.
  const times: (string | undefined)[] = [];
  let requesterName: string | undefined;
  for (const item of pane.querySelectorAll(ITEM)) {
    // An item inside another (in a customer's HTML email) is no item: it would be a reply or note they wrote.
    if (item.parentElement?.closest(ITEM)) continue;
    const body = bodyOf(item);
    const at = timeOf(item, body);
    times.push(at);
    const text = withAttachments(blockText(body), attachmentNames(item, body));
    if (!text) continue;
    const author = writerOf(item, body);
    const status = line(header(item, body, '[data-test-id="conversation-status"]')) ?? '';
    const role: MessageRole =
      item.className.includes('privatenote') || /private note/i.test(status)
        ? 'note'
        : header(item, body, '[data-test-is-agent]')
          ? 'agent'
          : 'customer';
    if (role === 'customer' && item.matches(DESCRIPTION)) requesterName = author;
    messages.push(withId({ author, role, at, text }, item.getAttribute('data-album') ?? undefined));
  }
  const email = contactField(doc, 'email');
  const heading = doc.querySelector('.ticket-subject-heading');
  // The heading also holds controls (ticket actions): its own text is the subject.
  let own = '';
  for (let c = heading?.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += c.nodeValue;
  const tags = [...doc.querySelectorAll('.ticket-tags li')]
    .map((li) => line(li.querySelector('.tag-options') ?? li))
    .filter((x): x is string => !!x);
  return {
    ticketId: id,
    subject: oneLine(own) ?? line(heading),
    status: prop(doc, 'status'),
    priority: prop(doc, 'priority'),
    tags: tags.length ? tags : undefined,
    requester: requesterName || email ? { name: requesterName, email } : undefined,
    organization: contactField(doc, 'company'),
    createdAt: times[0],
    updatedAt: messages.at(-1)?.at,
    // As through the API: the first response's clock while no agent has replied, else the resolution's.
    dueAt:
      (!messages.some((m) => m.role === 'agent') && dueTime(doc, /first response due/i)) ||
      dueTime(doc, /resolution due/i),
    ...capThread(messages),
  };
}

export const freshdesk = defineReader(freshdeskSite, { api: readApi, dom: readFreshdeskDom });
