import { fromZoned, toZoned } from '../followup/zoned-time';
import type { Escalation, Severity } from './model';
import type { Finding } from './repro-lint';

// The seed's attention windows: Critical immediately, High same day (hours from now), Medium this week
// (days on the calendar of the options' time zone: the same time of day, across a clock change too).
const HOURS: Record<Exclude<Severity, 'medium'>, number> = { critical: 4, high: 8 };
const MEDIUM_DAYS = 5;

export function suggestedDeadline(severity: Severity, now: Date, timeZone: string): Date {
  if (severity !== 'medium') return new Date(now.getTime() + HOURS[severity] * 3_600_000);
  const w = toZoned(now, timeZone);
  return new Date(fromZoned({ ...w, day: w.day + MEDIUM_DAYS }, timeZone));
}

// <input type="datetime-local"> wants wall-clock time without a zone ("2026-11-23T17:00"): the agent's, in
// the time zone of the options, which briefs and reminders use (the computer's may differ).
export function toLocalInput(d: Date, timeZone?: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const w = timeZone
    ? toZoned(d, timeZone)
    : { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes() };
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant a date-time stands for; one without a zone ("2026-11-23T17:00") is a wall time in `timeZone`. */
export function instantOf(value: string, timeZone?: string): number {
  const m = timeZone ? WALL_TIME.exec(value) : null;
  if (!m || !timeZone) return Date.parse(value);
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m.slice(1).map((v) => Number(v ?? 0));
  return fromZoned({ year, month, day, hour, minute, second }, timeZone);
}

/** A deadline already past when the brief is written: mostly a slip (last year, the wrong month). */
export function deadlineFindings(draft: Pick<Escalation, 'needed'>, now: Date, timeZone?: string): Finding[] {
  const at = instantOf(draft.needed.deadline, timeZone);
  if (!draft.needed.deadline.trim() || Number.isNaN(at) || at > now.getTime()) return [];
  return [
    {
      id: 'deadline.past',
      field: 'needed.deadline',
      text: { en: 'The deadline has already passed', 'zh-CN': '截止日期已经过去' },
      fix: { en: 'Set when you need an answer from now on.', 'zh-CN': '请设置从现在起需要答复的时间。' },
    },
  ];
}
