import type { MessageRole, TicketMessage } from '../escalation/model';
import { customerSide, type Writer } from './customer-side';
import { defineReader } from './define-reader';
import { blockText, dateOf, oneLine, type SlashOrder, slashOrderOf } from './dom-text';
import { filled } from './empty-field';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import { relativeTimeIso } from './relative-time';
import { recordId18 } from './salesforce-id';
import type { HelpdeskSite } from './types';

// Salesforce Service Cloud, Lightning Experience: /lightning/r/Case/{id}/view (and /related/…), or the
// object-less /lightning/r/{id}/view. A Case id is 15 (case-sensitive) or 18 characters and starts with 500.
const CASE_ID = '(500[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)';
const CASE_PATH = new RegExp(`^/lightning/r/(?:Case/)?${CASE_ID}(?:/|$)`);

export const salesforceSite: HelpdeskSite = {
  id: 'salesforce',
  // My Domain hosts: Lightning pages on {domain}.lightning.force.com (sandboxes {domain}--{name}.sandbox…).
  hosts: ['*.lightning.force.com', '*.my.salesforce.com'],
  ticketIn(url) {
    const id = CASE_PATH.exec(url.pathname)?.[1];
    return id ? { ticketId: recordId18(id) } : null;
  },
};

// Lightning web components mostly render in light DOM (synthetic shadow), some in open shadow roots:
// query the light DOM, and only when that finds nothing, the open shadow roots below (listed once per read).
let shadowRoots = new WeakMap<ParentNode, ShadowRoot[]>();
function rootsUnder(root: ParentNode): ShadowRoot[] {
  let list = shadowRoots.get(root);
  if (!list) {
    const found: ShadowRoot[] = [];
    const walk = (r: ParentNode): void => {
      for (const el of r.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        found.push(el.shadowRoot);
        walk(el.shadowRoot);
      }
    };
    walk(root);
    shadowRoots.set(root, found);
    list = found;
  }
  return list;
}

function deepAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (found.length) return found;
  for (const r of rootsUnder(root)) found.push(...r.querySelectorAll(selector));
  return found;
}
const deepOne = (root: ParentNode, selector: string): Element | undefined =>
  root.querySelector(selector) ?? deepAll(root, selector)[0];
const parentOf = (el: Element): Element | null =>
  el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

const text = (el: Element | null | undefined) => (el ? filled(oneLine(el.textContent)) : undefined);

// The record page a URL shows. Lightning keeps earlier pages (standard navigation) and every console
// workspace tab and subtab in the DOM, hidden; the shown one is the page host (.lafPageHost) whose host,
// subtab (.oneConsoleTab) and workspace (.oneWorkspace) are all .active. When the shown page is another
// record's (the console is still switching tabs), nothing is read.
const PANE = /\b(?:lafPageHost|oneConsoleTab|oneWorkspace)\b/;

function shown(host: Element): boolean {
  for (let el: Element | null = host; el; el = parentOf(el)) {
    if (PANE.test(el.className) && !el.classList.contains('active')) return false;
  }
  return true;
}

const MARKS = ['record-id', 'data-recordid', 'data-record-id'];
function recordIdOf(root: ParentNode): string | undefined {
  const mark = deepOne(root, MARKS.map((a) => `[${a}^="500"]`).join());
  return MARKS.map((a) => mark?.getAttribute(a)).find(Boolean) ?? undefined;
}

// 18-character ids are the 15-character id plus a checksum suffix.
const sameRecord = (a: string | undefined, b: string) => !a || a.slice(0, 15) === b.slice(0, 15);

export function activePane(doc: Document, id: string): ParentNode | undefined {
  const hosts = deepAll(doc, '.lafPageHost');
  if (!hosts.length) return sameRecord(recordIdOf(doc), id) ? doc : undefined;
  const host = hosts.find(shown) ?? hosts.find((h) => recordIdOf(h)?.slice(0, 15) === id.slice(0, 15));
  return host && sameRecord(recordIdOf(host), id) ? host : undefined;
}

const VALUE =
  'lightning-formatted-text,lightning-formatted-name,lightning-formatted-email,lightning-formatted-date-time,' +
  'lightning-formatted-number,force-lookup a,records-hoverable-link a,a[href*="/lightning/r/"]';

// A field of the record's detail layout (records-record-layout-item field-label="…"), or of the
// highlights panel (records-highlights-details-item, labelled by its title).
function field(pane: ParentNode, ...labels: string[]): Element | undefined {
  for (const label of labels) {
    const item = deepOne(pane, `records-record-layout-item[field-label="${label}"]`);
    const value = item && (deepOne(item, VALUE) ?? deepOne(item, '.test-id__field-value'));
    if (value && text(value)) return value;
  }
  for (const item of deepAll(pane, 'records-highlights-details-item')) {
    const title = deepOne(item, '[title]')?.getAttribute('title');
    if (title && labels.includes(title)) {
      const value = deepOne(item, VALUE) ?? deepOne(item, '.fieldComponent');
      if (value && text(value)) return value;
    }
  }
  return undefined;
}

