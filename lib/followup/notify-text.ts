import { BRIEF_LABELS, type Locale } from '../brief/labels';
import { cutLine } from '../brief/sanitize';
import type { IndexRow } from '../escalation/migrate';
import { FOLLOW_UP_CLOCKS, type FollowUpClockName } from '../escalation/model';
import type { Translate } from '../i18n/translate';
import { customerName, isOverdue } from './list';
import type { Reminder, Schedulable } from './schedule';
import { isOpen, severityOf } from './status';

const MAX_LINE = 120;

// Notifications are plain text, but ticket text may still carry control or bidi characters; a line is
// kept short so the browser shows the important part.
const clean = (s: string) => cutLine(s, MAX_LINE);

/** The reminders of one escalation: both clocks often fall due together, and they make one notification. */
export type EscalationReminders = readonly [Reminder<IndexRow>, ...Reminder<IndexRow>[]];

export function reminderText(
  rs: EscalationReminders,
  t: Translate,
  locale: Locale,
): { title: string; message: string } {
  const e = rs[0].record;
  const customer = clean(customerName(e) || t('followup_noCustomer'));
  const severity = BRIEF_LABELS[locale].severities[severityOf(e)];
  const clocks = rs.map((r) => {
    const clock = t(r.clock === 'internal' ? 'followup_internalDue' : 'followup_customerDue');
    return r.overdue ? t('followup_overdue', clock) : clock;
  });
  return {
    title: t('followup_title', customer),
    message: [`${severity} · ${clean(e.summary) || t('followup_noSummary')}`, ...clocks].join('\n'),
  };
}

/** Due reminders grouped by escalation, in the order they fell due. */
export function byEscalation(reminders: readonly Reminder<IndexRow>[]): EscalationReminders[] {
  const groups = new Map<string, [Reminder<IndexRow>, ...Reminder<IndexRow>[]]>();
  for (const r of reminders) {
    const group = groups.get(r.id);
    if (group) group.push(r);
    else groups.set(r.id, [r]);
  }
  return [...groups.values()];
}

// Reminders of several escalations at once (missed while the browser was closed) arrive together: one
// notification, not a burst. It counts escalations, not their clocks, and those overdue as the badge beside it
// and the list count them (a clock past its upper bound). It is only ever of two or more, so its title has no
// singular.
export function summaryText(
  reminders: readonly Reminder<IndexRow>[],
  t: Translate,
  now: Date,
): { title: string; message: string } {
  const names = [
    ...new Set(reminders.map((r) => clean(customerName(r.record) || r.record.summary) || t('followup_noCustomer'))),
  ];
  const escalations = byEscalation(reminders);
  const overdue = escalations.filter(([r]) => r && isOverdue(r.record, now)).length;
  return {
    title: overdue
      ? t('followup_summaryTitleOverdue', String(escalations.length), String(overdue))
      : t('followup_summaryTitle', String(escalations.length)),
    message: names.slice(0, 4).join(t('listSeparator')) + (names.length > 4 ? ` +${names.length - 4}` : ''),
  };
}

const NOTIFICATION_PREFIX = 'followup:';

// The notification id carries the escalation and its due clocks, so a click opens the right one and a
// snooze moves the clocks it reminded of.
export const notificationId = (rs: EscalationReminders) =>
  `${NOTIFICATION_PREFIX}${rs.map((r) => r.clock).join('+')}:${rs[0].id}`;

// The summary of several escalations names them, so it can go once none of them is due any more.
export const summaryNotificationId = (reminders: readonly { id: string }[]) =>
  `${NOTIFICATION_PREFIX}summary:${[...new Set(reminders.map((r) => r.id))].join(',')}`;

export function parseNotificationId(
  id: string,
): { clocks: FollowUpClockName[]; id: string } | { summary: true; ids: string[] } | undefined {
  const summary = /^followup:summary(?::(.*))?$/.exec(id);
  if (summary) return { summary: true, ids: summary[1] ? summary[1].split(',') : [] };
  const m = /^followup:((?:internal|customer)(?:\+(?:internal|customer))?):(.+)$/.exec(id);
  if (!m?.[1] || !m[2]) return undefined;
  return { clocks: [...new Set(m[1].split('+'))] as FollowUpClockName[], id: m[2] };
}

/**
 * Reminders on screen that no longer hold: their escalation was closed, or every clock they named was
 * restarted by an update since (snoozing one then would move a clock that is not due).
 */
export function staleNotifications(ids: readonly string[], records: readonly Schedulable[], now: Date): string[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const dueNow = (r: Schedulable) =>
    isOpen(r) && FOLLOW_UP_CLOCKS.some((c) => Date.parse(r.followUps[c]?.dueAt ?? '') <= now.getTime());
  return ids.filter((id) => {
    const parsed = parseNotificationId(id);
    if (!parsed) return false;
    // A summary goes once none of the escalations it named has a clock due (one from before it named them,
    // once none at all has).
    if (!('id' in parsed)) {
      const named = parsed.ids.length ? parsed.ids.flatMap((i) => byId.get(i) ?? []) : records;
      return !named.some(dueNow);
    }
    const r = byId.get(parsed.id);
    if (!r || !isOpen(r)) return true;
    return parsed.clocks.every((c) => Date.parse(r.followUps[c]?.dueAt ?? '') > now.getTime());
  });
}
