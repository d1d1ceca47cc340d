import type { MessageRole, TicketMessage } from '../escalation/model';
import { attachmentNames, namesIn, withAttachments } from './attachments';
import { type ApiContext, type ApiFields, defineReader } from './define-reader';
import { blockText, htmlText, oneLine, tidy } from './dom-text';
import { filled } from './empty-field';
import { arr, count, idOf, type Json, obj, str } from './json';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// /app/ticket/{id} and /app/views/{viewId}/{ticketId} (a ticket opened from a view).
const TICKET_PATH = /^\/app\/(?:ticket|views\/\d+)\/(\d+)(?:\/|$)/;
const MESSAGE_PAGE = 100;
const MAX_MESSAGE_PAGES = 10;

export const gorgiasSite: HelpdeskSite = {
  id: 'gorgias',
  hosts: ['*.gorgias.com'],
  ticketIn(url) {
    const m = TICKET_PATH.exec(url.pathname);
    return m?.[1] ? { ticketId: m[1] } : null;
  },
};

export function messageRole(m: Record<string, Json>): MessageRole {
  if (m.public === false || str(m.channel) === 'internal-note') return 'note';
  return m.from_agent === true ? 'agent' : 'customer';
}

function toMessage(item: Json, page: Document): TicketMessage | undefined {
  const m = obj(item);
  if (!m) return undefined;
  const plain = str(m.stripped_text) ?? str(m.body_text);
  const text = withAttachments(
    plain ? tidy(plain) : htmlText(str(m.stripped_html) ?? str(m.body_html), page),
    namesIn(m.attachments, 'name'),
  );
  if (!text) return undefined;
  const sender = obj(m.sender);
  return {
    author: str(sender?.name) ?? str(sender?.email),
    role: messageRole(m),
    at: str(m.created_datetime) ?? str(m.sent_datetime),
    text,
  };
}

