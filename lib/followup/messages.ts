import { BRIEF_LABELS, type Locale } from '../brief/labels';
import { noBroadcasts } from '../brief/mentions';
import { cleanOutgoing } from '../brief/outgoing';
import type { DeEscalationReason, Escalation } from '../escalation/model';
import { nameBeforeWords } from '../i18n/spacing';
import type { Translate } from '../i18n/translate';
import type { RedactOptions } from '../redaction-options';
import { type CadenceSettings, nextClock } from './cadence';
import { toClock } from './schedule';
import { withinSla } from './sla';
import { severityOf } from './status';

// Masked and stripped as the brief is, and with an @here, @channel or @everyone quoted from the ticket or
// typed by the agent broken as the brief's formats break it: a message is pasted into Slack (notifying the
// receiving team, internal tracking) or a helpdesk that may pass it on, where it would ping a whole channel.
const outgoing = (text: string, redaction: RedactOptions) => noBroadcasts(cleanOutgoing(text, redaction));

// The summary quoted in a message: on one line, and where none was written, the brief's words for that
// ("Summary not written yet"), never an empty "".
const about = (r: Escalation, none: string) => r.summary.trim().replace(/\s*\n\s*/g, ' ') || none;

const CUSTOMER_UPDATE: Record<Locale, (r: Escalation, latest: string, by: string) => string> = {
  en: (r, latest, by) =>
    [
      `Hi ${r.customer.name.trim() || 'there'},`,
      '',
      `We're still investigating "${about(r, BRIEF_LABELS.en.untitled)}" — here's what we know so far:`,
      latest ? `- ${latest}` : '- Our engineering team is actively working on it.',
      '',
      `We'll update you again by ${by}.`,
    ].join('\n'),
  'zh-CN': (r, latest, by) =>
    [
      `${nameBeforeWords(r.customer.name.trim(), 'zh-CN')}您好：`,
      '',
      `我们仍在调查“${about(r, BRIEF_LABELS['zh-CN'].untitled)}”——目前已知的情况如下：`,
      latest ? `- ${latest}` : '- 我们的工程团队正在积极处理。',
      '',
      `我们会在 ${by}之前再次向您更新进展。`,
    ].join('\n'),
};

/**
 * "We're still investigating — here's what we know so far", from the latest update to the team. It
 * promises the next update by the end of the customer clock's window that sending it starts, or by the
 * ticket's SLA time when that comes first. Masked as the
 * brief is: the summary and updates come from the ticket.
 */
export function customerUpdate(
  r: Escalation,
  locale: Locale,
  now: Date,
  settings: CadenceSettings,
  redaction: RedactOptions,
): string {
  const latest = (r.log.findLast((e) => e.kind === 'update-team' || e.kind === 'update-customer')?.text ?? '')
    .trim()
    .replace(/\s*\n\s*/g, '\n  ');
  const window = toClock(nextClock(severityOf(r), 'customer', now, settings));
  const by = new Date(withinSla(window, r.ticket?.dueAt, now, settings.timeZone).overdueAt);
  return outgoing(CUSTOMER_UPDATE[locale](r, latest, promisedBy(by, locale, settings.timeZone)), redaction);
}

// "Dec 1, 10:00 PM GMT+8" in English. Chinese formatting puts the zone between the date and the time
// ("12月1日 GMT+8 22:00"), which reads as part of the date: there it follows the time, as an aside.
function promisedBy(by: Date, locale: Locale, timeZone: string): string {
  const zoned = new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  });
  if (locale === 'en') return zoned.format(by);
  const parts = zoned.formatToParts(by);
  const zone = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  const time = parts
    .filter((p) => p.type !== 'timeZoneName')
    .map((p) => p.value)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  return zone ? `${time}${BRIEF_LABELS[locale].aside(zone)}` : time;
}

