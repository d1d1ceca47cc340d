import { canonicalTicketKey } from '../helpdesks/salesforce-id';
import { z } from '../zod';
import { ESCALATION_SCHEMA_VERSION, Escalation } from './model';

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

// Salesforce ids were kept as the address showed them, 15 or 18 characters; a 15-character one is now read
// as the 18-character form new reads give, so the draft, its record and the ticket meet again.
function withCanonicalIds(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const r = raw as { key?: unknown; ticket?: { helpdesk?: unknown; ticketId?: unknown }; ticketId?: unknown };
  if (typeof r.key !== 'string' || canonicalTicketKey(r.key) === r.key) return raw;
  const key = canonicalTicketKey(r.key);
  const ticketId = key.slice('salesforce:'.length);
  return {
    ...r,
    key,
    ...(r.ticket ? { ticket: { ...r.ticket, ticketId } } : {}),
    ...(r.ticketId !== undefined ? { ticketId } : {}),
  };
}

export const StoredEscalation = z.preprocess((raw) => withCanonicalIds(fromV1(raw)), Escalation);

// One record's row in the record index: what the follow-up worker and the Escalations list need, so
// neither reads every whole record (2,000 of them are 4 MB, ~0.4 s to read back in Chromium).
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
}).extend({ helpdesk: z.string().optional(), ticketId: z.string().optional() });
export type IndexRow = z.infer<typeof IndexRow>;

export const RecordIndex = z.object({
  version: z.literal(1),
  rows: z.record(z.string(), z.preprocess(withCanonicalIds, IndexRow)),
});
export type RecordIndex = z.infer<typeof RecordIndex>;

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
    customer: r.customer,
    summary: r.summary,
    ticketUrl: r.ticketUrl,
    helpdesk: r.ticket?.helpdesk,
    ticketId: r.ticket?.ticketId,
  };
}
