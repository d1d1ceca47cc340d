import { instantOf } from '../escalation/deadline';
import type { FollowUpClock } from '../escalation/model';

/**
 * The instant of the ticket's SLA due time. One the page showed without a zone is a wall time in the
 * options' time zone, as the brief reads it: the reminder and the brief agree whatever the computer's zone.
 */
function slaInstant(dueAt: string | undefined, timeZone: string): number | undefined {
  const at = dueAt ? instantOf(dueAt, timeZone) : Number.NaN;
  return Number.isNaN(at) ? undefined : at;
}

// The customer hears within the cadence, or by the ticket's SLA due time when that comes first ("or per
// SLA"): a clock whose window ends after a future SLA time is overdue at it. One whose window only opens
// after the SLA reminds halfway there: a first reminder at the breach itself would come too late to act on.
export function withinSla(
  customer: FollowUpClock,
  dueAt: string | undefined,
  now: Date,
  timeZone: string,
  // After an update to the customer the reminder stays at the SLA: halving again at each update would bunch
  // reminders up towards it.
  remindHalfway = true,
): FollowUpClock {
  const sla = slaInstant(dueAt, timeZone);
  if (sla === undefined || sla <= now.getTime() || sla >= Date.parse(customer.overdueAt)) return customer;
  const at = new Date(sla).toISOString();
  const halfway = new Date(now.getTime() + Math.round((sla - now.getTime()) / 2)).toISOString();
  return { dueAt: Date.parse(customer.dueAt) <= sla ? customer.dueAt : remindHalfway ? halfway : at, overdueAt: at };
}

/** Whether the customer clock is the one held to the SLA time (its window ended after the SLA). */
export function heldToSla(customer: FollowUpClock | undefined, dueAt: string | undefined, timeZone: string): boolean {
  const sla = slaInstant(dueAt, timeZone);
  return sla !== undefined && customer !== undefined && Date.parse(customer.overdueAt) === sla;
}
