import { type Escalation, FOLLOW_UP_CLOCKS, type FollowUpClockName, type Severity } from '../escalation/model';
import { type CadenceSettings, nextClock } from './cadence';

// Only an escalation in progress has reminders; de-escalated and resolved ones are done.
export const isOpen = (r: Escalation): boolean => r.status === 'escalated';

export const severityOf = (r: Escalation): Severity => r.severity ?? r.suggested.severity ?? 'medium';

const toClock = (c: { dueAt: Date; overdueAt: Date }) => ({
  dueAt: c.dueAt.toISOString(),
  overdueAt: c.overdueAt.toISOString(),
});

// Starts the given clocks afresh from `from` (escalating, an update, a severity change).
export function restartClocks(
  r: Escalation,
  clocks: readonly FollowUpClockName[],
  from: Date,
  settings: CadenceSettings,
): Escalation {
  const followUps = { ...r.followUps };
  for (const clock of clocks) followUps[clock] = toClock(nextClock(severityOf(r), clock, from, settings));
  return { ...r, followUps };
}

// An open record from before follow-ups (or imported) gets its missing clocks from now.
export function withClocks(r: Escalation, now: Date, settings: CadenceSettings): Escalation {
  if (!isOpen(r)) return r;
  const missing = FOLLOW_UP_CLOCKS.filter((c) => !r.followUps[c]);
  return missing.length ? restartClocks(r, missing, now, settings) : r;
}

export interface Reminder {
  id: string;
  clock: FollowUpClockName;
  dueAt: string;
  overdue: boolean;
  record: Escalation;
}

const ms = (iso: string) => Date.parse(iso);

// Clocks that are due now and were not yet notified for this due time.
export function dueReminders(records: readonly Escalation[], now: Date): Reminder[] {
  const t = now.getTime();
  const out: Reminder[] = [];
  for (const record of records) {
    if (!isOpen(record)) continue;
    for (const clock of FOLLOW_UP_CLOCKS) {
      const c = record.followUps[clock];
      if (!c || ms(c.dueAt) > t || record.followUps.notified[clock] === c.dueAt) continue;
      out.push({ id: record.id, clock, dueAt: c.dueAt, overdue: ms(c.overdueAt) < t, record });
    }
  }
  return out.sort((a, b) => ms(a.dueAt) - ms(b.dueAt));
}

export function markNotified(r: Escalation, clocks: readonly FollowUpClockName[]): Escalation {
  const notified = { ...r.followUps.notified };
  for (const clock of clocks) notified[clock] = r.followUps[clock]?.dueAt;
  return { ...r, followUps: { ...r.followUps, notified } };
}

// Open clocks past their upper bound: the toolbar badge.
export function overdueCount(records: readonly Escalation[], now: Date): number {
  const t = now.getTime();
  let n = 0;
  for (const r of records) {
    if (!isOpen(r)) continue;
    for (const clock of FOLLOW_UP_CLOCKS) {
      const c = r.followUps[clock];
      if (c && ms(c.overdueAt) < t) n++;
    }
  }
  return n;
}

// The one alarm: the earliest future moment anything changes (a clock falls due, or becomes overdue and
// the badge must count it). Chrome caps alarms at 500; one rolling alarm scales to any number of records.
export function nextWakeAt(records: readonly Escalation[], now: Date): Date | undefined {
  const t = now.getTime();
  let next = Number.POSITIVE_INFINITY;
  for (const r of records) {
    if (!isOpen(r)) continue;
    for (const clock of FOLLOW_UP_CLOCKS) {
      const c = r.followUps[clock];
      if (!c) continue;
      for (const at of [ms(c.dueAt), ms(c.overdueAt)]) if (at > t && at < next) next = at;
    }
  }
  return Number.isFinite(next) ? new Date(next) : undefined;
}

// The open escalations, next due first; overdue ones lead.
export function byNextDue(records: readonly Escalation[]): Escalation[] {
  const due = (r: Escalation) =>
    isOpen(r)
      ? Math.min(...FOLLOW_UP_CLOCKS.map((c) => ms(r.followUps[c]?.dueAt ?? '') || Number.POSITIVE_INFINITY))
      : Number.POSITIVE_INFINITY;
  return [...records].sort(
    (a, b) => Number(isOpen(b)) - Number(isOpen(a)) || due(a) - due(b) || (b.updatedAt > a.updatedAt ? 1 : -1),
  );
}
