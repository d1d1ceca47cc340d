// Instants <-> local wall-clock time in an IANA time zone, with Intl only (no date library).
//
// Conventions (the same as Temporal's `disambiguation: 'compatible'`):
// - A wall time that does not exist (the spring-forward gap) resolves forward by the length of the gap,
//   using the offset in force before the change: 02:30 on the day Berlin jumps 02:00 -> 03:00 is 03:30 CEST.
// - A wall time that exists twice (the fall-back overlap) resolves to the earlier instant, the one with the
//   offset in force before the change: 02:30 on the day Berlin goes 03:00 -> 02:00 is 02:30 CEST (00:30Z).
// - An unknown time zone name resolves as UTC rather than throwing: settings are validated on save, and a
//   worker re-arming thousands of reminders must not die on one corrupt value.
//
// Speed: formatters are cached per zone, and offsets looked up while resolving wall times are memoised per
// zone by exact instant. Those instants depend only on the local date and the business-hours bounds, so
// thousands of records scheduled over the same days share them and cost one formatToParts call each.

export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** 0-23 */
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export type WallTimeInput = Pick<WallTime, 'year' | 'month' | 'day'> &
  Partial<Omit<WallTime, 'year' | 'month' | 'day'>>;

export const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const OFFSET_MEMO_LIMIT = 8192;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetMemos = new Map<string, Map<number, number>>();

/** The cached formatter that reads a zone's wall clock; an unknown zone name gets the UTC formatter. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f) return f;
  const options: Intl.DateTimeFormatOptions = {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  };
  try {
    f = new Intl.DateTimeFormat('en-US', options);
  } catch {
    f = zoneFormatter('UTC');
  }
  formatters.set(timeZone, f);
  return f;
}

/** Date.UTC without its 0-99 => 1900-1999 year mapping. */
export function wallAsUtc(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  if (year >= 0 && year < 100) {
    const d = new Date(ms);
    d.setUTCFullYear(d.getUTCFullYear() - 1900);
    return d.getTime();
  }
  return ms;
}

// Wall clock of a whole-second instant, read as if it were UTC (epoch ms).
function wallMsAtSecond(secondMs: number, timeZone: string): number {
  const parts = zoneFormatter(timeZone).formatToParts(secondMs);
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        year = Number(p.value);
        break;
      case 'month':
        month = Number(p.value);
        break;
      case 'day':
        day = Number(p.value);
        break;
      case 'hour':
        hour = Number(p.value) % 24; // some engines print midnight as 24 even with h23
        break;
      case 'minute':
        minute = Number(p.value);
        break;
      case 'second':
        second = Number(p.value);
        break;
      case 'era':
        // formatToParts prints years before 1 CE as positive era years; 1 BC is year 0.
        if (p.value.startsWith('B')) year = 1 - year;
        break;
    }
  }
  return wallAsUtc(year, month, day, hour, minute, second);
}

/** The zone's UTC offset at an instant, in ms (positive east of Greenwich), uncached. */
export function offsetAt(epochMs: number, timeZone: string): number {
  const secondMs = Math.floor(epochMs / 1000) * 1000;
  return wallMsAtSecond(secondMs, timeZone) - secondMs;
}

function memoOffset(epochMs: number, timeZone: string): number {
  let memo = offsetMemos.get(timeZone);
  if (!memo) {
    memo = new Map();
    offsetMemos.set(timeZone, memo);
  }
  let o = memo.get(epochMs);
  if (o === undefined) {
    o = offsetAt(epochMs, timeZone);
    if (memo.size >= OFFSET_MEMO_LIMIT) memo.clear();
    memo.set(epochMs, o);
  }
  return o;
}

/** The local wall-clock time of an instant in a zone. NaN in, NaN fields out. */
export function toZoned(at: Date | number, timeZone: string): WallTime {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) {
    return { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN, millisecond: NaN };
  }
  const d = new Date(ms + offsetAt(ms, timeZone));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/**
 * The instant (epoch ms) of a local wall-clock time in a zone. Out-of-range fields roll over like
 * Date.UTC (day 32 is the 1st of the next month). Gaps resolve forward, overlaps to the earlier instant.
 */
export function fromZoned(wall: WallTimeInput, timeZone: string): number {
  return wallUtcToInstant(
    wallAsUtc(
      wall.year,
      wall.month,
      wall.day,
      wall.hour ?? 0,
      wall.minute ?? 0,
      wall.second ?? 0,
      wall.millisecond ?? 0,
    ),
    timeZone,
  );
}

/** As fromZoned, taking the wall time already encoded as if it were UTC (what wallAsUtc returns). */
export function wallUtcToInstant(wallUtc: number, timeZone: string): number {
  if (!Number.isFinite(wallUtc)) return NaN;
  // Offsets a day either side bracket any transition affecting this wall time (real zones never change
  // twice within two days). Both lookups depend only on the wall time, so they memoise well.
  const before = memoOffset(wallUtc - DAY_MS, timeZone);
  const after = memoOffset(wallUtc + DAY_MS, timeZone);
  const early = wallUtc - before;
  const earlyOk = memoOffset(early, timeZone) === before;
  if (before === after) {
    if (earlyOk) return early;
  } else {
    const late = wallUtc - after;
    const lateOk = memoOffset(late, timeZone) === after;
    if (earlyOk && lateOk) return Math.min(early, late); // exists twice: the earlier one
    if (earlyOk) return early;
    if (lateOk) return late;
  }
  // Does not exist (or an offset change we could not bracket): the offset before the change, which moves
  // the time forward by the length of the gap.
  return early;
}
