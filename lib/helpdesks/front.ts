import type { TicketMessage } from '../escalation/model';
import { attachmentNames, withAttachments } from './attachments';
import { customerSide, type Writer } from './customer-side';
import { defineReader } from './define-reader';
import { blockText, oneLine } from './dom-text';
import { filled } from './empty-field';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// A conversation id in the path: /open/cnv_x, /conversations/cnv_x, /inboxes/…/open/0/cnv_x. Newer inbox
// URLs end with the conversation's number instead (/inboxes/teams/folders/{inbox}/unassigned/{n},
// /inboxes/teams/views/{view}/open/{n}): Front's API id is that number in base 36 after "cnv_".
const CNV = /\/(cnv_[0-9a-z]+)(?:\/|$)/;
const NUMBERED =
  /^\/inboxes\/.*\/(?:open|unassigned|assigned|archived|snoozed|sent|spam|trash|deleted|all)\/([1-9]\d{5,18})(?:\/|$)/;

// cnv_1z2x3y, 120537545061 (the number in a URL) → cnv_1z2x3y.
export function conversationId(value: string | null | undefined): string | undefined {
  const v = value?.trim() ?? '';
  if (/^cnv_[0-9a-z]+$/.test(v)) return v;
  return /^[1-9]\d{0,18}$/.test(v) ? `cnv_${BigInt(v).toString(36)}` : undefined;
}

export const frontSite: HelpdeskSite = {
  id: 'front',
  // app.frontapp.com, and the company subdomains some workspaces use ({company}.frontapp.com).
  hosts: ['*.frontapp.com'],
  ticketIn(url) {
    const id = CNV.exec(url.pathname)?.[1] ?? conversationId(NUMBERED.exec(url.pathname)?.[1]);
    return id ? { ticketId: id } : null;
  },
};

// Front's class names are styled-components hashes ("messageViewer__StyledWrapperDiv-sc-4d1f2a3b-0 kXyZa"):
// match data-testid first, then the stable component part of the class.
const PANES = '[data-conversation-id]';
const ITEM = '[data-testid="message"],[data-testid="comment"]';
const ITEM_CLASS = '[class*="messageViewer__StyledWrapper"],[class*="commentViewer__StyledWrapper"]';
const COMMENT = '[data-testid="comment"],[class*="commentViewer__"]';
const BODY =
  '[data-testid="message-body"],[data-testid="comment-body"],[class*="messageBody__"],[class*="commentBody__"]';
const SENDER =
  '[data-testid="message-sender"],[data-testid="comment-author"],[class*="__StyledSender"],[class*="__StyledAuthor"]';
const CONTACT = '[data-testid="contact-header"],[class*="recipientHeader__"]';
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const text = (el: Element | null | undefined) => filled(oneLine(el?.textContent));
const timeOf = (el: Element | undefined) => el?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;

// "Dana Whitfield <dana@acme.example>" (or the address in a title attribute) → name and email.
export function person(el: Element | null | undefined): { name?: string; email?: string } {
  const shown = text(el) ?? '';
  const email = EMAIL.exec(el?.getAttribute('title') ?? '')?.[0] ?? EMAIL.exec(shown)?.[0];
  const name = oneLine(shown.replace(/<[^<>]*>/g, '').replace(EMAIL, ''));
  return { name, email };
}

// Front keeps the conversation list and recently opened conversations in the page: when conversations
// carry their id, only the URL's is read, and none matching means nothing is read.
function activePane(root: ParentNode, id: string): ParentNode | undefined {
  const panes = root.querySelectorAll(PANES);
  if (!panes.length) return root;
  for (const pane of panes) if (conversationId(pane.getAttribute('data-conversation-id')) === id) return pane;
  return undefined;
}

function mine(root: ParentNode, pane: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => {
    const owner = el.closest(PANES);
    return !owner || owner === pane;
  });
}

// The page title is "Subject - Front" (with an unread count first): the subject when the header has none.
function titleSubject(doc: Document): string | undefined {
  const t = oneLine(doc.title.replace(/^\(\d+\)\s*/, '').replace(/\s*[-–|]\s*Front$/, ''));
  return t && t !== 'Front' ? t : undefined;
}

function readFrontDom(doc: Document, id: string): TicketFields {
  // The app may render into an open shadow root of a top-level host.
  let root: ParentNode = doc;
  for (const el of doc.body?.children ?? [])
    if (el.shadowRoot?.querySelector(`${ITEM},${ITEM_CLASS}`)) root = el.shadowRoot;
  const pane = activePane(root, id);
  if (!pane) return { ticketId: id };

  const contact = mine(root, pane, CONTACT)[0];
  const requester = person(contact?.querySelector('[data-testid="contact-handle"]') ?? contact);
  const requesterName = text(contact?.querySelector('[data-testid="contact-name"]')) ?? requester.name;
  const sent: { item: Element; from: Writer; comment: boolean; text: string }[] = [];
  let items = mine(root, pane, ITEM);
  if (!items.length) items = mine(root, pane, ITEM_CLASS);
  for (const item of items) {
    const body = item.querySelector(BODY);
    // Message bodies may render in an open shadow root, isolated from the app's styles (blockText walks
    // elements, not the root fragment itself).
    const shadow = body?.shadowRoot;
    const shown = shadow
      ? [...shadow.childNodes]
          .map((n) => blockText(n))
          .filter(Boolean)
          .join('\n')
      : blockText(body);
    const msg = withAttachments(shown, attachmentNames(item, body));
    if (!msg) continue;
    sent.push({ item, from: person(item.querySelector(SENDER)), comment: item.matches(COMMENT), text: msg });
  }
  // Without a contact header, the sender of the first message is the customer (a conversation starts
  // with what came in).
  const isCustomer = customerSide(
    requesterName || requester.email
      ? { name: requesterName, email: requester.email }
      : sent.find((m) => !m.comment)?.from,
    sent.filter((m) => !m.comment).map((m) => m.from),
  );
  const messages: TicketMessage[] = sent.map(({ item, from, comment, text: msg }) => ({
    author: from.name ?? from.email,
    role: comment ? 'note' : isCustomer(from) ? 'customer' : 'agent',
    at: timeOf(item),
    text: msg,
  }));
  const tags = mine(root, pane, '[data-testid="conversation-tag"]')
    .map(text)
    .filter((t): t is string => !!t);
  return {
    ticketId: id,
    subject:
      text(mine(root, pane, '[data-testid="conversation-subject"],[class*="conversationHeader__StyledSubject"]')[0]) ??
      titleSubject(doc),
    status: text(mine(root, pane, '[data-testid="conversation-status"]')[0]),
    tags: tags.length ? tags : undefined,
    requester: requesterName || requester.email ? { name: requesterName, email: requester.email } : undefined,
    organization: text(mine(root, pane, '[data-testid="contact-account"]')[0]),
    // The opening message's time, also when nothing of it could be read.
    createdAt: timeOf(items[0]),
    updatedAt: messages.at(-1)?.at,
    ...capThread(messages),
  };
}

export const front = defineReader(frontSite, { dom: readFrontDom });