// The helpdesk app itself reads /api/tickets/{id} with the agent's session cookie (its REST SDK is the
// public API's), so the same-origin GET answers without the API key basic auth that integrations use.
async function readApi({ ticketId: id, doc, get }: ApiContext): Promise<ApiFields> {
  const withCursor = (path: string) => (cursor?: string) =>
    `${path}limit=${MESSAGE_PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
  // The ticket's own list is oldest first (documented); the messages list filtered to the ticket pages the
  // newest first.
  const messagesAt = withCursor(`/api/tickets/${id}/messages?`);
  const newestAt = withCursor(`/api/messages?ticket_id=${id}&order_by=${encodeURIComponent('created_datetime:desc')}&`);
  const [ticketBody, firstPage] = await Promise.all([
    get(`/api/tickets/${id}`),
    get(messagesAt()).catch(() => undefined),
  ]);
  const t = obj(ticketBody);
  if (!t || idOf(t.id) !== id) throw new Error('unexpected ticket body');

  // A thread longer than the pages read, as the ticket counts its messages, keeps its first page (the
  // report) and the newest pages; those in between are counted as left out. Without a count that says so
  // (none, or one the pages outgrow), pages left unread are the newest: those read are the thread's oldest,
  // joined to the newest the page shows.
  let list: Json[] | undefined;
  let unread = 0;
  let whole = true;
  if (obj(firstPage)) {
    let page = obj(firstPage);
    list = [...arr(page?.data)];
    const total = count(t.messages_count) ?? 0;
    const after = str(obj(page?.meta)?.next_cursor);
    const newest = !!after && total > MAX_MESSAGE_PAGES * list.length;
    const pageAt = newest ? newestAt : messagesAt;
    // '' is the newest list's top: no cursor yet.
    let next = newest ? '' : after;
    for (let n = 1; next !== undefined && n < MAX_MESSAGE_PAGES; n++) {
      page = obj(await get(pageAt(next)));
      list.push(...arr(page?.data));
      next = str(obj(page?.meta)?.next_cursor);
    }
    if (newest) unread = Math.max(0, total - list.length);
    whole = newest || next === undefined;
  } else if (Array.isArray(t.messages)) {
    list = t.messages;
  }
  if (!list) throw new Error('no messages');
  const time = (m: Json) => Date.parse(str(obj(m)?.created_datetime) ?? '') || 0;
  const messages = [...list]
    .sort((a, b) => time(a) - time(b))
    .map((m) => toMessage(m, doc))
    .filter((m): m is TicketMessage => !!m);

  const customer = obj(t.customer);
  const name = str(customer?.name) ?? oneLine(`${str(customer?.firstname) ?? ''} ${str(customer?.lastname) ?? ''}`);
  const email = str(customer?.email);
  const tags = arr(t.tags)
    .map((tag) => str(obj(tag)?.name))
    .filter((tag): tag is string => !!tag);
  const customFields: Record<string, string> = {};
  for (const field of Object.values(obj(t.custom_fields) ?? {}).concat(arr(t.custom_fields))) {
    const f = obj(field);
    const key = idOf(f?.id);
    const value = str(f?.value);
    if (key && value) customFields[key] = value;
  }
  return {
    ticketId: id,
    subject: str(t.subject),
    status: str(t.status),
    priority: str(t.priority),
    tags: tags.length ? tags : undefined,
    requester: name || email ? { name, email } : undefined,
    createdAt: str(t.created_datetime),
    updatedAt: str(t.updated_datetime),
    customFields: Object.keys(customFields).length ? customFields : undefined,
    ...(whole ? capThread(messages, unread) : { oldest: messages }),
  };
}

// Gorgias builds class names from CSS modules ("MessageBubble--messageBubble--x7f2a"): match their stable
// component/local part. A ticket opened from the customer timeline renders in a side panel or modal
// ([data-rendering]); it is another ticket and is never read.
const outside = (el: Element) => !el.closest('[data-rendering]');
function first(root: ParentNode, selector: string): Element | undefined {
  for (const el of root.querySelectorAll(selector)) if (outside(el)) return el;
  return undefined;
}

// Visible text without icon ligatures (<i class="material-icons">check</i>).
function label(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  if (el.tagName === 'INPUT') return filled(oneLine((el as HTMLInputElement).value));
  let s = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) s += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !/^(I|SVG|svg)$/.test((n as Element).tagName))
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return filled(oneLine(s));
}

const VARIANT_ROLE: Record<string, MessageRole> = {
  'internal-note': 'note',
  'from-agent': 'agent',
  'ai-agent': 'agent',
  regular: 'customer',
};

function readGorgiasDom(doc: Document, id: string): TicketFields {
  const header = doc.getElementById('TicketHeader');
  const thread = first(doc, '[aria-label="Ticket thread"]');
  const customer = label(first(doc, '[aria-label="Breadcrumbs"] a[href*="/customer/"]'));
  let email: string | undefined;
  const messages: TicketMessage[] = [];
  // The thread is virtualised: only the messages Gorgias has rendered are in the page.
  for (const bubble of thread?.querySelectorAll('[data-variant][class*="messageBubble"]') ?? []) {
    const role = VARIANT_ROLE[bubble.getAttribute('data-variant') ?? ''];
    const body = bubble.querySelector('.message-content');
    const text = withAttachments(blockText(body), attachmentNames(bubble, body));
    if (!role || !text) continue;
    const author = label(bubble.querySelector('[class*="MessageSender--nameSlot"]'));
    if (role === 'customer' && author === customer) {
      email ??= label(bubble.querySelector('[class*="MessageSender--emailSlot"]'));
    }
    const at = bubble.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
    messages.push({ author, role, at, text });
  }
  const statusButton = header?.querySelector('#change-status-button');
  const tags = [...(header?.querySelectorAll('[class*="TicketTag--badge"]') ?? [])]
    .map(label)
    .filter((t): t is string => !!t);
  return {
    ticketId: id,
    subject: label(header?.querySelector('input[placeholder="Subject"], [class*="editableTitle--"]')),
    status: statusButton ? (/closed/i.test(statusButton.className) ? 'closed' : 'open') : undefined,
    priority: label(header?.querySelector('[class*="TicketPriorityDropdown--button"]')),
    tags: tags.length ? tags : undefined,
    requester: customer || email ? { name: customer, email } : undefined,
    ...capThread(messages),
  };
}

export const gorgias = defineReader(gorgiasSite, { api: readApi, dom: readGorgiasDom });
