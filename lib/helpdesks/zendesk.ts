import type { MessageRole, TicketMessage } from '../escalation/model';
import { attachmentNames, namesIn, withAttachments } from './attachments';
import { customerSide } from './customer-side';
import { type ApiContext, type ApiFields, defineReader } from './define-reader';
import { blockText, oneLine, shownText } from './dom-text';
import { filled } from './empty-field';
import { arr, byId, count, idOf, type Json, obj, str } from './json';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/|$)/;
const MAX_COMMENT_PAGES = 10;

export const zendeskSite: HelpdeskSite = {
  id: 'zendesk',
  hosts: ['*.zendesk.com'],
  ticketIn(url) {
    const m = TICKET_PATH.exec(url.pathname);
    return m?.[1] ? { ticketId: m[1] } : null;
  },
};

function roleFor(comment: Record<string, Json>, author: Record<string, Json> | undefined): MessageRole {
  if (comment.public === false) return 'note';
  return str(author?.role) === 'end-user' ? 'customer' : 'agent';
}

// The SLA due time: the soonest breach among the targets still running (the slas sideload's policy
// metrics; a fulfilled or paused one is not counted). due_at is not an SLA: only a task ticket has it, as
// its own due date, which a ticket read here has no place for.
function slaBreachAt(ticket: Record<string, Json>): string | undefined {
  let due: string | undefined;
  for (const m of arr(obj(ticket.slas)?.policy_metrics)) {
    const metric = obj(m);
    const at = str(metric?.breach_at);
    if (!at || str(metric?.stage) !== 'active' || Number.isNaN(Date.parse(at))) continue;
    if (!due || Date.parse(at) < Date.parse(due)) due = at;
  }
  return due;
}

async function readApi({ ticketId: id, url, get }: ApiContext): Promise<ApiFields> {
  const base = `/api/v2/tickets/${id}`;
  const [ticketBody, firstComments] = await Promise.all([
    get(`${base}.json?include=users,organizations,slas`),
    get(`${base}/comments.json?include=users`),
  ]);
  const ticket = obj(obj(ticketBody)?.ticket);
  if (!ticket || idOf(ticket.id) !== id) throw new Error('unexpected ticket body');
  const users = byId(obj(ticketBody)?.users);
  const orgs = byId(obj(ticketBody)?.organizations);

  // A thread longer than the pages read keeps its first page (the report) and the newest ones, read newest
  // first (sort_order=desc); those in between are counted as left out. Without a count that says so (none,
  // or one the pages outgrow), pages left unread (past the cap, or a next page elsewhere, never fetched) are
  // the newest: those read are the thread's oldest, joined to the newest the page shows.
  const first = obj(firstComments);
  const opening = arr(first?.comments);
  const total = count(first?.count) ?? 0;
  const newest = !!str(first?.next_page) && total > MAX_COMMENT_PAGES * opening.length;
  const commentPages = [first];
  let next = newest ? `${url.origin}${base}/comments.json?include=users&sort_order=desc` : str(first?.next_page);
  while (next && commentPages.length < MAX_COMMENT_PAGES && next.startsWith(`${url.origin}/`)) {
    const page = obj(await get(next));
    commentPages.push(page);
    next = str(page?.next_page);
  }
  const whole = newest || !next;
  for (const page of commentPages) for (const [uid, u] of byId(page?.users)) users.set(uid, u);
  const later = commentPages.slice(1).flatMap((page) => arr(page?.comments));
  const comments = [...opening, ...(newest ? later.reverse() : later)];
  const messages: TicketMessage[] = [];
  for (const item of comments) {
    const c = obj(item);
    if (!c) continue;
    const author = users.get(idOf(c.author_id) ?? '');
    const text = withAttachments(str(c.plain_body) ?? str(c.body) ?? '', namesIn(c.attachments, 'file_name'));
    if (!text) continue;
    messages.push({ author: str(author?.name), role: roleFor(c, author), at: str(c.created_at), text });
  }
  const requester = users.get(idOf(ticket.requester_id) ?? '');
  const org = orgs.get(idOf(ticket.organization_id) ?? '');
  const tags = arr(ticket.tags)
    .map(str)
    .filter((t): t is string => !!t);
  const customFields: Record<string, string> = {};
  for (const f of arr(ticket.custom_fields)) {
    const field = obj(f);
    const key = idOf(field?.id);
    const value = str(field?.value);
    if (key && value) customFields[key] = value;
  }
  return {
    ticketId: id,
    subject: str(ticket.subject) ?? str(ticket.raw_subject),
    status: str(ticket.status),
    priority: str(ticket.priority),
    tags: tags.length ? tags : undefined,
    requester: requester ? { name: str(requester.name), email: str(requester.email) } : undefined,
    organization: str(org?.name),
    createdAt: str(ticket.created_at),
    updatedAt: str(ticket.updated_at),
    dueAt: slaBreachAt(ticket),
    customFields: Object.keys(customFields).length ? customFields : undefined,
    ...(whole ? capThread(messages, newest ? Math.max(0, total - comments.length) : 0) : { oldest: messages }),
  };
}

