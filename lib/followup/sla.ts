import { instantOf } from '../escalation/deadline';
import type { FollowUpClock } from '../escalation/model';
import { addBusinessHours, type BusinessSettings, businessTimeBetween } from './cadence';
import { HOUR_MS } from './zoned-time';

/**
 * The instant of the ticket's SLA due time. One the page showed without a zone is a wall time in the
 * options' time zone, as the brief reads it: the reminder and the brief agree whatever the computer's zone.
 */
function slaInstant(dueAt: string | undefined, timeZone: string): number | undefined {
  const at = dueAt ? instantOf(dueAt, timeZone) : Number.NaN;
  return Number.isNaN(at) ? undefined : at;
}

// A business-hours cadence reminds halfway through the business time left before the SLA, so the reminder
// is not held for an opening that comes after the breach; with none left, halfway in time (and the worker
// does not hold a reminder past the time it falls overdue).
function halfwayTo(sla: number, now: Date, business: BusinessSettings | undefined): string {
  const left = business && businessTimeBetween(now, new Date(sla), business);
  const at =
    business && left ? addBusinessHours(now, left / 2 / HOUR_MS, business).getTime() : (now.getTime() + sla) / 2;
  return new Date(Math.round(at)).toISOString();
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
  // The business hours of a cadence that counts only them.
  business?: BusinessSettings,
): FollowUpClock {
  const sla = slaInstant(dueAt, timeZone);
  if (sla === undefined || sla <= now.getTime() || sla >= Date.parse(customer.overdueAt)) return customer;
  const at = new Date(sla).toISOString();
  const reminder = remindHalfway ? halfwayTo(sla, now, business) : at;
  return { dueAt: Date.parse(customer.dueAt) <= sla ? customer.dueAt : reminder, overdueAt: at };
}

/** Whether the customer clock is the one held to the SLA time (its window ended after the SLA). */
export function heldToSla(customer: FollowUpClock | undefined, dueAt: string | undefined, timeZone: string): boolean {
  const sla = slaInstant(dueAt, timeZone);
  return sla !== undefined && customer !== undefined && Date.parse(customer.overdueAt) === sla;
}
