import { fromZoned, HOUR_MS, toZoned } from '../followup/zoned-time';
import type { Escalation, Severity } from './model';
import type { Finding } from './repro-lint';

// The seed's attention windows: Critical immediately, High same day (hours from now), Medium this week
// (days on the calendar of the options' time zone: the same time of day, across a clock change too).
const HOURS: Record<Exclude<Severity, 'medium'>, number> = { critical: 4, high: 8 };
const MEDIUM_DAYS = 5;

export function suggestedDeadline(severity: Severity, now: Date, timeZone: string): Date {
  if (severity !== 'medium') return new Date(now.getTime() + HOURS[severity] * HOUR_MS);
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

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
// A zone the value names at its end: "Z", an offset ("+08:00", "GMT+1", "-0500") or a name ("UTC", "PST",
// "(CET)"); AM and PM are none.
const NAMES_ZONE =
  /(?:\dZ|(?:\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s?|GMT|UTC)[+-]\d{1,2}(?::?\d{2})?|\b(?!AM\b|PM\b)[A-Z]{2,5})\)?$/;

/**
 * The instant a date-time stands for. One that names no zone ("2026-11-23T17:00", "Nov 18, 2026 2:05 PM" as a
 * page shows it) is a wall time in `timeZone`: read in the computer's zone instead, the same ticket time showed
 * hours apart depending on how the page wrote it.
 */
export function instantOf(value: string, timeZone?: string): number {
  if (!timeZone) return Date.parse(value);
  const m = WALL_TIME.exec(value.trim());
  if (m) {
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = m.slice(1).map((v) => Number(v ?? 0));
    return fromZoned({ year, month, day, hour, minute, second }, timeZone);
  }
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed) || NAMES_ZONE.test(value.trim())) return parsed;
  const local = new Date(parsed);
  return fromZoned(
    {
      year: local.getFullYear(),
      month: local.getMonth() + 1,
      day: local.getDate(),
      hour: local.getHours(),
      minute: local.getMinutes(),
      second: local.getSeconds(),
    },
    timeZone,
  );
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