const q = (root: ParentNode, testId: string) => root.querySelector(`[data-test-id="${testId}"]`);

function fieldText(el: Element | null): string | undefined {
  if (!el) return undefined;
  return filled(shownText(el));
}

const timeOf = (item: Element | undefined) =>
  item?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
// The type Zendesk's agent workspace gives a message (omni-log-item-message): its writer's side.
const SIDES = new Map<string, MessageRole>([
  ['end-user', 'customer'],
  ['agent', 'agent'],
  ['internal', 'note'],
]);

// Zendesk keeps several open tickets in the DOM at once; only the pane for the URL's ticket counts.
// When panes exist but none is this ticket's (it is still rendering), nothing is read rather than
// another ticket's fields.
export function activePane(doc: Document, id: string): ParentNode | undefined {
  const panes = doc.querySelectorAll('[data-ticket-id]');
  if (!panes.length) return doc;
  for (const pane of panes) {
    if (pane.getAttribute('data-ticket-id') === id) return pane;
  }
  return undefined;
}

// "Dana Whitfield (Acme) <dana@acme.example>" -> name "Dana Whitfield (Acme)", email "dana@acme.example".
function splitNameEmail(text: string | undefined): { name?: string; email?: string } {
  const email = text?.match(EMAIL)?.[0];
  const name = oneLine(text?.replace(/<\s*[^<>\s]+@[^<>\s]+\s*>/, '').replace(EMAIL, ''));
  return { name, email };
}

function readZendeskDom(doc: Document, id: string): TicketFields {
  const pane = activePane(doc, id);
  if (!pane) return { ticketId: id };
  const requesterEl = q(pane, 'ticket-system-field-requester-select');
  const { name: requesterName, email } = splitNameEmail(fieldText(requesterEl));
  const tags = [...pane.querySelectorAll('[data-test-id="ticket-fields-tags"] [data-garden-id="tags.tag_view"]')]
    .map((t) => oneLine(t.textContent))
    .filter((t): t is string => !!t);

  const messages: TicketMessage[] = [];
  const items = pane.querySelectorAll('[data-test-id="omni-log-comment-item"]');
  // Without a requester field, the ticket's opening comment is the customer's (tickets start with the
  // requester's message, by mail, form or chat). The page shows writers' names only.
  const isCustomer = customerSide(
    { name: requesterName ?? fieldText(items[0] ? q(items[0], 'omni-log-item-sender') : null), email },
    [],
  );
  for (const item of items) {
    const author = fieldText(q(item, 'omni-log-item-sender'));
    const message = q(item, 'omni-log-item-message');
    const body = q(item, 'omni-log-message-content') ?? message;
    const text = withAttachments(blockText(body), attachmentNames(item, body));
    if (!text) continue;
    const isNote =
      !!q(item, 'omni-log-internal-note-tag') || /internal note/i.test(item.getAttribute('aria-label') ?? '');
    // The message's side as the page marks it (an end user's reply, a CC'd colleague's too), else the rule.
    const side = SIDES.get(message?.getAttribute('type') ?? '');
    const role: MessageRole = isNote
      ? 'note'
      : (side ?? (author && isCustomer({ name: author }) ? 'customer' : 'agent'));
    messages.push({ author, role, at: timeOf(item), text });
  }
  return {
    ticketId: id,
    subject: fieldText(q(pane, 'omni-header-subject')),
    status: fieldText(q(pane, 'ticket-status-label')),
    priority: fieldText(q(pane, 'ticket-form-field-priority-select')),
    tags: tags.length ? tags : undefined,
    requester: requesterName || email ? { name: requesterName, email } : undefined,
    organization: fieldText(q(pane, 'ticket-system-field-organization-select')),
    // The opening comment's time, also when nothing of it could be read.
    createdAt: timeOf(items[0]),
    updatedAt: messages.at(-1)?.at,
    ...capThread(messages),
  };
}

export const zendesk = defineReader(zendeskSite, { api: readApi, dom: readZendeskDom });
