import type { MessageRole, TicketMessage } from '../escalation/model';
import { attachmentNames, withAttachments } from './attachments';
import { defineReader } from './define-reader';
import { blockText, oneLine } from './dom-text';
import { filled } from './empty-field';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// /conversation/{id}/{number}, with or without the number, a trailing slash or a query (?folderId=…).
const PATH = /^\/conversation\/(\d+)(?:\/(\d+))?(?:\/|$)/;

export const helpscoutSite: HelpdeskSite = {
  id: 'helpscout',
  hosts: ['secure.helpscout.net'],
  ticketIn(url) {
    const m = PATH.exec(url.pathname);
    return m?.[1] ? { ticketId: m[1] } : null;
  },
};

// A thread's type (the Mailbox API's thread types; the page puts it in the thread's class, "thread
// customer", "is-note", …). Line items ("Sam assigned to Billing", "Status changed") are not messages.
const TYPE_ROLE: Record<string, MessageRole | null> = {
  customer: 'customer',
  message: 'agent',
  reply: 'agent',
  phone: 'agent',
  note: 'note',
  forwardparent: 'note',
  lineitem: null,
  singleline: null,
};
const TYPE =
  /(?:^|\s)(?:is-)?(customer|message|reply|phone|note|forwardparent|forwardchild|chat|beaconchat|lineitem|singleLine)(?=\s|$)/;

// The role of a thread, from its type; chats and forwards go by who wrote them.
export function threadRole(thread: Element): MessageRole | null {
  const type = (thread.getAttribute('data-thread-type') ?? TYPE.exec(thread.className)?.[1] ?? '').toLowerCase();
  if (Object.hasOwn(TYPE_ROLE, type)) return TYPE_ROLE[type] ?? null;
  return /(?:^|\s)is-customer(?:\s|$)/.test(thread.className) ? 'customer' : 'agent';
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PANES = '[data-conversation-id]';
const SIDEBAR = '[data-cy="customer-sidebar"],.c-conversation-sidebar';
const text = (el: Element | null | undefined) => filled(oneLine(el?.textContent));
const timeOf = (el: Element | undefined) => el?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;

// Help Scout shows one conversation, but a peek at another one (a previous conversation of the customer)
// can sit beside it: when conversations carry their id, only the URL's is read, and none matching means
// nothing is read.
function activePane(doc: Document, id: string): ParentNode | undefined {
  const panes = doc.querySelectorAll(PANES);
  if (!panes.length) return doc;
  for (const pane of panes) if (pane.getAttribute('data-conversation-id') === id) return pane;
  return undefined;
}

// What belongs to this conversation: inside its pane, or outside every pane (the header and the customer
// sidebar may sit beside the thread), never inside another conversation's.
function mine(doc: Document, pane: ParentNode, selector: string): Element[] {
  return [...doc.querySelectorAll(selector)].filter((el) => {
    const owner = el.closest(PANES);
    return !owner || owner === pane;
  });
}
const own = (doc: Document, pane: ParentNode, selector: string) => mine(doc, pane, selector)[0];

function readHelpscoutDom(doc: Document, id: string, url: URL): TicketFields {
  const pane = activePane(doc, id);
  if (!pane) return { ticketId: id };

  const threads = mine(doc, pane, '[id^="thread-"]').filter(
    (t) => /^thread-\d+$/.test(t.id) && !/(?:^|\s)(?:is-)?draft(?:\s|$)/.test(t.className) && threadRole(t),
  );
  const messages: TicketMessage[] = [];
  for (const thread of threads) {
    const body = thread.querySelector('.thread-content,.messageBody');
    const msg = withAttachments(blockText(body), attachmentNames(thread, body));
    if (!msg) continue;
    const author = text(thread.querySelector('[data-nocollapse],.threadHeader .from'));
    messages.push({ author, role: threadRole(thread) as MessageRole, at: timeOf(thread), text: msg });
  }

  const sidebar = own(doc, pane, SIDEBAR);
  const name = text(sidebar?.querySelector('[data-cy="customer-name"],.c-customer-name'));
  const email = EMAIL.exec(sidebar?.querySelector('a[href^="mailto:"]')?.getAttribute('href') ?? '')?.[0];
  let organization: string | undefined;
  for (const prop of sidebar?.querySelectorAll('.c-customer-property') ?? []) {
    if (/^(?:company|organi[sz]ation)$/i.test(text(prop.querySelector('.c-property-label')) ?? '')) {
      organization ??= text(prop.querySelector('.c-property-value'));
    }
  }
  const tags = mine(doc, pane, '[data-cy="Tag"]')
    .map(text)
    .filter((t): t is string => !!t);
  const number = PATH.exec(url.pathname)?.[2] ?? text(own(doc, pane, '#tkHeader strong'))?.replace(/^#/, '');
  return {
    ticketId: id,
    subject: text(own(doc, pane, '[data-cy="ConvoSubject"],#subjectLine')),
    status: text(own(doc, pane, '[data-cy="ConvoStatus"]')),
    tags: tags.length ? tags : undefined,
    requester: name || email ? { name, email } : undefined,
    organization,
    // The opening message's time, also when nothing of it could be read.
    createdAt: timeOf(threads[0]),
    updatedAt: messages.at(-1)?.at,
    customFields: number ? { number } : undefined,
    ...capThread(messages),
  };
}

export const helpscout = defineReader(helpscoutSite, { dom: readHelpscoutDom });
