import { customerOf } from '../escalation/customer';
import { isTicketKey } from '../escalation/draft-key';
import type { IndexRow } from '../escalation/migrate';
import type { Escalation, Helpdesk, Severity } from '../escalation/model';
import { FOLLOW_UP_CLOCKS } from '../escalation/model';
import { isOpen, severityOf } from './status';

export interface RecordFilter {
  status: 'open' | 'closed' | 'all';
  severity?: Severity;
  helpdesk?: Helpdesk;
  query: string;
}

// A whole record keeps the helpdesk's organization in its ticket, an index row beside the customer.
interface Named {
  customer: Escalation['customer'];
  organization?: string;
  ticket?: { organization?: string };
}

/** Who an escalation is for, as its reminders, the list and its detail name it: as the brief does (customerOf). */
export const customerName = (r: Named): string =>
  customerOf({ customer: r.customer, ticket: { organization: r.organization ?? r.ticket?.organization } });

const haystack = (r: IndexRow) =>
  [r.summary, r.customer.name, r.customer.account, r.organization, r.customer.email, r.ticketId, r.ticketUrl]
    .join('\n')
    .toLowerCase();

/** Open escalations of the ticket a draft is for; none for a draft whose key names no ticket (isTicketKey). */
export function openForTicket<R extends Pick<IndexRow, 'key' | 'status'>>(rows: readonly R[], key: string): R[] {
  return isTicketKey(key) ? rows.filter((r) => r.key === key && isOpen(r)) : [];
}

export function filterRecords<R extends IndexRow>(records: readonly R[], f: RecordFilter): R[] {
  const words = f.query.toLowerCase().split(/\s+/).filter(Boolean);
  return records.filter(
    (r) =>
      (f.status === 'all' || (f.status === 'open') === isOpen(r)) &&
      (!f.severity || severityOf(r) === f.severity) &&
      (!f.helpdesk || (r.helpdesk ?? 'generic') === f.helpdesk) &&
      (!words.length || words.every((w) => haystack(r).includes(w))),
  );
}

/** Whether a follow-up clock is past its upper bound: the detail marks that clock, the list its escalation. */
export const isClockOverdue = (clock: Escalation['followUps']['internal'], now: Date): boolean =>
  (clock?.overdueAt ?? '9') < now.toISOString();

export function isOverdue(r: Pick<Escalation, 'status' | 'followUps'>, now: Date): boolean {
  return isOpen(r) && FOLLOW_UP_CLOCKS.some((c) => isClockOverdue(r.followUps[c], now));
}
