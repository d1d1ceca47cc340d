import type { MessageRole, TicketMessage } from '../escalation/model';
import { blockText, oneLine } from './dom-text';
import { arr, byId, idOf, type Json, obj, str } from './json';
import { capThread } from './limits';
import { missingOf, type TicketFields } from './missing';
import { API_TIMEOUT_MS, type FetchLike, type HelpdeskReader } from './types';

const TICKET_PATH = /^\/agent\/tickets\/(\d+)(?:\/|$)/;
const MAX_COMMENT_PAGES = 10;

async function getJson(fetchFn: FetchLike, url: string, signal: AbortSignal): Promise<Json> {
  const res = await fetchFn(url, { signal, credentials: 'include', headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

function roleFor(comment: Record<string, Json>, author: Record<string, Json> | undefined): MessageRole {
  if (comment.public === false) return 'note';
  return str(author?.role) === 'end-user' ? 'customer' : 'agent';
}

async function readApi(origin: string, id: string, fetchFn: FetchLike): Promise<TicketFields> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), API_TIMEOUT_MS);
  try {
    const base = `${origin}/api/v2/tickets/${id}`;
    const [ticketBody, firstComments] = await Promise.all([
      getJson(fetchFn, `${base}.json?include=users,organizations`, ctrl.signal),
      getJson(fetchFn, `${base}/comments.json?include=users`, ctrl.signal),
    ]);
    const ticket = obj(obj(ticketBody)?.ticket);
    if (!ticket || idOf(ticket.id) !== id) throw new Error('unexpected ticket body');
    const users = byId(obj(ticketBody)?.users);
    const orgs = byId(obj(ticketBody)?.organizations);

    const commentPages = [obj(firstComments)];
    let next = str(obj(firstComments)?.next_page);
    while (next && commentPages.length < MAX_COMMENT_PAGES && next.startsWith(`${origin}/`)) {
      const page = obj(await getJson(fetchFn, next, ctrl.signal));
      commentPages.push(page);
      next = str(page?.next_page);
    }
    const messages: TicketMessage[] = [];
    for (const page of commentPages) {
      for (const [uid, u] of byId(page?.users)) users.set(uid, u);
      for (const item of arr(page?.comments)) {
        const c = obj(item);
        if (!c) continue;
        const author = users.get(idOf(c.author_id) ?? '');
        const text = str(c.plain_body) ?? str(c.body);
        if (!text) continue;
        messages.push({ author: str(author?.name), role: roleFor(c, author), at: str(c.created_at), text });
      }
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
      dueAt: str(ticket.due_at),
      customFields: Object.keys(customFields).length ? customFields : undefined,
      ...capThread(messages),
    };
  } finally {
    clearTimeout(timer);
  }
}

const q = (root: ParentNode, testId: string) => root.querySelector(`[data-test-id="${testId}"]`);

function fieldText(el: Element | null): string | undefined {
  if (!el) return undefined;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return oneLine(el.value);
  return oneLine(el.textContent);
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

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
export function splitNameEmail(text: string | undefined): { name?: string; email?: string } {
  const email = text?.match(EMAIL)?.[0];
  const name = oneLine(text?.replace(/<\s*[^<>\s]+@[^<>\s]+\s*>/, '').replace(EMAIL, ''));
  return { name, email };
}

export function readZendeskDom(doc: Document, id: string): TicketFields {
  const pane = activePane(doc, id);
  if (!pane) return { ticketId: id };
  const requesterEl = q(pane, 'ticket-system-field-requester-select');
  const { name: requesterName, email } = splitNameEmail(fieldText(requesterEl));
  const tags = [...pane.querySelectorAll('[data-test-id="ticket-fields-tags"] [data-garden-id="tags.tag_view"]')]
    .map((t) => oneLine(t.textContent))
    .filter((t): t is string => !!t);

  const messages: TicketMessage[] = [];
  for (const item of pane.querySelectorAll('[data-test-id="omni-log-comment-item"]')) {
    const author = fieldText(q(item, 'omni-log-item-sender'));
    const body = q(item, 'omni-log-message-content') ?? q(item, 'omni-log-item-message');
    const text = blockText(body);
    if (!text) continue;
    const isNote =
      !!q(item, 'omni-log-internal-note-tag') || /internal note/i.test(item.getAttribute('aria-label') ?? '');
    const role: MessageRole = isNote ? 'note' : author && author === requesterName ? 'customer' : 'agent';
    const at = item.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
    messages.push({ author, role, at, text });
  }
  return {
    ticketId: id,
    subject: fieldText(q(pane, 'omni-header-subject')),
    status: fieldText(q(pane, 'ticket-status-label')),
    priority: fieldText(q(pane, 'ticket-form-field-priority-select')),
    tags: tags.length ? tags : undefined,
    requester: requesterName || email ? { name: requesterName, email } : undefined,
    organization: fieldText(q(pane, 'ticket-system-field-organization-select')),
    createdAt: messages[0]?.at,
    updatedAt: messages.at(-1)?.at,
    ...capThread(messages),
  };
}

export const zendesk: HelpdeskReader = {
  id: 'zendesk',
  match(url) {
    if (url.protocol !== 'https:' || !url.hostname.endsWith('.zendesk.com')) return null;
    const m = TICKET_PATH.exec(url.pathname);
    return m?.[1] ? { ticketId: m[1] } : null;
  },
  async read(doc, url, fetchFn) {
    const id = this.match(url)?.ticketId;
    const base = { helpdesk: 'zendesk' as const, url: url.href };
    if (!id) return { ...base, source: 'dom', missing: missingOf({}) };
    if (fetchFn) {
      try {
        const t = await readApi(url.origin, id, fetchFn);
        return { ...base, ...t, source: 'api', missing: missingOf(t) };
      } catch {
        // Any API failure (401/403, timeout, odd JSON) falls through to what the page shows.
      }
    }
    const t = readZendeskDom(doc, id);
    return { ...base, ...t, source: 'dom', missing: missingOf(t) };
  },
};
