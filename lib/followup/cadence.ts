// Follow-up timing: when the next internal and customer updates are due for an escalation.
//
// Pure: no browser globals, no clock reads; `from` is always given. Time zones through Intl only
// (./zoned-time).
//
// Conventions:
// - `businessHoursOnly: false`: plain elapsed hours (wall-clock changes, nights, weekends and holidays
//   do not matter; 2 h across a DST change is exactly 7,200,000 ms).
// - `businessHoursOnly: true`: only business time counts, in settings.timeZone: on a day in
//   businessHours.days (0 = Sunday, of the local date), not a holiday (local "YYYY-MM-DD"), between start and
//   end local time. Starting outside business time counts from the next opening.
// - Closing time belongs to the day it closes: a result that uses up exactly the rest of a day is that
//   day's closing time (8 business hours from Monday 09:00 with 09:00-17:00 is Monday 17:00, not Tuesday
//   09:00). Accordingly isBusinessTime is true from opening to closing inclusive, so every result of
//   addBusinessHours is business time. Zero hours outside business time gives the next opening.
// - Business hours are measured in real elapsed time: a day whose opening hours contain a DST change is
//   an hour longer or shorter. Opening/closing wall times that fall in a DST gap move forward by the gap;
//   ones that occur twice use the earlier occurrence (see ./zoned-time).
// - Bad settings never hang: when no business day is found within BUSINESS_HORIZON_DAYS local days (no
//   days selected, every day a holiday, start >= end, malformed HH:MM), or the hours cannot be used up
//   within it, the interval falls back to elapsed hours from `from`. isBusinessTime is then false.
// - An invalid `from` (Invalid Date) is not replaced by "now": results are Invalid Dates, deterministically.
//   Non-finite or negative hours count as 0. A customer window given with min > max is used as max..min.
// - Results are always new Date objects.

import type { Severity } from '../escalation/model';
import type { Settings } from '../settings/model';
import { HOUR_MS, wallAsUtc, wallUtcToInstant, zoneFormatter } from './zoned-time';

export interface FollowUpClock {
  /** When to notify: the lower bound of the cadence window. */
  dueAt: Date;
  /** Overdue after this: the upper bound. Equal to dueAt for a single interval. */
  overdueAt: Date;
}

export type CadenceSettings = Pick<Settings, 'businessHours' | 'timeZone' | 'holidays' | 'cadence'>;
export type BusinessSettings = Pick<Settings, 'businessHours' | 'timeZone' | 'holidays'>;

/** How many local days ahead business time is searched for before falling back to elapsed hours. */
export const BUSINESS_HORIZON_DAYS = 366;

const MINUTE_MS = 60_000;

export function nextClock(
  severity: Severity,
  clock: 'internal' | 'customer',
  from: Date,
  settings: CadenceSettings,
): FollowUpClock {
  const c = settings.cadence[severity];
  const add = c.businessHoursOnly
    ? (h: number) => addBusinessHours(from, h, settings)
    : (h: number) => addElapsedHours(from, h);
  if (clock === 'internal') {
    const at = add(c.internalHours);
    return { dueAt: at, overdueAt: new Date(at.getTime()) };
  }
  const lo = hoursOf(c.customerMinHours);
  const hi = hoursOf(c.customerMaxHours);
  return { dueAt: add(Math.min(lo, hi)), overdueAt: add(Math.max(lo, hi)) };
}

function addElapsedHours(from: Date, hours: number): Date {
  return new Date(from.getTime() + Math.round(hoursOf(hours) * HOUR_MS));
}

export function addBusinessHours(from: Date, hours: number, s: BusinessSettings): Date {
  const start = from.getTime();
  if (!Number.isFinite(start)) return new Date(NaN);
  const need = Math.round(hoursOf(hours) * HOUR_MS);
  const cal = compile(s);
  if (!cal) return new Date(start + need);

  let remaining = need;
  let cursor = start;
  const local = localDateUtc(start, s.timeZone);
  for (let i = 0; i <= BUSINESS_HORIZON_DAYS; i++) {
    const w = windowOn(local + i * 86_400_000, cal, s.timeZone);
    if (!w) continue;
    const begin = Math.max(cursor, w.open);
    if (begin > w.close) continue; // already past this day's closing
    const available = w.close - begin;
    if (remaining <= available) return new Date(begin + remaining);
    remaining -= available;
    cursor = w.close;
  }
  return new Date(start + need);
}

