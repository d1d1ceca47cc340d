import {
  type DeEscalationReason,
  type Escalation,
  FOLLOW_UP_CLOCKS,
  type FollowUpClockName,
  type LogEntry,
  SEVERITIES,
  type Severity,
} from '../escalation/model';
import { addBusinessHours, type CadenceSettings, nextClock } from './cadence';
import { trackedFields } from './changes';
import { restartClocks, toClock } from './schedule';
import { severityChangeText } from './severity-change';
import { heldToSla, withinSla } from './sla';
import { isOpen, severityOf } from './status';
import { HOUR_MS } from './zoned-time';

export type UpdateKind = 'update-team' | 'update-customer' | 'note';

export type ActionResult =
  | { ok: true; record: Escalation }
  | {
      ok: false;
      error: 'update-required' | 'reason-required' | 'root-cause-required' | 'not-open' | 'severity-unchanged';
    };

// The business hours a severity's cadence counts in, if it counts only them.
const businessOf = (severity: Severity, settings: CadenceSettings) =>
  settings.cadence[severity].businessHoursOnly ? settings : undefined;

const earlier = (a: string, b: string) => (Date.parse(a) <= Date.parse(b) ? a : b);
const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

function logged(r: Escalation, now: Date, kind: LogEntry['kind'], text: string): Escalation {
  const at = now.toISOString();
  return { ...r, updatedAt: at, log: [...r.log, { at, kind, text }] };
}

// The escalation as sent is the baseline an update brief reports changes against.
export function escalate(r: Escalation, now: Date, settings: CadenceSettings): Escalation {
  const at = now.toISOString();
  const sent = { ...r, status: 'escalated' as const, lastCopied: { at, fields: trackedFields(r, settings.timeZone) } };
  const record = restartClocks(logged(sent, now, 'created', 'Escalated'), ['internal', 'customer'], now, settings);
  const customer = record.followUps.customer;
  if (!customer) return record;
  const business = businessOf(severityOf(record), settings);
  const held = withinSla(customer, r.ticket?.dueAt, now, settings.timeZone, true, business);
  return { ...record, followUps: { ...record.followUps, customer: held } };
}

// A copied update brief becomes the new baseline, and the copy goes into the timeline.
// The fields are those of the escalation as the copied brief showed it, which may be older than `r`.
export function markCopied(r: Escalation, now: Date, timeZone: string | undefined, copied: Escalation = r): Escalation {
  return {
    ...logged(r, now, 'copied', 'Update brief copied'),
    lastCopied: { at: now.toISOString(), fields: trackedFields(copied, timeZone) },
  };
}

// An update to the team resets the internal clock, one to the customer the customer clock; a note
// resets nothing. Each goes into the audit trail with its time.
export function logUpdate(
  r: Escalation,
  kind: UpdateKind,
  text: string,
  now: Date,
  settings: CadenceSettings,
): ActionResult {
  if (!isOpen(r)) return { ok: false, error: 'not-open' };
  // An empty update would restart a clock on nothing said.
  if (!text.trim()) return { ok: false, error: 'update-required' };
  let record = logged(r, now, kind, text.trim());
  if (kind === 'update-team') record = restartClocks(record, ['internal'], now, settings);
  if (kind === 'update-customer') {
    record = restartClocks(record, ['customer'], now, settings);
    const customer = record.followUps.customer;
    record = {
      ...record,
      followUps: customer
        ? { ...record.followUps, customer: withinSla(customer, r.ticket?.dueAt, now, settings.timeZone, false) }
        : record.followUps,
      communication: { ...record.communication, lastUpdate: { at: now.toISOString(), text } },
    };
  }
  return { ok: true, record };
}

// When a clock last started: the last update it counts (to the team, to the customer), else the escalation.
// A record from before follow-ups had its clocks started when it was upgraded, which no entry says: now.
function clockStart(r: Escalation, clock: FollowUpClockName, now: Date): Date {
  const kind = clock === 'internal' ? 'update-team' : 'update-customer';
  const at = r.log.findLast((e) => e.kind === kind || e.kind === 'created')?.at;
  return at ? new Date(at) : now;
}

const rank = (s: Severity) => SEVERITIES.length - SEVERITIES.indexOf(s);

/** Whether a severity would change the escalation's: "High → High" is no change to log or act on. */
export const changesSeverity = (r: Escalation, severity: Severity): boolean => severity !== severityOf(r);

