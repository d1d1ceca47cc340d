import { BRIEF_LABELS, type Locale } from '../brief/labels';
import { stripControls } from '../brief/sanitize';
import type { IndexRow } from '../escalation/migrate';
import type { Translate } from '../i18n/translate';
import type { Reminder } from './schedule';
import { severityOf } from './schedule';

const MAX_LINE = 120;

// Notifications are plain text, but ticket text may still carry control or bidi characters; a line is
// kept short so the browser shows the important part.
const clean = (s: string) => {
  const t = stripControls(s).replace(/\s+/g, ' ').trim();
  return t.length > MAX_LINE ? `${t.slice(0, MAX_LINE - 1)}…` : t;
};

export function reminderText(r: Reminder<IndexRow>, t: Translate, locale: Locale): { title: string; message: string } {
  const e = r.record;
  const customer = clean(e.customer.account || e.customer.name || t('followup_noCustomer'));
  const severity = BRIEF_LABELS[locale].severities[severityOf(e)];
  const clock = t(r.clock === 'internal' ? 'followup_internalDue' : 'followup_customerDue');
  return {
    title: t('followup_title', customer),
    message: [
      `${severity} · ${clean(e.summary) || t('followup_noSummary')}`,
      r.overdue ? t('followup_overdue', clock) : clock,
    ].join('\n'),
  };
}

// Reminders missed while the browser was closed arrive together: one notification, not a burst.
export function summaryText(
  reminders: readonly Reminder<IndexRow>[],
  t: Translate,
): { title: string; message: string } {
  const names = [
    ...new Set(reminders.map((r) => clean(r.record.customer.account || r.record.customer.name || r.record.summary))),
  ];
  return {
    title: t('followup_summaryTitle', String(reminders.length)),
    message: names.slice(0, 4).join(', ') + (names.length > 4 ? ` +${names.length - 4}` : ''),
  };
}

export const NOTIFICATION_PREFIX = 'followup:';

// The notification id carries the escalation and the clock, so a click can open the right one.
export const notificationId = (r: { id: string; clock: string }) => `${NOTIFICATION_PREFIX}${r.clock}:${r.id}`;

export function parseNotificationId(
  id: string,
): { clock: 'internal' | 'customer'; id: string } | { summary: true } | undefined {
  if (id === `${NOTIFICATION_PREFIX}summary`) return { summary: true };
  const m = /^followup:(internal|customer):(.+)$/.exec(id);
  return m?.[1] && m[2] ? { clock: m[1] as 'internal' | 'customer', id: m[2] } : undefined;
}
