import { type Escalation, FOLLOW_UP_CLOCKS, type FollowUpClock, type FollowUpClockName } from '../escalation/model';

// The part of a record scheduling reads: the worker parses only this much of each stored record.
export type Schedulable = Pick<Escalation, 'id' | 'status' | 'severity' | 'suggested' | 'followUps'>;

import { type CadenceSettings, isBusinessTime, nextBusinessOpening, nextClock } from './cadence';
import { isOpen, severityOf } from './status';

export const toClock = (c: { dueAt: Date; overdueAt: Date }) => ({
  dueAt: c.dueAt.toISOString(),
  overdueAt: c.overdueAt.toISOString(),
});

// Starts the given clocks afresh from `from` (escalating, an update).
export function restartClocks<R extends Schedulable>(
  r: R,
  clocks: readonly FollowUpClockName[],
  from: Date,
  settings: CadenceSettings,
): R {
  const followUps = { ...r.followUps };
  for (const clock of clocks) followUps[clock] = toClock(nextClock(severityOf(r), clock, from, settings));
  return { ...r, followUps };
}

// An open record from before follow-ups (or imported) gets its missing clocks from now.
export function withClocks<R extends Schedulable>(r: R, now: Date, settings: CadenceSettings): R {
  if (!isOpen(r)) return r;
  const missing = FOLLOW_UP_CLOCKS.filter((c) => !r.followUps[c]);
  return missing.length ? restartClocks(r, missing, now, settings) : r;
}

export interface Reminder<R extends Schedulable = Escalation> {
  id: string;
  clock: FollowUpClockName;
  dueAt: string;
  overdue: boolean;
  record: R;
}

const ms = (iso: string) => Date.parse(iso);

// A business-hours cadence (Medium by default) never reminds at night, on a weekend or a holiday: what falls
// due then, or was missed while the browser was closed, waits for the next opening. A clock due in business
// time is still shown a little after it: one due at closing time (where business-hour arithmetic often puts
// it) would otherwise wait for the next opening because the alarm fired a moment late. Settings with no
// business time at all count round the clock (see ./cadence), so nothing is held for an opening that never
// comes.
const LATE_ALARM_GRACE_MS = 15 * 60_000;

// Nor is a customer reminder held past the end of its window: one held to an SLA that comes before the next
// opening (at night, say) is shown when due rather than after the breach, also where it is due at the SLA
// itself (an update to the customer, or a snooze, reaching it). A team check-in has no window, and waits for
// the opening.
function quietHours(
  now: Date,
  settings: CadenceSettings,
): (r: Schedulable, clock: FollowUpClockName, c: FollowUpClock) => boolean {
  const opening = isBusinessTime(now, settings) ? undefined : nextBusinessOpening(now, settings)?.getTime();
  const inTime = (at: number) => now.getTime() - at <= LATE_ALARM_GRACE_MS;
  return (r, clock, c) => {
    if (opening === undefined || !settings.cadence[severityOf(r)].businessHoursOnly) return false;
    const dueInBusinessTime = inTime(ms(c.dueAt)) && isBusinessTime(new Date(c.dueAt), settings);
    const overdueBeforeOpening = clock === 'customer' && inTime(ms(c.overdueAt)) && ms(c.overdueAt) < opening;
    return !(dueInBusinessTime || overdueBeforeOpening);
  };
}

const pending = (r: Schedulable, clock: FollowUpClockName, t: number) => {
  const c = r.followUps[clock];
  return c !== undefined && ms(c.dueAt) <= t && r.followUps.notified[clock] !== c.dueAt;
};

// Clocks that are due now and were not yet notified for this due time.
export function dueReminders<R extends Schedulable>(
  records: readonly R[],
  now: Date,
  settings: CadenceSettings,
): Reminder<R>[] {
  const t = now.getTime();
  const quiet = quietHours(now, settings);
  const out: Reminder<R>[] = [];
  for (const record of records) {
    if (!isOpen(record)) continue;
    for (const clock of FOLLOW_UP_CLOCKS) {
      const c = record.followUps[clock];
      if (!c || !pending(record, clock, t) || quiet(record, clock, c)) continue;
      // The team check-in is due and overdue at one time, and its alarm fires a moment after it: a reminder is
      // called overdue when it comes later than an alarm can be late (the browser was closed, say).
      out.push({ id: record.id, clock, dueAt: c.dueAt, overdue: t - ms(c.overdueAt) > LATE_ALARM_GRACE_MS, record });
    }
  }
  return out.sort((a, b) => ms(a.dueAt) - ms(b.dueAt));
}

