import { fromZoned, toZoned, type WallTime } from '../followup/zoned-time';
import { instantOf } from './deadline';

export type TypedDate =
  | { state: 'empty' }
  | { state: 'ok'; at: number }
  | { state: 'unreadable' }
  /** Still to come, for something that has happened: a slip of the year or the month. */
  | { state: 'future'; at: number }
  /** A year no ticket concerns (0001, 275760): the date picker takes any. */
  | { state: 'outOfRange' };

const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;
// Years the engine cannot hold or no pattern reads: "275760-09-13T00:00" is not NaN for want of a format.
const LONG_YEAR = /^[+-]?\d{5,}-\d{1,2}-\d{1,2}/;

// A time read from the ticket may run a little ahead of this computer's clock.
const CLOCK_SKEW_MS = 5 * 60_000;

// "Nov 19", "11/19 10:05": no year of four digits, nor of two at the end of a numeric date ("11/19/26").
const NO_YEAR = (text: string) => !/\d{4}|\d[/.-]\d{1,2}[/.-]\d{2}\b|'\d{2}\b/.test(text);

const wallOf = (at: number, timeZone?: string): WallTime => {
  if (timeZone) return toZoned(at, timeZone);
  const d = new Date(at);
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
    millisecond: 0,
  };
};

/** Whether an instant is in a year from 1970 to 2100 where it is read. */
export function withinYears(at: number, timeZone?: string): boolean {
  const { year } = wallOf(at, timeZone);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

const instantOfWall = (w: WallTime, timeZone?: string): number =>
  timeZone ? fromZoned(w, timeZone) : new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second).getTime();

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// A weekday before the date ("Thu, Nov 19") or in brackets after it ("Nov 19 (Thu)") is read past, as Chrome
// does, and so is a "since" typed into the field of that name.
const BEFORE = String.raw`^(?:since\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const WEEKDAY_AFTER = String.raw`(?:\s*\((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?`;
const TIME = String.raw`${WEEKDAY_AFTER}(?:,?\s+(?:at\s+)?(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?(?:\s*([ap])\.?m\.?)?)?$`;
const MONTH_DAY = new RegExp(String.raw`${BEFORE}([a-z]{3,9})\.?(?:\s+|-)(\d{1,2})(?:st|nd|rd|th)?${TIME}`, 'i');
const DAY_MONTH = new RegExp(String.raw`${BEFORE}(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)([a-z]{3,9})\.?${TIME}`, 'i');
const NUMERIC = new RegExp(String.raw`${BEFORE}(\d{1,2})[/-](\d{1,2})${TIME}`, 'i');
// "Nov 2026": the month's first day.
const MONTH_YEAR = new RegExp(String.raw`${BEFORE}([a-z]{3,9})\.?,?\s+(\d{4})$`, 'i');

const monthOf = (word: string) => {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? undefined : i + 1;
};

/**
 * A date typed without a year, in the English forms Chrome reads ("Nov 19", "19 Nov 2:05 PM", "11/19 10:05"),
 * read here rather than by the engine: Firefox reads none of them, and Chrome puts them in 2001.
 */
function yearless(text: string): Omit<WallTime, 'year'> | undefined {
  const m = MONTH_DAY.exec(text);
  const d = m ? undefined : DAY_MONTH.exec(text);
  const n = m || d ? undefined : NUMERIC.exec(text);
  const [month, day, time] = m
    ? [monthOf(m[1] ?? ''), Number(m[2]), m.slice(3)]
    : d
      ? [monthOf(d[2] ?? ''), Number(d[1]), d.slice(3)]
      : n
        ? [Number(n[1]), Number(n[2]), n.slice(3)]
        : [];
  if (!month || month > 12 || !day || !time) return undefined;
  const [h, mm, ss, half] = time;
  // A bare number after the date is a time only with AM or PM ("Nov 19 2 PM"), as Chrome reads it.
  if (h !== undefined && mm === undefined && !half) return undefined;
  const twelve = Number(h ?? 0);
  const hour = half ? (twelve % 12) + (/p/i.test(half) ? 12 : 0) : twelve;
  if ((half && (twelve < 1 || twelve > 12)) || hour > 23 || Number(mm ?? 0) > 59 || Number(ss ?? 0) > 59)
    return undefined;
  return { month, day, hour, minute: Number(mm ?? 0), second: Number(ss ?? 0), millisecond: 0 };
}

// The most recent year, up to this one, in which the day exists (Feb 29) and has come.
function mostRecent(parts: Omit<WallTime, 'year'>, now: Date, timeZone?: string): number | undefined {
  const year = wallOf(now.getTime(), timeZone).year;
  for (let y = year; y >= year - 8; y--) {
    if (new Date(Date.UTC(y, parts.month - 1, parts.day)).getUTCDate() !== parts.day) continue;
    const at = instantOfWall({ ...parts, year: y }, timeZone);
    if (at <= now.getTime() + CLOCK_SKEW_MS) return at;
  }
  return undefined;
}

const unread = (typed: string, at: number): TypedDate =>
  Number.isNaN(at) && !LONG_YEAR.test(typed) ? { state: 'unreadable' } : { state: 'outOfRange' };

/** The instant a deadline stands for: any time from 1970 to 2100, past or to come. */
export function readDeadline(text: string, timeZone?: string): TypedDate {
  const typed = text.trim();
  if (!typed) return { state: 'empty' };
  const at = instantOf(typed, timeZone);
  return Number.isNaN(at) || !withinYears(at, timeZone) ? unread(typed, at) : { state: 'ok', at };
}

/**
 * The instant a date typed for something already past stands for ("since", "last update"). A date without a
 * year is the most recent one: "Nov 19" typed on Nov 22 is this year's, typed in March last year's (engines
 * fill in 2001, which put a ticket 25 years in the queue).
 */
export function readPastDate(text: string, now: Date, timeZone?: string): TypedDate {
  const typed = text.trim();
  if (!typed) return { state: 'empty' };
  const monthYear = MONTH_YEAR.exec(typed);
  const month = monthYear ? monthOf(monthYear[1] ?? '') : undefined;
  if (monthYear && month) {
    const at = instantOfWall(
      { year: Number(monthYear[2]), month, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 },
      timeZone,
    );
    if (!withinYears(at, timeZone)) return { state: 'outOfRange' };
    return at > now.getTime() + CLOCK_SKEW_MS ? { state: 'future', at } : { state: 'ok', at };
  }
  const parts = NO_YEAR(typed) ? yearless(typed) : undefined;
  if (parts) {
    const at = mostRecent(parts, now, timeZone);
    return at === undefined ? { state: 'unreadable' } : { state: 'ok', at };
  }
  const at = instantOf(typed, timeZone);
  if (Number.isNaN(at) || !withinYears(at, timeZone)) return unread(typed, at);
  if (!NO_YEAR(typed)) return at > now.getTime() + CLOCK_SKEW_MS ? { state: 'future', at } : { state: 'ok', at };
  const year = wallOf(now.getTime(), timeZone).year;
  const thisYear = instantOfWall({ ...wallOf(at, timeZone), year }, timeZone);
  return {
    state: 'ok',
    at: thisYear > now.getTime() ? instantOfWall({ ...wallOf(at, timeZone), year: year - 1 }, timeZone) : thisYear,
  };
}
