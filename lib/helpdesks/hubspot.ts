import type { TicketMessage } from '../escalation/model';
import { attachmentNames, withAttachments } from './attachments';
import { customerSide, type Writer } from './customer-side';
import { defineReader } from './define-reader';
import { blockText, dateOf, oneLine, shownText, slashOrderOf } from './dom-text';
import { filled } from './empty-field';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// HubSpot Service Hub. A ticket is a CRM record (object type 0-5): /contacts/{portal}/record/0-5/{id}, the
// older /contacts/{portal}/ticket/{id}, or the help desk workspace /help-desk/{portal}/view/{view}/ticket/{id}.
const PATHS = [
  /^\/contacts\/\d+\/(?:record\/0-5|ticket)\/(\d+)(?:\/|$)/,
  /^\/help-desk\/\d+\/(?:view\/[^/]+\/)?ticket\/(\d+)(?:\/|$)/,
];

export const hubspotSite: HelpdeskSite = {
  id: 'hubspot',
  // One UI host per data centre (the account's uiDomain): US (na1, na2), EU, Australia.
  hosts: ['app.hubspot.com', 'app-na2.hubspot.com', 'app-eu1.hubspot.com', 'app-ap1.hubspot.com'],
  ticketIn(url) {
    for (const re of PATHS) {
      const id = re.exec(url.pathname)?.[1];
      if (id) return { ticketId: id };
    }
    return null;
  },
};

// Internal values the page may show before a label has loaded: the default pipeline's stage ids and the
// hs_ticket_priority enum.
const STAGES: Record<string, string> = { '1': 'New', '2': 'Waiting on contact', '3': 'Waiting on us', '4': 'Closed' };
const PRIORITIES: Record<string, string> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', URGENT: 'Urgent' };
const label = (map: Record<string, string>, v: string | undefined) => (v && Object.hasOwn(map, v) ? map[v] : v);
export const stageLabel = (v: string | undefined) => label(STAGES, v);
export const priorityLabel = (v: string | undefined) => label(PRIORITIES, v);

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const DATE_PROPS = [
  'createdate',
  'hs_lastmodifieddate',
  'hs_lastactivitydate',
  'hs_time_to_close_sla_due_date',
  'hs_time_to_first_response_sla_due_date',
] as const;
// A record preview (an associated ticket or contact opened from the sidebar or an index page) is another
// record: nothing inside one is read.
const PREVIEW =
  '[data-selenium-test="sidebar-preview-panel"],[data-crm-location="CRM_OBJECT_PREVIEW"],[data-test-id="IndexPageInlineSidebar"]';
const CARD = '[data-selenium-test="timeline-card"]';

function text(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  return filled(shownText(el));
}

function first(root: ParentNode, selector: string): Element | undefined {
  for (const el of root.querySelectorAll(selector)) if (!el.closest(PREVIEW)) return el;
  return undefined;
}

// A ticket property, from "About this ticket" (data-selenium-test="property-input-{name}") or the
// highlight strip (data-test-id="highlight-property-display-{name}").
function prop(root: ParentNode, name: string): Element | undefined {
  return (
    first(root, `[data-selenium-test="property-input-${name}"]`) ??
    first(root, `[data-test-id="highlight-property-display-${name}"]`)
  );
}

function associated(root: ParentNode, type: '0-1' | '0-2', chicklet: string): Element | undefined {
  return (
    first(root, `[data-selenium-test="${chicklet}"]`) ??
    first(root, `[data-test-id="associated-objects-card-content-${type}"] a[href*="/record/${type}/"]`)
  );
}

function requesterOf(root: ParentNode): { name?: string; email?: string } {
  const link = associated(root, '0-1', 'contact-chicklet-title-link');
  const card = link?.closest('[data-test-id="associated-objects-card-content-0-1"] > *') ?? link?.parentElement;
  const mail = card?.querySelector('a[href^="mailto:"]');
  const email = mail ? text(mail) : text(card)?.match(EMAIL)?.[0];
  const name = text(link);
  return name === email ? { email } : { name, email };
}