/**
 * The worker's clocks laid over the record as stored now: the stored clocks win (the panel may have
 * restarted one, logging an update, while a reminder was being shown); the worker only adds clocks a record
 * lacks, and marks a clock notified only for the due time still stored.
 */
export function mergeFollowUps(
  stored: Escalation['followUps'],
  worker: Escalation['followUps'],
): Escalation['followUps'] {
  const out: Escalation['followUps'] = { ...stored, notified: { ...stored.notified } };
  for (const clock of FOLLOW_UP_CLOCKS) {
    const c = stored[clock] ?? worker[clock];
    out[clock] = c;
    const mark = worker.notified[clock];
    if (mark !== undefined && mark === c?.dueAt) out.notified[clock] = mark;
  }
  return out;
}

export function markNotified<R extends Schedulable>(r: R, clocks: readonly FollowUpClockName[]): R {
  const notified = { ...r.followUps.notified };
  for (const clock of clocks) notified[clock] = r.followUps[clock]?.dueAt;
  return { ...r, followUps: { ...r.followUps, notified } };
}

// Open escalations with a clock past its upper bound: the toolbar badge, counting what the list marks overdue.
export function overdueCount(records: readonly Schedulable[], now: Date): number {
  const t = now.getTime();
  return records.filter(
    (r) =>
      isOpen(r) &&
      FOLLOW_UP_CLOCKS.some((clock) => {
        const c = r.followUps[clock];
        return !!c && ms(c.overdueAt) < t;
      }),
  ).length;
}

// The one alarm: the earliest future moment anything changes (a clock falls due, or becomes overdue and
// the badge must count it, or business hours open on a reminder held back). Chrome caps alarms at 500; one
// rolling alarm scales to any number of records.
export function nextWakeAt(records: readonly Schedulable[], now: Date, settings: CadenceSettings): Date | undefined {
  const t = now.getTime();
  const quiet = quietHours(now, settings);
  let next = Number.POSITIVE_INFINITY;
  let held = false;
  for (const r of records) {
    if (!isOpen(r)) continue;
    for (const clock of FOLLOW_UP_CLOCKS) {
      const c = r.followUps[clock];
      if (!c) continue;
      for (const at of [ms(c.dueAt), ms(c.overdueAt)]) if (at > t && at < next) next = at;
      if (pending(r, clock, t) && quiet(r, clock, c)) held = true;
    }
  }
  const opening = held ? nextBusinessOpening(now, settings) : undefined;
  if (opening) next = Math.min(next, opening.getTime());
  return Number.isFinite(next) ? new Date(next) : undefined;
}

/** When an open escalation's next follow-up is due (the earlier of its clocks), as an ISO time. */
export function nextDueAt(r: Schedulable): string | undefined {
  if (!isOpen(r)) return undefined;
  let next: string | undefined;
  for (const c of FOLLOW_UP_CLOCKS) {
    const at = r.followUps[c]?.dueAt;
    if (at && Number.isFinite(ms(at)) && (!next || ms(at) < ms(next))) next = at;
  }
  return next;
}

// The open escalations, next due first; then the closed ones, latest first.
export function byNextDue<R extends Schedulable & Pick<Escalation, 'updatedAt'>>(records: readonly R[]): R[] {
  const keyed = records.map((r) => {
    const next = nextDueAt(r);
    return { r, open: isOpen(r), due: next ? ms(next) : Number.POSITIVE_INFINITY };
  });
  keyed.sort((a, b) => Number(b.open) - Number(a.open) || a.due - b.due || b.r.updatedAt.localeCompare(a.r.updatedAt));
  return keyed.map((k) => k.r);
}
