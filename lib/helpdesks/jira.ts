import type { MessageRole, TicketMessage } from '../escalation/model';
import { adfToText, wikiToText } from './adf';
import { customerSide } from './customer-side';
import { type ApiContext, type ApiFields, defineReader } from './define-reader';
import { blockText, oneLine } from './dom-text';
import { filled } from './empty-field';
import { withId } from './join-thread';
import { arr, count, idOf, type Json, obj, str } from './json';
import { capThread } from './limits';
import type { TicketFields } from './missing';
import type { HelpdeskSite } from './types';

// Jira Service Management (Cloud on *.atlassian.net, Data Center on the customer's own domain).
const KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
// The customer portal's view of a request is read too: an agent opens it from a customer's mail or link, and
// its issue and comments are the same through the API.
const PATHS = [
  /\/browse\/([A-Za-z][A-Za-z0-9_]+-\d+)\/?$/,
  /\/projects\/[^/]+\/(?:queues\/(?:[^/]+\/)*|issues\/)([A-Za-z][A-Za-z0-9_]+-\d+)\/?$/,
  /\/servicedesk\/customer\/portal\/[^/]+\/([A-Za-z][A-Za-z0-9_]+-\d+)\/?$/,
];
const COMMENT_PAGE = 100;
const MAX_COMMENT_PAGES = 10;
// An issue has one description, its opening message through the API and on the page alike.
const DESCRIPTION = 'description';

export const jiraSite: HelpdeskSite = {
  id: 'jira',
  hosts: ['*.atlassian.net'],
  ticketIn(url) {
    // On boards and queues the issue open in the side panel or modal is the selected one.
    const selected = /^\/wiki(\/|$)/.test(url.pathname) ? null : url.searchParams.get('selectedIssue');
    for (const found of [selected, ...PATHS.map((re) => re.exec(url.pathname)?.[1])]) {
      const key = found?.toUpperCase();
      if (key && KEY.test(key)) return { ticketId: key };
    }
    return null;
  },
};