// What the agent typed, as a sentence: begun with a capital ("use the retry button" → "Use the retry
// button."), ended by its own mark ("It was DNS?", 'He said "restart it."', "Unclear…") or the language's
// full stop; a clause left hanging (a colon, a comma) gives way to the full stop. Empty when they typed nothing.
const ENDED = /[.。!?！？…]["'”’)）\]]*$/u;
const HANGING = /[,;:，；：、]+$/u;
// Only a plain lower-case word with a vowel is capitalised: a name or code typed as it is spelled ("iOS",
// "npm", "config.yaml", "https://…", "v2", "`retry`") stays as written.
const PLAIN_WORD = /^(\p{Ll}[\p{Ll}'’-]*)(?=$|[\s,;:.!?])/u;
const VOWEL = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/u;
function capitalised(typed: string): string {
  const word = PLAIN_WORD.exec(typed)?.[1];
  if (!word || !VOWEL.test(word) || /^\S+[.:/]\S/u.test(typed)) return typed;
  return `${typed.charAt(0).toUpperCase()}${typed.slice(1)}`;
}
export function sentence(text: string, t: Translate): string {
  const typed = capitalised(text.trim().replace(HANGING, ''));
  if (!typed) return '';
  return ENDED.test(typed) ? typed : `${typed}${t('msg_fullStop')}`;
}
// The same, following one of the message's own sentences: after a space where the language puts one.
function trailing(text: string, t: Translate): string {
  const typed = sentence(text, t);
  return typed && t('msg_fullStop') === '.' ? ` ${typed}` : typed;
}
// Messages to a customer greet them by name ("Hi Dana", "王女士您好"), or as the language does without one
// ("Hi there", "您好"), as the customer update does.
const greeted = (r: Escalation, t: Translate) => {
  const name = r.customer.name.trim();
  if (!name) return t('msg_greetingNoName');
  return t('msg_greeting', t('msg_fullStop') === '.' ? name : nameBeforeWords(name, 'zh-CN'));
};

export const DE_ESCALATION_STEPS = ['team', 'ticket', 'customer', 'learning'] as const;
export type DeEscalationStep = (typeof DE_ESCALATION_STEPS)[number];

const cleanAll = <K extends string>(messages: Record<K, string>, redaction: RedactOptions): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(messages).map(([k, v]) => [k, outgoing(v, redaction)])) as Record<
    K,
    string
  >;

// The four messages the method asks for when stepping down, ready to copy (masked as the brief is).
export function deEscalationMessages(
  r: Escalation,
  reason: DeEscalationReason,
  note: string,
  t: Translate,
  redaction: RedactOptions,
): Record<DeEscalationStep, string> {
  const why = t(`deesc_reason_${reason.replace(/-/g, '')}`);
  const detail = trailing(note, t);
  const summary = about(r, t('msg_noSummary'));
  return cleanAll(
    {
      team: t('deesc_msg_team', summary, why, detail),
      ticket: t('deesc_msg_ticket', why, detail),
      customer: t(`deesc_msg_customer_${reason.replace(/-/g, '')}`, greeted(r, t), summary, detail),
      learning: detail ? t('deesc_msg_learning', summary, why, detail) : t('deesc_msg_learningOnly', summary, why),
    },
    redaction,
  );
}

export type ResolutionStep = 'customer' | 'tracking';

// Closing the loop before resolving: the customer confirms the fix, internal tracking hears the outcome. The
// root cause is written for the team (a service name, a pull request, whose change it was): the customer
// reads only what the agent wrote for them.
export function resolutionMessages(
  r: Escalation,
  { rootCause, learning, told }: { rootCause: string; learning: string; told: string },
  t: Translate,
  redaction: RedactOptions,
): Record<ResolutionStep, string> {
  const summary = about(r, t('msg_noSummary'));
  // No learning written leaves "Learning" out rather than saying "Learning: —".
  const learned = sentence(learning, t);
  const outcome = sentence(rootCause, t) + (learned ? trailing(t('resolve_msg_trackingLearning', learned), t) : '');
  const ticket = r.ticketUrl.trim();
  return cleanAll(
    {
      customer: t('resolve_msg_customer', greeted(r, t), summary, trailing(told, t)),
      // Without a ticket link the message ends at the learning (or the root cause), not at a bare "Ticket:".
      tracking: ticket
        ? t('resolve_msg_tracking', summary, outcome, ticket)
        : t('resolve_msg_trackingUnlinked', summary, outcome),
    },
    redaction,
  );
}
