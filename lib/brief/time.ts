import { instantOf } from '../escalation/deadline';
import { withinYears } from '../escalation/typed-date';
import type { Locale } from './labels';

// A time in a brief names its zone: the team reading it may be in another ("Nov 30, 2026, 11:06 PM UTC").
// Formatters are costly to build and a list formats thousands of times: one per kind, locale and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'date' | 'dateTime' | 'zone', locale: Locale, timeZone?: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f =
      kind === 'zone'
        ? new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
        : new Intl.DateTimeFormat(locale, {
            dateStyle: 'medium',
            timeStyle: kind === 'dateTime' ? 'short' : undefined,
            timeZone,
          });
    formatters.set(key, f);
  }
  return f;
}

export function dateTime(value: string, locale: Locale, opts: { timeZone?: string }, withTime: boolean): string {
  const d = new Date(instantOf(value, opts.timeZone));
  // Outside the years read (0001 from a slip of the picker), a date is written as typed, not as "Jan 1, 1, GMT-4:56:02".
  if (!value || Number.isNaN(d.getTime()) || !withinYears(d.getTime(), opts.timeZone)) return value;
  const date = formatter(withTime ? 'dateTime' : 'date', locale, opts.timeZone).format(d);
  if (!withTime) return date;
  const zone = formatter('zone', locale, opts.timeZone)
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')?.value;
  return zone ? `${date} ${zone}` : date;
}

/** A date-time as briefs write it, naming its zone. */
export const briefTime = (value: string, locale: Locale, timeZone?: string): string =>
  dateTime(value, locale, { timeZone }, true);