// Data Center may live under a context path (https://jira.example.com/jira/browse/SUP-1): its REST API too.
// Its pages name that path (ajs-context-path): the address alone cannot tell /jira/servicedesk/… there from
// Cloud's /jira/servicedesk/… at the root. A path the address does not start with is not taken.
const CONTEXT_PATH = /^(?:\/[^/?#\\]+)*$/;
export function apiBase(url: URL, doc: Document): string {
  const named = doc.querySelector('meta[name="ajs-context-path"]')?.getAttribute('content')?.trim().replace(/\/$/, '');
  if (named !== undefined && CONTEXT_PATH.test(named) && `${url.pathname}/`.startsWith(`${named}/`)) return named;
  // The portal is at /servicedesk/customer/ under the context path (Cloud's at the root): /jira/servicedesk/
  // before it is a context path, not Cloud's agent pages.
  return (
    /^(.*?)\/servicedesk\/customer\//.exec(url.pathname)?.[1] ??
    /^(.*?)\/(?:browse|projects|secure|issues|jira\/(?:servicedesk|software|core))\//.exec(url.pathname)?.[1] ??
    ''
  );
}

const userId = (u: Record<string, Json> | undefined) => str(u?.accountId) ?? str(u?.key) ?? str(u?.name);

// v2 and Data Center give wiki markup, v3 gives ADF.
export const bodyText = (body: Json): string =>
  typeof body === 'string' ? wikiToText(body) : obj(body) ? adfToText(body) : '';

// An internal JSM comment: jsdPublic false (Cloud), the sd.public.comment property (Data Center, and Cloud
// with expand=properties), or a comment restricted to a role or group.
function isInternal(c: Record<string, Json>): boolean {
  if (c.jsdPublic === false || obj(c.visibility)) return true;
  return arr(c.properties).some((p) => {
    const prop = obj(p);
    const internal = obj(prop?.value)?.internal;
    return str(prop?.key) === 'sd.public.comment' && (internal === true || internal === 'true');
  });
}

export function commentRole(c: Record<string, Json>, reporterId: string | undefined): MessageRole {
  if (isInternal(c)) return 'note';
  const author = obj(c.author);
  const id = userId(author);
  return (reporterId && id === reporterId) || str(author?.accountType) === 'customer' ? 'customer' : 'agent';
}

// The issues an issue is linked to, each once, as addresses on its site; a page of them at most.
const MAX_LINKS = 50;
function linkedIssues(links: Json, site: string): string[] | undefined {
  const keys = new Set<string>();
  for (const item of arr(links)) {
    const link = obj(item);
    const key = str(obj(link?.outwardIssue)?.key) ?? str(obj(link?.inwardIssue)?.key);
    if (key && KEY.test(key.toUpperCase()) && keys.size < MAX_LINKS) keys.add(key.toUpperCase());
  }
  return keys.size ? [...keys].map((key) => `${site}/browse/${key}`) : undefined;
}

const isOrganizations = (v: Json) => arr(v).some((o) => str(obj(obj(o)?._links)?.self)?.includes('/organization/'));

async function readApi({ ticketId: key, url, doc, get }: ApiContext): Promise<ApiFields> {
  const site = apiBase(url, doc);
  const base = `${site}/rest/api/2/issue/${key}`;
  // Comments come from their own endpoint: it pages, and expand=properties carries the internal flag on
  // Data Center (the issue's embedded comment field does not).
  const commentsAt = (n: number) => `${base}/comment?startAt=${n}&maxResults=${COMMENT_PAGE}&expand=properties`;
  const [issueBody, firstPage] = await Promise.all([get(`${base}?fields=*navigable,-comment`), get(commentsAt(0))]);
  const issue = obj(issueBody);
  if (str(issue?.key)?.toUpperCase() !== key) throw new Error('unexpected issue body');
  const f = obj(issue?.fields) ?? {};

  // A thread longer than the pages read keeps its first page (the request's first replies) and the newest
  // pages; those in between are counted as left out. Without a total (or past one the pages outgrow), the
  // pages are read while they come back full; when the cap stops that, the newest are unread: those read
  // are the thread's oldest, joined to the newest the page shows.
  const comments = [...arr(obj(firstPage)?.comments)];
  const size = comments.length;
  const total = count(obj(firstPage)?.total);
  const skipped = total !== undefined && total > MAX_COMMENT_PAGES * size ? total - MAX_COMMENT_PAGES * size : 0;
  let at = size + skipped;
  let got = size;
  const more = () => got > 0 && (total !== undefined && at <= total ? at < total : got >= size);
  for (let n = 1; n < MAX_COMMENT_PAGES && more(); n++) {
    const page = arr(obj(await get(commentsAt(at)))?.comments);
    comments.push(...page);
    got = page.length;
    at += got;
  }
  const whole = skipped > 0 || !more();

  const reporter = obj(f.reporter);
  const reporterId = userId(reporter);
  const reporterName = str(reporter?.displayName);
  let organization = isOrganizations(f.customfield_10002) ? f.customfield_10002 : undefined;
  let due: string | undefined;
  const customFields: Record<string, string> = {};
  for (const [id, value] of Object.entries(f)) {
    if (!id.startsWith('customfield_')) continue;
    if (isOrganizations(value)) {
      organization ??= value;
      continue;
    }
    // JSM SLA fields: the soonest breach among the ongoing cycles.
    const breach = str(obj(obj(obj(value)?.ongoingCycle)?.breachTime)?.iso8601);
    if (breach && (!due || Date.parse(breach) < Date.parse(due))) due = breach;
    const simple = str(value) ?? str(obj(value)?.value);
    if (simple && simple.length <= 200) customFields[id] = simple;
  }

  const messages: TicketMessage[] = [];
  const description = bodyText(f.description);
  // The description is the request the reporter (the customer) raised.
  if (description) {
    messages.push(
      withId({ author: reporterName, role: 'customer', at: str(f.created), text: description }, DESCRIPTION),
    );
  }
  for (const item of comments) {
    const c = obj(item);
    const text = c && bodyText(c.body);
    if (!c || !text) continue;
    messages.push(
      withId(
        { author: str(obj(c.author)?.displayName), role: commentRole(c, reporterId), at: str(c.created), text },
        idOf(c.id),
      ),
    );
  }
  const tags = arr(f.labels)
    .map(str)
    .filter((t): t is string => !!t);
  const orgs = arr(organization)
    .map((o) => str(obj(o)?.name))
    .filter(Boolean);
  return {
    ticketId: key,
    subject: str(f.summary),
    status: str(obj(f.status)?.name),
    priority: str(obj(f.priority)?.name),
    tags: tags.length ? tags : undefined,
    requester: reporter ? { name: reporterName, email: str(reporter.emailAddress) } : undefined,
    organization: orgs.length ? orgs.join(', ') : undefined,
    createdAt: str(f.created),
    updatedAt: str(f.updated),
    dueAt: due ?? endOfDay(str(f.duedate)),
    customFields: Object.keys(customFields).length ? customFields : undefined,
    links: linkedIssues(f.issuelinks, `${url.origin}${site}`),
    ...(whole ? capThread(messages, skipped) : { oldest: messages }),
  };
}

// A due date without a time is due by the end of that day where the agent is: read as an ISO date, it
// would be midnight UTC, breached all day west of Greenwich.
const endOfDay = (date: string | undefined) => (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T23:59:59` : date);

// The issue view's data-testid attributes (Atlassian's package.component.element convention).
const T = {
  layout: 'issue.views.issue-details.issue-layout.issue-layout',
  key: 'issue.views.issue-base.foundation.breadcrumbs.current-issue.item',
  summary: 'issue.views.issue-base.foundation.summary.heading',
  status: 'issue-field-status.ui.status-view.status-button.status-button',
  priority: 'issue-field-priority-readview-full.ui.priority.wrapper',
  reporter: 'issue.views.field.user.reporter',
  reporterName: 'issue.views.field.user.reporter.name.wrapper',
  labels: 'issue.views.field.select.common.select-inline-edit.labels.field-inline-edit-state-less--container',
  description: 'issue.views.field.rich-text.description',
  restricted: 'issue-comment-base.ui.comment.custom-comment.restricted-to',
};
const q = (root: ParentNode, testId: string) => root.querySelector(`[data-testid="${testId}"]`);
const COMMENT_ID = 'comment-base-item-';
const COMMENT = `[data-testid^="${COMMENT_ID}"]`;
const COMMENT_PART = '[data-testid^="issue-comment-base.ui.comment.ak-comment."]';

// The issue view of the URL's key: a board or queue can hold the selected issue's view next to others (a
// modal over the board, a stale side panel). Views exist but none is this issue's: read nothing.
function activeIssue(doc: Document, key: string): ParentNode | undefined {
  const views = doc.querySelectorAll(`[data-testid="${T.layout}"]`);
  if (!views.length) return doc;
  for (const view of views) {
    if (oneLine(q(view, T.key)?.textContent)?.toUpperCase() === key) return view;
  }
  return undefined;
}

// A context field found by its heading ("Organizations"), for fields whose test id carries an instance's
// custom field id.
function fieldByHeading(root: ParentNode, heading: RegExp): Element | undefined {
  for (const w of root.querySelectorAll('[data-component-selector="jira-issue-field-heading-field-wrapper"]')) {
    if (heading.test(oneLine(w.querySelector('h2, h3')?.textContent) ?? '')) {
      return q(w, 'issue-field-inline-edit-read-view-container.ui.container') ?? w;
    }
  }
  return undefined;
}

const field = (el: Element | null | undefined) => filled(oneLine(el?.textContent));
const texts = (els: Iterable<Element>) => [...els].map(field).filter((t): t is string => !!t);

function readJiraDom(doc: Document, key: string): TicketFields {
  const view = activeIssue(doc, key);
  if (!view) return { ticketId: key };
  const reporterEl = q(view, T.reporter);
  const reporter = field((reporterEl && q(reporterEl, T.reporterName)) ?? reporterEl);
  const orgEl = fieldByHeading(view, /^organi[sz]ations?$/i);
  const orgs = orgEl ? texts(orgEl.querySelectorAll('a, li')) : [];
  const tags = texts(view.querySelectorAll(`[data-testid="${T.labels}"] a`));

  const messages: TicketMessage[] = [];
  // The issue view shows writers' names only, and no mark of a customer's comment.
  const isCustomer = customerSide({ name: reporter }, []);
  const descEl = q(view, T.description);
  const description = blockText(descEl?.querySelector('.ak-renderer-document') ?? descEl);
  if (description) messages.push(withId({ author: reporter, role: 'customer', text: description }, DESCRIPTION));
  for (const item of view.querySelectorAll(COMMENT)) {
    const header = item.querySelector(`${COMMENT_PART}[data-testid$="-header"]`);
    const text = blockText(item.querySelector(`${COMMENT_PART}[data-testid$="-body"]`));
    if (!text) continue;
    const author = oneLine(
      (header?.querySelector('h3') ?? q(header ?? item, 'profilecard-next.ui.profilecard.profilecard-trigger'))
        ?.textContent,
    );
    // JSM marks internal comments with an "Internal note" lozenge; restricted comments are internal too.
    const note =
      !!(header && q(header, T.restricted)) ||
      texts(header?.querySelectorAll('span') ?? []).some((t) => /^internal note$/i.test(t));
    const role: MessageRole = note
      ? 'note'
      : !reporter
        ? 'unknown'
        : isCustomer({ name: author })
          ? 'customer'
          : 'agent';
    const at = header?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
    messages.push(withId({ author, role, at, text }, item.getAttribute('data-testid')?.slice(COMMENT_ID.length)));
  }
  return {
    ticketId: key,
    subject: field(q(view, T.summary)),
    status: field(q(view, T.status)),
    priority: field(q(view, T.priority)),
    tags: tags.length ? tags : undefined,
    requester: reporter ? { name: reporter } : undefined,
    organization: orgs.length ? orgs.join(', ') : field(orgEl),
    ...capThread(messages),
  };
}

export const jira = defineReader(jiraSite, { api: readApi, dom: readJiraDom });
