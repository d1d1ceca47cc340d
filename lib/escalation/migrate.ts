import { type OpenTickets, openTicketsOf } from '../followup/open-tickets';
import { isOpen } from '../followup/status';
import { recordId18 } from '../helpdesks/salesforce-id';
import { z } from '../zod';
import { canonicalTicketKey } from './draft-key';
import { ESCALATION_SCHEMA_VERSION, ESCALATION_STATUSES, Escalation } from './model';

// v1 (before follow-ups) stored follow-ups as two optional instants that nothing ever set; v2 keeps two
// clocks. A v1 time, if present, becomes a clock that is due and overdue at that time.
function fromV1(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) return raw;
  const v1 = raw as { followUps?: { nextInternalAt?: unknown; nextCustomerAt?: unknown } };
  const clock = (at: unknown) => (typeof at === 'string' && at ? { dueAt: at, overdueAt: at } : undefined);
  return {
    ...v1,
    schemaVersion: ESCALATION_SCHEMA_VERSION,
    followUps: { internal: clock(v1.followUps?.nextInternalAt), customer: clock(v1.followUps?.nextCustomerAt) },
  };
}

// Keys as earlier releases wrote them are read as this one writes them (see canonicalTicketKey), so a
// draft, its record and the ticket meet again: a Salesforce id kept as 15 characters, a Zendesk, Freshdesk,
// Jira or Gorgias key without its account's host.
function withCanonicalIds(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const r = raw as {
    key?: unknown;
    ticketUrl?: unknown;
    ticket?: { url?: unknown; ticketId?: unknown };
    ticketId?: unknown;
  };
  if (typeof r.key !== 'string') return raw;
  const url = [r.ticket?.url, r.ticketUrl].find((u): u is string => typeof u === 'string' && u !== '');
  const key = canonicalTicketKey(r.key, url);
  if (key === r.key) return raw;
  if (!r.key.startsWith('salesforce:')) return { ...r, key };
  const id18 = (id: unknown) => (typeof id === 'string' ? recordId18(id) : id);
  return {
    ...r,
    key,
    ...(r.ticket ? { ticket: { ...r.ticket, ticketId: id18(r.ticket.ticketId) } } : {}),
    ...(r.ticketId !== undefined ? { ticketId: id18(r.ticketId) } : {}),
  };
}

// Drafts prefilled before the SLA status followed the ticket's clock stored the status of that moment,
// marked as prefilled; it is dropped, so the field and the brief both follow the clock (a status the agent
// chose has no mark and stays).
const SLA_PATH = 'impact.contractual.slaStatus';
function withoutPrefilledSla(raw: unknown): unknown {
  const r = raw as { prefilled?: unknown; impact?: { contractual?: Record<string, unknown> } } | null;
  if (!r || !Array.isArray(r.prefilled) || !r.prefilled.includes(SLA_PATH) || !r.impact?.contractual) return raw;
  const { slaStatus: _dropped, ...contractual } = r.impact.contractual;
  return {
    ...r,
    prefilled: r.prefilled.filter((p) => p !== SLA_PATH),
    impact: { ...r.impact, contractual },
  };
}

export const StoredEscalation = z.preprocess((raw) => withoutPrefilledSla(withCanonicalIds(fromV1(raw))), Escalation);

// One record's row in the record index: what the follow-up worker and the Escalations list need, so
// neither reads every whole record (2,000 of them are 4 MB, ~0.4 s to read back in Chromium). The
// helpdesk's organization is kept to name the customer as the brief does (customerOf).
export const IndexRow = Escalation.pick({
  id: true,
  key: true,
  createdAt: true,
  updatedAt: true,
  status: true,
  severity: true,
  suggested: true,
  followUps: true,
  customer: true,
  summary: true,
  ticketUrl: true,
}).extend({ helpdesk: z.string().optional(), ticketId: z.string().optional(), organization: z.string().optional() });
export type IndexRow = z.infer<typeof IndexRow>;

// The index is rebuilt from the records when its version is not this one: a row gaining a field (2: the
// organization) is then filled for every record, not only those written since; one keeping less (3: the
// beginning of long text) is made smaller for every record.
export const RECORD_INDEX_VERSION = 3;
export const RecordIndex = z.object({
  version: z.literal(RECORD_INDEX_VERSION),
  rows: z.record(z.string(), z.preprocess(withCanonicalIds, IndexRow)),
});
export type RecordIndex = z.infer<typeof RecordIndex>;