function readHubspotDom(doc: Document, id: string): TicketFields {
  // A record page keeps the ticket's own cards in the left sidebar and its associations in the right one.
  const about = first(doc, '[data-test-id="left-sidebar"]') ?? doc;
  const links = first(doc, '[data-test-id="right-sidebar"]') ?? doc;
  const requester = requesterOf(links);
  const customer = requester.name || requester.email ? requester : undefined;
  const sent: { from: Writer; note: boolean; stamp: Element | null; text: string }[] = [];
  // The record's timeline lists the newest activity first; a pinned activity is shown twice (pinned, and
  // in its place).
  const timeline = first(doc, '[data-test-id="crm-events-viz-timeline"]');
  const root = timeline ?? doc;
  const card = root.querySelector(CARD) ? CARD : '[data-test-id="timeline-preview-event"]';
  const pinned = new Set(root.querySelectorAll(`[data-test-id="pinned-activity-section"] ${card}`));
  for (const ev of [...root.querySelectorAll(card)].reverse()) {
    if (pinned.has(ev) || (!timeline && ev.closest(PREVIEW))) continue;
    // Tasks are to-dos, not messages.
    if (ev.querySelector('[data-selenium-test="timeline-task"]')) continue;
    const body = ev.querySelector('[data-selenium-test="timeline-editable-section"]');
    const msg = withAttachments(blockText(body), attachmentNames(ev, body));
    if (!msg) continue;
    const from = text(ev.querySelector('[data-measured-element="timeline-participant-details-right-content"]'));
    const email = from?.match(EMAIL)?.[0];
    const name = oneLine(from?.replace(/<?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*>?/, '')) ?? email;
    const note = !!ev.querySelector('[data-test-id="timeline-note-event"]');
    sent.push({ from: { name, email }, note, stamp: ev.querySelector('[data-test-id="event-timestamp"]'), text: msg });
  }
  const dateProps = Object.fromEntries(DATE_PROPS.map((name) => [name, prop(about, name)]));
  const { order, guessed } = slashOrderOf([...Object.values(dateProps), ...sent.map((m) => m.stamp)]);
  const date = (name: (typeof DATE_PROPS)[number]) => dateOf(dateProps[name], order);
  // Without an associated contact, the ticket's opening message is the customer's (tickets start with the
  // customer's email, form or chat).
  const isCustomer = customerSide(
    customer ?? sent.find((m) => !m.note)?.from,
    sent.filter((m) => !m.note).map((m) => m.from),
  );
  const messages: TicketMessage[] = sent.map(({ from, note, stamp, text: msg }) => ({
    author: from.name,
    role: note ? 'note' : isCustomer(from) ? 'customer' : 'agent',
    at: dateOf(stamp, order),
    text: msg,
  }));
  const custom: Record<string, string> = {};
  for (const [key, name] of [
    ['category', 'hs_ticket_category'],
    ['source', 'source_type'],
  ] as const) {
    const value = text(prop(about, name));
    if (value) custom[key] = value;
  }
  return {
    ticketId: id,
    subject:
      text(first(about, '[data-test-id="highlight-record-label"]')) ??
      text(first(about, '[data-selenium-test="highlightTitle"]')) ??
      text(first(doc, '[data-test-id="ticket-header-name-link"]')) ??
      text(prop(about, 'subject')),
    status: stageLabel(text(prop(about, 'hs_pipeline_stage'))),
    priority: priorityLabel(text(prop(about, 'hs_ticket_priority'))),
    requester: customer,
    organization: text(associated(links, '0-2', 'company-chicklet-title-link')),
    createdAt: date('createdate'),
    updatedAt: date('hs_lastmodifieddate') ?? date('hs_lastactivitydate'),
    dueAt: date('hs_time_to_close_sla_due_date') ?? date('hs_time_to_first_response_sla_due_date'),
    customFields: Object.keys(custom).length ? custom : undefined,
    dateOrderGuessed: guessed,
    ...capThread(messages),
  };
}

export const hubspot = defineReader(hubspotSite, { dom: readHubspotDom });
