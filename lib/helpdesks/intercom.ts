import type { MessageRole, TicketMessage } from '../escalation/model';
import { attachmentNames, withAttachments } from './attachments';
import { defineReader } from './define-reader';
import { blockText, oneLine } from './dom-text';
import { filled } from './empty-field';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// Intercom Inbox: /a/inbox/{workspace}/inbox/{folder…}/conversation/{id} (folders such as shared/all,
// admin/{id}, team/{id}, view/{id}, search), and the older /a/apps/{app}/inbox/inbox/{…}/conversations/{id}
// and /a/apps/{app}/conversations/{id}.
const PATH = /^\/a\/(?:inbox|apps)\/[^/]+\/(?:[^/]+\/)*conversations?\/(\d+)(?:\/|$)/;

export const intercomSite: HelpdeskSite = {
  id: 'intercom',
  // One app host per data region (US, EU, Australia).
  hosts: ['app.intercom.com', 'app.eu.intercom.com', 'app.au.intercom.com'],
  ticketIn(url) {
    const m = PATH.exec(url.pathname);
    return m?.[1] ? { ticketId: m[1] } : null;
  },
};

type Kind = MessageRole | 'event';

// The stream groups consecutive parts by author in [data-part-group-id], whose data-part-group-category
// says who wrote them: 1 a user or lead, 3 a teammate, 4 a note, 5 a bot (Fin, Operator), 20 Intercom
// itself (assignments, state changes).
const CATEGORY: Record<string, Kind> = { '1': 'customer', '3': 'agent', '4': 'note', '5': 'agent', '20': 'event' };
// Without a category, the part's own class says it: inbox2__user-email-part, inbox-2__note-part, …
const CLASS_KIND: Record<string, Kind> = {
  note: 'note',
  event: 'event',
  admin: 'agent',
  bot: 'agent',
  user: 'customer',
  lead: 'customer',
};
const PART_CLASS = /__(note|event|admin|bot|user|lead)\b[\w-]*?-part\b/;

export function partKind(part: Element): Kind | undefined {
  const category = part.closest('[data-part-group-category]')?.getAttribute('data-part-group-category') ?? '';
  if (Object.hasOwn(CATEGORY, category)) return CATEGORY[category];
  for (const el of [part, part.querySelector('[class*="-part"]')]) {
    const m = PART_CLASS.exec(el?.getAttribute('class') ?? '');
    if (m?.[1]) return CLASS_KIND[m[1]];
  }
  return part.querySelector('[data-testid="admin-avatar-name"]') ? 'agent' : undefined;
}

// "Dana snoozed this conversation", "Sam closed this conversation", "Sam reopened …", "… unsnoozed …": the
// latest one is the conversation's state as the stream shows it.
const STATES: [RegExp, string][] = [
  [/\bunsnoozed\b/i, 'open'],
  [/\bsnoozed\b/i, 'snoozed'],
  [/\b(?:closed|resolved)\b/i, 'closed'],
  [/\b(?:re)?opened\b/i, 'open'],
];
export function stateOf(event: string): string | undefined {
  return STATES.find(([re]) => re.test(event))?.[1];
}

const SPACE = '[data-intercom-target="conversation-space"],.inbox2__conversation-page';
const PANES =
  '[data-intercom-target="conversation-space"][data-conversation-id],.inbox2__conversation-page[data-conversation-id]';
// Each part of the stream; the Tailwind class is the fallback when the target attribute is gone.
const PART = '[data-intercom-target="conversation-stream-content-part"]';
const PART_CLASS_ONLY = '[class*="group/content-part"]';
const BODY = '.intercom-interblocks,[class*="interblocks-html"],[class*="email-content"],[class*="renderable-part"]';
const SIDEBAR = '.inbox2__conversation-details-sidebar,.inbox-2__conversation-details-sidebar';
const text = (el: Element | null | undefined) => filled(oneLine(el?.textContent));