/**
 * The records' ids, newest first: what the panel's similar-issue matching reads first, without reading the
 * whole record index (megabytes at 10,000 records) to learn their dates. Only an order: a record it does not
 * list is read after those it does.
 */
export const RecordDates = z.object({ version: z.literal(1), newestFirst: z.array(z.string()) });
export type RecordDates = z.infer<typeof RecordDates>;

function recordDatesOf(rows: Iterable<readonly [string, Pick<IndexRow, 'createdAt'>]>): RecordDates {
  const at = (iso: string) => Date.parse(iso) || 0;
  const newestFirst = [...rows]
    .map(([id, row]) => ({ id, at: at(row.createdAt) }))
    .sort((a, b) => b.at - a.at)
    .map(({ id }) => id);
  return { version: 1, newestFirst };
}

// Only what the small views hold of each row (its date, and its ticket, as this release writes the key, and
// status): megabytes of index read without parsing every row whole.
const IndexGist = z.object({
  rows: z.record(
    z.string(),
    z
      .preprocess(
        withCanonicalIds,
        z.object({
          createdAt: z.string().catch(''),
          key: z.string().catch(''),
          status: z.enum(ESCALATION_STATUSES).catch('resolved'),
        }),
      )
      .catch({ createdAt: '', key: '', status: 'resolved' }),
  ),
});

/** The small views kept beside the record index: the records' order, each ticket's open escalations. */
export interface IndexViews {
  dates: RecordDates;
  open: OpenTickets;
}

export function viewsOf(rows: Iterable<readonly [string, Pick<IndexRow, 'createdAt' | 'key' | 'status'>]>): IndexViews {
  const all = [...rows];
  return { dates: recordDatesOf(all), open: openTicketsOf(all) };
}

/**
 * The small views of a stored record index, where it has rows to read: a row without a date goes last, one
 * without a status is not open.
 */
export function viewsOfIndex(stored: unknown): IndexViews | undefined {
  const index = IndexGist.safeParse(stored);
  return index.success ? viewsOf(Object.entries(index.data.rows)) : undefined;
}

/** Whether the small views list the records the follow-up schedule does, those open as open. */
export function viewsMatch(views: IndexViews, statuses: ReadonlyMap<string, Escalation['status']>): boolean {
  const listed = new Set(views.dates.newestFirst);
  if (listed.size !== statuses.size || ![...listed].every((id) => statuses.has(id))) return false;
  const listedOpen = Object.values(views.open.byTicket).flat();
  const isOpenId = (id: string) => {
    const status = statuses.get(id);
    return status !== undefined && isOpen({ status });
  };
  return listedOpen.length === [...statuses.keys()].filter(isOpenId).length && listedOpen.every(isOpenId);
}

// A row keeps the beginning of long text: the list shows and searches it, and every panel open reads the
// whole index back (a 6 MB summary, kept whole, made that ~3.5 s). The escalation itself keeps all of it.
export const INDEX_TEXT_CHARS = 1000;
function head(text: string): string {
  if (text.length <= INDEX_TEXT_CHARS) return text;
  // Not between the two halves of an emoji or another character outside the BMP.
  const end = /[\uD800-\uDBFF]/.test(text[INDEX_TEXT_CHARS - 1] ?? '') ? INDEX_TEXT_CHARS - 1 : INDEX_TEXT_CHARS;
  return `${text.slice(0, end)}…`;
}
const headOf = (text: string | undefined) => (text === undefined ? undefined : head(text));

export function indexRowOf(r: Escalation): IndexRow {
  return {
    id: r.id,
    key: r.key,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    status: r.status,
    severity: r.severity,
    suggested: { severity: r.suggested.severity },
    followUps: r.followUps,
    customer: {
      ...r.customer,
      name: head(r.customer.name),
      email: head(r.customer.email),
      account: head(r.customer.account),
    },
    summary: head(r.summary),
    ticketUrl: r.ticketUrl,
    helpdesk: r.ticket?.helpdesk,
    ticketId: r.ticket?.ticketId,
    organization: headOf(r.ticket?.organization),
  };
}