/** The business time from one instant to another, in ms; undefined when the settings have none at all. */
export function businessTimeBetween(from: Date, to: Date, s: BusinessSettings): number | undefined {
  const start = from.getTime();
  const end = to.getTime();
  const cal = compile(s);
  if (!cal || !Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  const first = localDateUtc(start, s.timeZone);
  const last = Math.min(localDateUtc(end, s.timeZone), first + BUSINESS_HORIZON_DAYS * 86_400_000);
  let total = 0;
  for (let day = first; day <= last; day += 86_400_000) {
    const w = windowOn(day, cal, s.timeZone);
    if (w) total += Math.max(0, Math.min(w.close, end) - Math.max(w.open, start));
  }
  return total;
}

export function isBusinessTime(at: Date, s: BusinessSettings): boolean {
  const t = at.getTime();
  if (!Number.isFinite(t)) return false;
  const cal = compile(s);
  if (!cal) return false;
  const w = windowOn(localDateUtc(t, s.timeZone), cal, s.timeZone);
  return w !== undefined && t >= w.open && t <= w.close;
}

/** The next instant at or after `at` that is business time, or undefined within the horizon. */
export function nextBusinessOpening(at: Date, s: BusinessSettings): Date | undefined {
  const t = at.getTime();
  if (!Number.isFinite(t)) return undefined;
  const cal = compile(s);
  if (!cal) return undefined;
  const local = localDateUtc(t, s.timeZone);
  for (let i = 0; i <= BUSINESS_HORIZON_DAYS; i++) {
    const w = windowOn(local + i * 86_400_000, cal, s.timeZone);
    if (w && t <= w.close) return new Date(Math.max(t, w.open));
  }
  return undefined;
}

interface Calendar {
  days: boolean[];
  holidays: Set<number>;
  openMinutes: number;
  closeMinutes: number;
}

function hoursOf(h: number): number {
  return Number.isFinite(h) && h > 0 ? h : 0;
}

function parseHHMM(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})$/.exec(v);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 && h * 60 + min <= 24 * 60 ? h * 60 + min : undefined;
}

// Settings as lookups; undefined when no business time can ever exist.
function compile(s: BusinessSettings): Calendar | undefined {
  const bh = s.businessHours;
  const openMinutes = parseHHMM(bh?.start);
  const closeMinutes = parseHHMM(bh?.end);
  if (openMinutes === undefined || closeMinutes === undefined || openMinutes >= closeMinutes) return undefined;
  const days: boolean[] = [false, false, false, false, false, false, false];
  let any = false;
  for (const d of Array.isArray(bh.days) ? bh.days : []) {
    if (Number.isInteger(d) && d >= 0 && d <= 6) {
      days[d] = true;
      any = true;
    }
  }
  if (!any) return undefined;
  const holidays = new Set<number>();
  for (const h of Array.isArray(s.holidays) ? s.holidays : []) {
    const m = typeof h === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(h) : null;
    if (m) holidays.add(wallAsUtc(Number(m[1]), Number(m[2]), Number(m[3])));
  }
  return { days, holidays, openMinutes, closeMinutes };
}

// Midnight of the local calendar date of an instant, encoded as a UTC epoch (for calendar arithmetic).
function localDateUtc(epochMs: number, timeZone: string): number {
  const secondMs = Math.floor(epochMs / 1000) * 1000;
  let year = 1970;
  let month = 1;
  let day = 1;
  for (const p of zoneFormatter(timeZone).formatToParts(secondMs)) {
    if (p.type === 'year') year = Number(p.value);
    else if (p.type === 'month') month = Number(p.value);
    else if (p.type === 'day') day = Number(p.value);
    else if (p.type === 'era' && p.value.startsWith('B')) year = 1 - year;
  }
  return wallAsUtc(year, month, day);
}

// The business window (instants) of one local date, given as its midnight encoded as UTC.
function windowOn(dateUtc: number, cal: Calendar, timeZone: string): { open: number; close: number } | undefined {
  if (!cal.days[new Date(dateUtc).getUTCDay()] || cal.holidays.has(dateUtc)) return undefined;
  return {
    open: wallUtcToInstant(dateUtc + cal.openMinutes * MINUTE_MS, timeZone),
    close: wallUtcToInstant(dateUtc + cal.closeMinutes * MINUTE_MS, timeZone),
  };
}