// The parts of a date field that may hold its date, the field's value last: "Last Modified By" shows the
// user and the time, and the time is its date part.
function dateParts(pane: ParentNode, ...labels: string[]): Element[] {
  const value = field(pane, ...labels);
  const item = value?.closest('records-record-layout-item, records-highlights-details-item') ?? value;
  const parts = item ? deepAll(item, 'lightning-formatted-date-time,lightning-formatted-text,[datetime]') : [];
  return value ? [...parts, value] : parts;
}

// The case feed shows recent times relative to now ("2h ago", "Yesterday at 3:04 PM"): those are dated
// against the time of reading, when the reader is given it.
const dated = (el: Element | undefined, order: SlashOrder | undefined, now: Date | undefined) =>
  dateOf(el, order) ?? (el && now ? relativeTimeIso(oneLine(el.textContent) ?? '', now) : undefined);

function firstDate(parts: Element[], order: SlashOrder | undefined, now: Date | undefined): string | undefined {
  for (const el of parts) {
    const at = dated(el, order, now);
    if (at) return at;
  }
  return undefined;
}

const POSTS = /^(?:TextPost|AdvancedTextPost|LinkPost|ContentPost|QuestionPost|PollPost|CallLogPost)$/;

// The feed item type (FeedItem.Type) decides the role: an email, case comment or social post goes by who
// wrote it and, for a comment, whether it is published; Chatter posts and call logs are internal; anything
// else (tracked changes, record events) is not a message (undefined).
export function feedRole(type: string, fromCustomer: boolean, internal: boolean): MessageRole | undefined {
  if (POSTS.test(type)) return 'note';
  if (!/^(?:EmailMessageEvent|CaseCommentPost|SocialPost)$/.test(type)) return undefined;
  if (internal) return 'note';
  return fromCustomer ? 'customer' : 'agent';
}

const BODY = '.emailMessageBody,.cuf-feedBodyText,.feedBodyInner,.logCallDescription';
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

function readSalesforceDom(doc: Document, id: string, _url: URL, now?: Date): TicketFields {
  shadowRoots = new WeakMap();
  const pane = activePane(doc, id);
  if (!pane) return { ticketId: id };
  const contact = text(field(pane, 'Contact Name', 'Contact')) ?? text(field(pane, 'Web Name'));
  const email = text(field(pane, 'Contact Email', 'Web Email'))?.match(EMAIL)?.[0];
  const posts: { type: string; author?: string; internal: boolean; stamp?: Element; text: string }[] = [];
  // The case feed lists the latest posts first.
  const nested = new Set(deepAll(pane, 'article.cuf-feedItem article.cuf-feedItem'));
  for (const item of deepAll(pane, 'article.cuf-feedItem').reverse()) {
    if (nested.has(item)) continue;
    const msg = blockText(deepOne(item, BODY));
    if (!msg) continue;
    const preamble = deepOne(item, '.cuf-preamble');
    const author = text(preamble && deepOne(preamble, '.cuf-entityLink'));
    const header = text(preamble) ?? '';
    const internal = /\b(?:internal|private|not published)\b/i.test(header.replace(author ?? '', ''));
    const stamp = deepOne(item, '.cuf-timestamp');
    posts.push({ type: item.getAttribute('data-type') ?? '', author, internal, stamp, text: msg });
  }
  const opened = dateParts(pane, 'Date/Time Opened', 'Created Date');
  const modified = dateParts(pane, 'Last Modified Date', 'Last Modified By');
  const { order, guessed } = slashOrderOf([...opened, ...modified, ...posts.map((p) => p.stamp)]);
  // A feed item names its writer, or shows the address of a sender who is no contact. Without a contact on
  // the case, the first email's sender is the customer.
  const writer = (author: string | undefined): Writer =>
    author && EMAIL.test(author) ? { email: author } : { name: author };
  const isCustomer = customerSide(
    contact || email ? { name: contact, email } : writer(posts.find((p) => p.type === 'EmailMessageEvent')?.author),
    posts.filter((p) => feedRole(p.type, false, p.internal) === 'agent').map((p) => writer(p.author)),
  );
  const messages: TicketMessage[] = [];
  for (const { type, author, internal, stamp, text: msg } of posts) {
    const role = feedRole(type, !!author && isCustomer(writer(author)), internal);
    if (role) messages.push({ author, role, at: dated(stamp, order, now), text: msg });
  }
  const caseNumber =
    text(field(pane, 'Case Number')) ??
    text(deepOne(pane, '[slot="primaryField"]')) ??
    (/\bCase\b/.test(doc.title) ? /(?:^|\|)\s*(?:Case:?\s*)?(\d{4,})\s*(?:\||$)/.exec(doc.title)?.[1] : undefined);
  return {
    ticketId: id,
    subject: text(field(pane, 'Subject')),
    status: text(field(pane, 'Status')),
    priority: text(field(pane, 'Priority')),
    requester: contact || email ? { name: contact, email } : undefined,
    organization: text(field(pane, 'Account Name', 'Account')) ?? text(field(pane, 'Web Company')),
    createdAt: firstDate(opened, order, now),
    updatedAt: firstDate(modified, order, now),
    customFields: caseNumber ? { caseNumber } : undefined,
    dateOrderGuessed: guessed,
    ...capThread(messages),
  };
}

export const salesforce = defineReader(salesforceSite, { dom: readSalesforceDom });