// The cadence follows the new severity at once, counted from the last update each clock counts. Raised, a
// clock falls due as soon as the new cadence says (at once when the last update is already too old).
// Lowered, a clock not yet due moves out to the slower cadence, but one already due stays due (and an
// overdue one overdue) until the next update: a severity change is no update to anyone. The customer clock
// is held to the ticket's SLA time as at escalation (a slower window must not end after the SLA), and one
// already held stays held, whichever way the severity goes: lowered, it keeps its reminder ahead of the SLA
// rather than moving it onto the moment of the breach.
export function changeSeverity(
  r: Escalation,
  severity: Severity,
  reason: string,
  now: Date,
  settings: CadenceSettings,
): ActionResult {
  if (!isOpen(r)) return { ok: false, error: 'not-open' };
  // Asked in the form's order: the severity, then the reason for changing to it.
  if (!changesSeverity(r, severity)) return { ok: false, error: 'severity-unchanged' };
  if (!reason.trim()) return { ok: false, error: 'reason-required' };
  const from = severityOf(r);
  const record = logged({ ...r, severity }, now, 'severity', severityChangeText(from, severity, reason));
  const raised = rank(severity) > rank(from);
  const followUps = { ...record.followUps };
  const slaHeld = heldToSla(r.followUps.customer, r.ticket?.dueAt, settings.timeZone);
  for (const clock of FOLLOW_UP_CLOCKS) {
    const cadence = toClock(nextClock(severity, clock, clockStart(r, clock, now), settings));
    const next =
      clock === 'customer'
        ? withinSla(cadence, r.ticket?.dueAt, now, settings.timeZone, true, businessOf(severity, settings))
        : cadence;
    const current = r.followUps[clock];
    if (!current) followUps[clock] = next;
    else if (clock === 'customer' && slaHeld && !raised) continue;
    else if (raised) {
      followUps[clock] = {
        dueAt: earlier(current.dueAt, next.dueAt),
        overdueAt: earlier(current.overdueAt, next.overdueAt),
      };
    } else if (Date.parse(current.dueAt) > now.getTime()) {
      followUps[clock] = {
        dueAt: later(current.dueAt, next.dueAt),
        overdueAt: later(current.overdueAt, next.overdueAt),
      };
    }
  }
  return { ok: true, record: { ...record, followUps } };
}

// "Snooze 1 h": the due clock comes back in an hour (and is not overdue before then). A clock already
// restarted by an update since that reminder (snoozed from an older notification) is never pulled earlier.
// A business-hours cadence (Medium) is snoozed in business hours too: never into the night or a weekend.
export function snooze(
  r: Escalation,
  clock: 'internal' | 'customer',
  hours: number,
  now: Date,
  settings: CadenceSettings,
): ActionResult {
  const c = r.followUps[clock];
  if (!isOpen(r) || !c) return { ok: false, error: 'not-open' };
  const businessOnly = settings.cadence[severityOf(r)].businessHoursOnly;
  const until = businessOnly ? addBusinessHours(now, hours, settings) : new Date(now.getTime() + hours * HOUR_MS);
  // A customer clock held to an SLA still ahead is snoozed up to the SLA at most: the breach stays flagged.
  const slaAhead =
    clock === 'customer' && heldToSla(c, r.ticket?.dueAt, settings.timeZone) && Date.parse(c.overdueAt) > now.getTime();
  const snoozed = later(until.toISOString(), c.dueAt);
  const dueAt = slaAhead ? earlier(snoozed, c.overdueAt) : snoozed;
  const overdueAt = slaAhead ? c.overdueAt : later(c.overdueAt, dueAt);
  // A clock an update has already moved past the snooze is left as it is, and no snooze is logged for it.
  if (dueAt === c.dueAt && overdueAt === c.overdueAt) return { ok: true, record: r };
  const record = logged(r, now, 'snoozed', `${clock} +${hours} h`);
  return { ok: true, record: { ...record, followUps: { ...record.followUps, [clock]: { dueAt, overdueAt } } } };
}

const closed = (r: Escalation): Escalation => ({
  ...r,
  followUps: { notified: {} },
});

export function deEscalate(r: Escalation, reason: DeEscalationReason, note: string, now: Date): ActionResult {
  if (!isOpen(r)) return { ok: false, error: 'not-open' };
  const record = logged(closed(r), now, 'status', `De-escalated (${reason})${note.trim() ? `: ${note.trim()}` : ''}`);
  return {
    ok: true,
    record: {
      ...record,
      status: 'de-escalated',
      outcome: { ...r.outcome, deEscalationReason: reason, learning: note.trim(), closedAt: now.toISOString() },
    },
  };
}

// Closing the loop keeps the root cause and the learning for pattern detection.
export function resolve(r: Escalation, rootCause: string, learning: string, now: Date): ActionResult {
  if (!rootCause.trim()) return { ok: false, error: 'root-cause-required' };
  if (!isOpen(r)) return { ok: false, error: 'not-open' };
  const record = logged(closed(r), now, 'status', `Resolved: ${rootCause.trim()}`);
  return {
    ok: true,
    record: {
      ...record,
      status: 'resolved',
      outcome: { ...r.outcome, rootCause: rootCause.trim(), learning: learning.trim(), closedAt: now.toISOString() },
    },
  };
}