// The conversation open in the URL. Intercom keeps the conversation list (and sometimes a previously
// opened conversation) in the page: when conversation panes carry their id, only the URL's counts, and
// none matching means nothing is read.
function activePane(root: ParentNode, id: string): ParentNode | undefined {
  const panes = root.querySelectorAll(PANES);
  if (!panes.length) return root.querySelector(SPACE) ?? root;
  for (const pane of panes) if (pane.getAttribute('data-conversation-id') === id) return pane;
  return undefined;
}

// The first match inside this conversation, or outside every conversation pane (the details sidebar sits
// beside the stream), never inside another conversation's pane.
function own(root: ParentNode, pane: ParentNode, selector: string): Element | undefined {
  for (const el of root.querySelectorAll(selector)) {
    const owner = el.closest(PANES);
    if (!owner || owner === pane) return el;
  }
  return undefined;
}

// Intercom's priority is a flag, its attribute "Priority" or "Not priority": the card would read "Priority:
// Priority". Set, it is Intercom's top priority.
const FLAG: Record<string, string> = { priority: 'Prioritized', 'not priority': 'Not prioritized' };
function priorityOf(shown: string | undefined): string | undefined {
  const key = shown?.toLowerCase() ?? '';
  return Object.hasOwn(FLAG, key) ? FLAG[key] : shown;
}

// Sidebar attribute rows: <p class="inbox2__attribute__label">Email</p> followed by the value.
function attributes(sidebar: Element | undefined): Map<string, Element> {
  const out = new Map<string, Element>();
  for (const label of sidebar?.querySelectorAll('[class*="attribute__label"]') ?? []) {
    const key = text(label)?.toLowerCase();
    const value = label.nextElementSibling;
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function readIntercomDom(doc: Document, id: string): TicketFields {
  // The inbox renders inside #teammate-app-react's open shadow root.
  const shadow = doc.getElementById('teammate-app-react')?.shadowRoot;
  const root: ParentNode = shadow?.querySelector(`${SPACE},${PART},${PART_CLASS_ONLY}`) ? shadow : doc;
  const pane = activePane(root, id);
  if (!pane) return { ticketId: id };

  const messages: TicketMessage[] = [];
  // Every message's time, also of those with nothing readable: the first is when the conversation opened.
  const times: (string | undefined)[] = [];
  let status: string | undefined;
  let parts = pane.querySelectorAll(PART);
  if (!parts.length) parts = pane.querySelectorAll(PART_CLASS_ONLY);
  for (const part of parts) {
    const kind = partKind(part);
    if (kind === 'event') {
      status = stateOf(text(part) ?? '') ?? status;
      continue;
    }
    if (!kind) continue;
    const group = part.closest('[data-part-group-id]') ?? part;
    const at =
      (part.querySelector('time[datetime]') ?? group.querySelector('time[datetime]'))?.getAttribute('datetime') ??
      undefined;
    times.push(at);
    const body = part.querySelector(BODY) ?? part;
    const msg = withAttachments(blockText(body), attachmentNames(part, body));
    if (!msg) continue;
    const author = text(
      part.querySelector('[data-testid$="avatar-name"]') ?? group.querySelector('[data-testid$="avatar-name"]'),
    );
    messages.push({ author, role: kind, at, text: msg });
  }

  const attrs = attributes(own(root, pane, SIDEBAR));
  const name = text(attrs.get('name'));
  const email = text(attrs.get('email'));
  const tags = [...(attrs.get('tags')?.children ?? [])].map(text).filter((t): t is string => !!t);
  return {
    ticketId: id,
    subject: text(own(root, pane, '[data-inbox-conversation-header-title]')),
    status,
    priority: priorityOf(text(attrs.get('priority'))),
    tags: tags.length ? tags : undefined,
    requester: name || email ? { name, email } : undefined,
    organization: text(attrs.get('company')),
    createdAt: times[0],
    updatedAt: messages.at(-1)?.at,
    ...capThread(messages),
  };
}

export const intercom = defineReader(intercomSite, { dom: readIntercomDom });
