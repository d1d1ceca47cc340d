import { describe, expect, test } from 'vitest';
import type { Severity } from '../../lib/escalation/model';
import {
  addBusinessHours,
  BUSINESS_HORIZON_DAYS,
  type CadenceSettings,
  isBusinessTime,
  nextBusinessOpening,
  nextClock,
} from '../../lib/followup/cadence';
import { fromZoned, offsetAt, toZoned } from '../../lib/followup/zoned-time';
import { type Cadence, DEFAULT_CADENCE } from '../../lib/settings/model';

// Both clocks of an escalation started at `from`.
const nextFollowUps = (severity: Severity, from: Date, s: CadenceSettings) => ({
  internal: nextClock(severity, 'internal', from, s),
  customer: nextClock(severity, 'customer', from, s),
});

function settings(over: Partial<CadenceSettings> = {}): CadenceSettings {
  return {
    businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
    timeZone: 'UTC',
    holidays: [],
    cadence: structuredClone(DEFAULT_CADENCE),
    ...over,
  };
}

const iso = (d: Date) => d.toISOString();
const at = (s: string) => new Date(s);

function wall(d: Date, tz: string): string {
  const w = toZoned(d, tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
}

// [name, severity, from, settings overrides, internal, customer due, customer overdue]
type Row = [string, Severity, string, Partial<CadenceSettings>, string, string, string];

describe('both clocks: the method defaults', () => {
  const rows: Row[] = [
    // Critical: internal every 2 h, customer every 2-4 h, elapsed time.
    [
      'critical, weekday',
      'critical',
      '2024-03-04T10:00:00.000Z',
      {},
      '2024-03-04T12:00:00.000Z',
      '2024-03-04T12:00:00.000Z',
      '2024-03-04T14:00:00.000Z',
    ],
    [
      'critical, Saturday night ignores business hours',
      'critical',
      '2024-03-09T23:30:00.000Z',
      {},
      '2024-03-10T01:30:00.000Z',
      '2024-03-10T01:30:00.000Z',
      '2024-03-10T03:30:00.000Z',
    ],
    [
      'critical, on a holiday ignores it',
      'critical',
      '2024-12-25T16:00:00.000Z',
      { holidays: ['2024-12-25'] },
      '2024-12-25T18:00:00.000Z',
      '2024-12-25T18:00:00.000Z',
      '2024-12-25T20:00:00.000Z',
    ],
    // High: 4 h / 4-8 h, elapsed time.
    [
      'high, weekday',
      'high',
      '2024-03-04T10:00:00.000Z',
      {},
      '2024-03-04T14:00:00.000Z',
      '2024-03-04T14:00:00.000Z',
      '2024-03-04T18:00:00.000Z',
    ],
    [
      'high, Friday afternoon runs into the evening',
      'high',
      '2024-03-08T15:00:00.000Z',
      {},
      '2024-03-08T19:00:00.000Z',
      '2024-03-08T19:00:00.000Z',
      '2024-03-08T23:00:00.000Z',
    ],
    // Medium: internal daily (8 business hours), customer every 1-2 business days (8-16 business hours).
    [
      'medium, from opening: 8 h is the same day at closing',
      'medium',
      '2024-03-04T09:00:00.000Z',
      {},
      '2024-03-04T17:00:00.000Z',
      '2024-03-04T17:00:00.000Z',
      '2024-03-05T17:00:00.000Z',
    ],
    [
      'medium, mid-morning',
      'medium',
      '2024-03-04T10:30:00.000Z',
      {},
      '2024-03-05T10:30:00.000Z',
      '2024-03-05T10:30:00.000Z',
      '2024-03-06T10:30:00.000Z',
    ],
    [
      'medium, Friday afternoon -> Monday',
      'medium',
      '2024-03-08T15:00:00.000Z',
      {},
      '2024-03-11T15:00:00.000Z',
      '2024-03-11T15:00:00.000Z',
      '2024-03-12T15:00:00.000Z',
    ],
    [
      'medium, at night counts from the next opening',
      'medium',
      '2024-03-05T22:00:00.000Z',
      {},
      '2024-03-06T17:00:00.000Z',
      '2024-03-06T17:00:00.000Z',
      '2024-03-07T17:00:00.000Z',
    ],
    [
      'medium, early morning counts from opening',
      'medium',
      '2024-03-06T06:00:00.000Z',
      {},
      '2024-03-06T17:00:00.000Z',
      '2024-03-06T17:00:00.000Z',
      '2024-03-07T17:00:00.000Z',
    ],
    [
      'medium, exactly at closing counts from the next opening',
      'medium',
      '2024-03-04T17:00:00.000Z',
      {},
      '2024-03-05T17:00:00.000Z',
      '2024-03-05T17:00:00.000Z',
      '2024-03-06T17:00:00.000Z',
    ],
    [
      'medium, on Saturday -> Monday',
      'medium',
      '2024-03-09T12:00:00.000Z',
      {},
      '2024-03-11T17:00:00.000Z',
      '2024-03-11T17:00:00.000Z',
      '2024-03-12T17:00:00.000Z',
    ],
    [
      'medium, Sunday evening -> Monday',
      'medium',
      '2024-03-10T20:00:00.000Z',
      {},
      '2024-03-11T17:00:00.000Z',
      '2024-03-11T17:00:00.000Z',
      '2024-03-12T17:00:00.000Z',
    ],
    [
      'medium, Friday afternoon with Monday a holiday -> Tuesday',
      'medium',
      '2024-03-08T15:00:00.000Z',
      { holidays: ['2024-03-11'] },
      '2024-03-12T15:00:00.000Z',
      '2024-03-12T15:00:00.000Z',
      '2024-03-13T15:00:00.000Z',
    ],
    [
      'medium, starting on a holiday',
      'medium',
      '2024-03-06T11:00:00.000Z',
      { holidays: ['2024-03-06'] },
      '2024-03-07T17:00:00.000Z',
      '2024-03-07T17:00:00.000Z',
      '2024-03-08T17:00:00.000Z',
    ],
    [
      'medium, holidays in a row over a weekend',
      'medium',
      '2024-12-23T13:00:00.000Z',
      { holidays: ['2024-12-24', '2024-12-25', '2024-12-26', '2024-12-31', '2025-01-01'] },
      '2024-12-27T13:00:00.000Z',
      '2024-12-27T13:00:00.000Z',
      '2024-12-30T13:00:00.000Z',
    ],
  ];

  test.each(rows)('%s', (_name, severity, from, over, internal, due, overdue) => {
    const s = settings(over);
    const f = nextFollowUps(severity, at(from), s);
    expect(iso(f.internal.dueAt)).toBe(internal);
    expect(iso(f.internal.overdueAt)).toBe(internal);
    expect(iso(f.customer.dueAt)).toBe(due);
    expect(iso(f.customer.overdueAt)).toBe(overdue);
    // One clock alone gives the same answer.
    expect(nextClock(severity, 'internal', at(from), s)).toEqual(f.internal);
    expect(nextClock(severity, 'customer', at(from), s)).toEqual(f.customer);
  });

  test('dueAt is the lower bound of the customer window and overdueAt the upper one', () => {
    const from = at('2024-03-04T10:00:00.000Z');
    for (const severity of ['critical', 'high', 'medium'] as const) {
      const c = DEFAULT_CADENCE[severity];
      const f = nextFollowUps(severity, from, settings());
      expect(f.customer.dueAt.getTime()).toBeLessThan(f.customer.overdueAt.getTime());
      if (!c.businessHoursOnly) {
        expect(f.customer.dueAt.getTime() - from.getTime()).toBe(c.customerMinHours * 3_600_000);
        expect(f.customer.overdueAt.getTime() - from.getTime()).toBe(c.customerMaxHours * 3_600_000);
        expect(f.internal.dueAt.getTime() - from.getTime()).toBe(c.internalHours * 3_600_000);
      }
    }
  });

  test('results are new Date objects; the input is not modified', () => {
    const from = at('2024-03-04T10:00:00.000Z');
    const f = nextFollowUps('medium', from, settings());
    expect(iso(from)).toBe('2024-03-04T10:00:00.000Z');
    expect(f.internal.dueAt).not.toBe(f.internal.overdueAt);
    expect(f.internal.dueAt).not.toBe(from);
  });
});

describe('time zones and DST', () => {
  const rows: Row[] = [
    // Europe/Berlin springs forward on Sunday 2024-03-31 (02:00 CET -> 03:00 CEST).
    [
      'Berlin, medium Friday 15:00 CET -> Monday 15:00 CEST',
      'medium',
      '2024-03-29T14:00:00.000Z',
      { timeZone: 'Europe/Berlin' },
      '2024-04-01T13:00:00.000Z',
      '2024-04-01T13:00:00.000Z',
      '2024-04-02T13:00:00.000Z',
    ],
    [
      'Berlin, critical across spring-forward is 2 h elapsed',
      'critical',
      '2024-03-31T00:30:00.000Z',
      { timeZone: 'Europe/Berlin' },
      '2024-03-31T02:30:00.000Z',
      '2024-03-31T02:30:00.000Z',
      '2024-03-31T04:30:00.000Z',
    ],
    // Europe/Berlin falls back on Sunday 2024-10-27 (03:00 CEST -> 02:00 CET).
    [
      'Berlin, medium Friday 15:00 CEST -> Monday 15:00 CET',
      'medium',
      '2024-10-25T13:00:00.000Z',
      { timeZone: 'Europe/Berlin' },
      '2024-10-28T14:00:00.000Z',
      '2024-10-28T14:00:00.000Z',
      '2024-10-29T14:00:00.000Z',
    ],
    [
      'Berlin, critical across fall-back is 2 h elapsed',
      'critical',
      '2024-10-27T00:30:00.000Z',
      { timeZone: 'Europe/Berlin' },
      '2024-10-27T02:30:00.000Z',
      '2024-10-27T02:30:00.000Z',
      '2024-10-27T04:30:00.000Z',
    ],
    // America/New_York springs forward on 2024-03-10 (02:00 EST -> 03:00 EDT), falls back 2024-11-03.
    [
      'New York, medium Friday 15:00 EST -> Monday 15:00 EDT',
      'medium',
      '2024-03-08T20:00:00.000Z',
      { timeZone: 'America/New_York' },
      '2024-03-11T19:00:00.000Z',
      '2024-03-11T19:00:00.000Z',
      '2024-03-12T19:00:00.000Z',
    ],
    [
      'New York, critical across spring-forward is 2 h elapsed',
      'critical',
      '2024-03-10T06:30:00.000Z',
      { timeZone: 'America/New_York' },
      '2024-03-10T08:30:00.000Z',
      '2024-03-10T08:30:00.000Z',
      '2024-03-10T10:30:00.000Z',
    ],
    [
      'New York, medium Friday 15:00 EDT -> Monday 15:00 EST',
      'medium',
      '2024-11-01T19:00:00.000Z',
      { timeZone: 'America/New_York' },
      '2024-11-04T20:00:00.000Z',
      '2024-11-04T20:00:00.000Z',
      '2024-11-05T20:00:00.000Z',
    ],
    [
      'New York, critical across fall-back is 2 h elapsed',
      'critical',
      '2024-11-03T05:30:00.000Z',
      { timeZone: 'America/New_York' },
      '2024-11-03T07:30:00.000Z',
      '2024-11-03T07:30:00.000Z',
      '2024-11-03T09:30:00.000Z',
    ],
    // Asia/Shanghai is UTC+8 all year: weekdays and holidays are local dates, not UTC dates.
    [
      'Shanghai, medium Monday 16:00 local -> Tuesday 16:00 local',
      'medium',
      '2024-03-04T08:00:00.000Z',
      { timeZone: 'Asia/Shanghai' },
      '2024-03-05T08:00:00.000Z',
      '2024-03-05T08:00:00.000Z',
      '2024-03-06T08:00:00.000Z',
    ],
    [
      'Shanghai, Sunday in UTC is Monday 07:30 local',
      'medium',
      '2024-03-03T23:30:00.000Z',
      { timeZone: 'Asia/Shanghai' },
      '2024-03-04T09:00:00.000Z',
      '2024-03-04T09:00:00.000Z',
      '2024-03-05T09:00:00.000Z',
    ],
    [
      'Shanghai, Friday in UTC is Saturday 04:00 local -> Monday',
      'medium',
      '2024-03-08T20:00:00.000Z',
      { timeZone: 'Asia/Shanghai' },
      '2024-03-11T09:00:00.000Z',
      '2024-03-11T09:00:00.000Z',
      '2024-03-12T09:00:00.000Z',
    ],
    [
      'Shanghai, a local holiday that is still the day before in UTC',
      'medium',
      '2024-03-04T17:00:00.000Z',
      { timeZone: 'Asia/Shanghai', holidays: ['2024-03-05'] },
      '2024-03-06T09:00:00.000Z',
      '2024-03-06T09:00:00.000Z',
      '2024-03-07T09:00:00.000Z',
    ],
    // Pacific/Auckland: NZDT (+13) ends Sunday 2024-04-07 03:00 -> 02:00 NZST (+12).
    [
      'Auckland, medium Monday from opening',
      'medium',
      '2024-03-03T20:00:00.000Z',
      { timeZone: 'Pacific/Auckland' },
      '2024-03-04T04:00:00.000Z',
      '2024-03-04T04:00:00.000Z',
      '2024-03-05T04:00:00.000Z',
    ],
    [
      'Auckland, medium Friday 15:00 NZDT -> Monday 15:00 NZST',
      'medium',
      '2024-04-05T02:00:00.000Z',
      { timeZone: 'Pacific/Auckland' },
      '2024-04-08T03:00:00.000Z',
      '2024-04-08T03:00:00.000Z',
      '2024-04-09T03:00:00.000Z',
    ],
    [
      'Auckland, medium Friday 15:00 NZST -> Monday 15:00 NZDT (spring 2024-09-29)',
      'medium',
      '2024-09-27T03:00:00.000Z',
      { timeZone: 'Pacific/Auckland' },
      '2024-09-30T02:00:00.000Z',
      '2024-09-30T02:00:00.000Z',
      '2024-10-01T02:00:00.000Z',
    ],
    [
      'Auckland, critical is elapsed time',
      'critical',
      '2024-04-06T13:30:00.000Z',
      { timeZone: 'Pacific/Auckland' },
      '2024-04-06T15:30:00.000Z',
      '2024-04-06T15:30:00.000Z',
      '2024-04-06T17:30:00.000Z',
    ],
  ];

  test.each(rows)('%s', (_name, severity, from, over, internal, due, overdue) => {
    const f = nextFollowUps(severity, at(from), settings(over));
    expect(iso(f.internal.dueAt)).toBe(internal);
    expect(iso(f.internal.overdueAt)).toBe(internal);
    expect(iso(f.customer.dueAt)).toBe(due);
    expect(iso(f.customer.overdueAt)).toBe(overdue);
  });

  test.each([
    ['Europe/Berlin', '2024-03-29T14:00:00.000Z', '2024-04-01 15:00', '2024-04-02 15:00'],
    ['Europe/Berlin', '2024-10-25T13:00:00.000Z', '2024-10-28 15:00', '2024-10-29 15:00'],
    ['America/New_York', '2024-03-08T20:00:00.000Z', '2024-03-11 15:00', '2024-03-12 15:00'],
    ['America/New_York', '2024-11-01T19:00:00.000Z', '2024-11-04 15:00', '2024-11-05 15:00'],
  ])('medium in %s keeps 09:00-17:00 local across the change (from %s)', (timeZone, from, due, overdue) => {
    const f = nextFollowUps('medium', at(from), settings({ timeZone }));
    expect(wall(f.customer.dueAt, timeZone)).toBe(due);
    expect(wall(f.customer.overdueAt, timeZone)).toBe(overdue);
  });

  test('medium results over five weeks spanning a DST change are all business time, 09:00-17:00 local', () => {
    const timeZone = 'Europe/Berlin';
    const s = settings({ timeZone, holidays: ['2024-04-01'] });
    let prev = 0;
    for (let t = Date.parse('2024-03-18T00:00:00Z'); t < Date.parse('2024-04-22T00:00:00Z'); t += 97 * 60_000) {
      const f = nextFollowUps('medium', new Date(t), s);
      for (const d of [f.internal.dueAt, f.customer.dueAt, f.customer.overdueAt]) {
        expect(isBusinessTime(d, s)).toBe(true);
        const w = toZoned(d, timeZone);
        const minutes = w.hour * 60 + w.minute;
        expect(minutes).toBeGreaterThanOrEqual(9 * 60);
        expect(minutes).toBeLessThanOrEqual(17 * 60);
        expect([1, 2, 3, 4, 5]).toContain(new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay());
        expect(`${w.year}-${w.month}-${w.day}`).not.toBe('2024-4-1');
      }
      expect(f.internal.dueAt.getTime()).toBeGreaterThanOrEqual(prev);
      prev = f.internal.dueAt.getTime();
    }
  });

  test('business hours that contain the change count real elapsed hours', () => {
    // Sundays 01:00-05:00 in Berlin: 3 real hours on spring-forward day, 5 on fall-back day.
    const bh = { days: [0], start: '01:00', end: '05:00' };
    const spring = { businessHours: bh, timeZone: 'Europe/Berlin', holidays: [] };
    const open = at('2024-03-31T00:00:00.000Z'); // 01:00 CET
    expect(iso(addBusinessHours(open, 3, spring))).toBe('2024-03-31T03:00:00.000Z'); // 05:00 CEST, closing
    expect(iso(addBusinessHours(open, 4, spring))).toBe('2024-04-07T00:00:00.000Z'); // next Sunday 02:00 CEST
    const fallOpen = at('2024-10-26T23:00:00.000Z'); // 01:00 CEST
    expect(iso(addBusinessHours(fallOpen, 5, spring))).toBe('2024-10-27T04:00:00.000Z'); // 05:00 CET, closing
  });

  test('an opening time inside the spring-forward gap opens when the gap ends', () => {
    // Sundays 02:30-04:00 Berlin: on 2024-03-31 02:30 does not exist, so the day opens at 03:30 CEST.
    const s = { businessHours: { days: [0], start: '02:30', end: '04:00' }, timeZone: 'Europe/Berlin', holidays: [] };
    expect(iso(addBusinessHours(at('2024-03-30T12:00:00.000Z'), 0.5, s))).toBe('2024-03-31T02:00:00.000Z');
    expect(iso(addBusinessHours(at('2024-03-30T12:00:00.000Z'), 0.75, s))).toBe('2024-04-07T00:45:00.000Z');
  });
});

describe('zoned-time', () => {
  test.each([
    // [zone, wall y-m-d h:m, expected instant]
    ['UTC', [2024, 3, 4, 9, 0], '2024-03-04T09:00:00.000Z'],
    ['Asia/Shanghai', [2024, 3, 4, 9, 0], '2024-03-04T01:00:00.000Z'],
    ['Pacific/Auckland', [2024, 3, 4, 9, 0], '2024-03-03T20:00:00.000Z'],
    ['Pacific/Auckland', [2024, 7, 4, 9, 0], '2024-07-03T21:00:00.000Z'],
    // Spring-forward gap: resolves forward by the gap (the offset before the change).
    ['Europe/Berlin', [2024, 3, 31, 2, 30], '2024-03-31T01:30:00.000Z'],
    ['America/New_York', [2024, 3, 10, 2, 30], '2024-03-10T07:30:00.000Z'],
    // Fall-back overlap: the earlier of the two instants.
    ['Europe/Berlin', [2024, 10, 27, 2, 30], '2024-10-27T00:30:00.000Z'],
    ['America/New_York', [2024, 11, 3, 1, 30], '2024-11-03T05:30:00.000Z'],
    // Either side of the changes.
    ['Europe/Berlin', [2024, 3, 31, 3, 0], '2024-03-31T01:00:00.000Z'],
    ['Europe/Berlin', [2024, 10, 27, 3, 0], '2024-10-27T02:00:00.000Z'],
  ] as const)('fromZoned in %s of %j', (tz, [year, month, day, hour, minute], expected) => {
    expect(iso(new Date(fromZoned({ year, month, day, hour, minute }, tz)))).toBe(expected);
  });

  test.each([
    ['Europe/Berlin', '2024-03-31T00:59:59.000Z', '2024-03-31 01:59', 3_600_000],
    ['Europe/Berlin', '2024-03-31T01:00:00.000Z', '2024-03-31 03:00', 7_200_000],
    ['Europe/Berlin', '2024-10-27T00:30:00.000Z', '2024-10-27 02:30', 7_200_000],
    ['Europe/Berlin', '2024-10-27T01:30:00.000Z', '2024-10-27 02:30', 3_600_000],
    ['America/New_York', '2024-11-03T06:30:00.000Z', '2024-11-03 01:30', -5 * 3_600_000],
    ['Asia/Shanghai', '2024-12-31T16:00:00.000Z', '2025-01-01 00:00', 8 * 3_600_000],
    ['Pacific/Auckland', '2024-12-31T11:00:00.000Z', '2025-01-01 00:00', 13 * 3_600_000],
  ])('toZoned in %s of %s', (tz, instant, expectedWall, offset) => {
    expect(wall(at(instant), tz)).toBe(expectedWall);
    expect(offsetAt(Date.parse(instant), tz)).toBe(offset);
  });

  test('toZoned keeps milliseconds; an invalid instant gives NaN fields', () => {
    expect(toZoned(at('2024-03-04T09:00:00.123Z'), 'Asia/Shanghai')).toEqual({
      year: 2024,
      month: 3,
      day: 4,
      hour: 17,
      minute: 0,
      second: 0,
      millisecond: 123,
    });
    expect(toZoned(new Date(NaN), 'UTC').hour).toBeNaN();
  });
});

describe('custom cadence and business hours', () => {
  const custom = (severity: Severity, c: Cadence, over: Partial<CadenceSettings> = {}) => {
    const s = settings(over);
    s.cadence = { ...s.cadence, [severity]: c };
    return s;
  };

  test.each<[string, Severity, Cadence, string, Partial<CadenceSettings>, [string, string, string]]>([
    [
      'critical counted in business hours, fractional',
      'critical',
      { internalHours: 1, customerMinHours: 1.5, customerMaxHours: 3, businessHoursOnly: true },
      '2024-03-08T16:30:00.000Z',
      {},
      ['2024-03-11T09:30:00.000Z', '2024-03-11T10:00:00.000Z', '2024-03-11T11:30:00.000Z'],
    ],
    [
      'high 6 h / 6-12 h elapsed',
      'high',
      { internalHours: 6, customerMinHours: 6, customerMaxHours: 12, businessHoursOnly: false },
      '2024-03-08T15:00:00.000Z',
      {},
      ['2024-03-08T21:00:00.000Z', '2024-03-08T21:00:00.000Z', '2024-03-09T03:00:00.000Z'],
    ],
    [
      'medium switched to elapsed hours',
      'medium',
      { internalHours: 8, customerMinHours: 8, customerMaxHours: 16, businessHoursOnly: false },
      '2024-03-08T15:00:00.000Z',
      {},
      ['2024-03-08T23:00:00.000Z', '2024-03-08T23:00:00.000Z', '2024-03-09T07:00:00.000Z'],
    ],
    [
      'medium with a Sunday-Thursday week, 08:00-16:00 in Dubai',
      'medium',
      DEFAULT_CADENCE.medium,
      '2024-03-07T10:00:00.000Z', // Thursday 14:00 local
      { timeZone: 'Asia/Dubai', businessHours: { days: [0, 1, 2, 3, 4], start: '08:00', end: '16:00' } },
      ['2024-03-10T10:00:00.000Z', '2024-03-10T10:00:00.000Z', '2024-03-11T10:00:00.000Z'],
    ],
    [
      'medium with a 4-hour day, 10:00-14:00',
      'medium',
      DEFAULT_CADENCE.medium,
      '2024-03-04T12:00:00.000Z',
      { businessHours: { days: [1, 2, 3, 4, 5], start: '10:00', end: '14:00' } },
      ['2024-03-06T12:00:00.000Z', '2024-03-06T12:00:00.000Z', '2024-03-08T12:00:00.000Z'],
    ],
    [
      'customer window given backwards is used as min..max',
      'high',
      { internalHours: 4, customerMinHours: 8, customerMaxHours: 4, businessHoursOnly: false },
      '2024-03-04T10:00:00.000Z',
      {},
      ['2024-03-04T14:00:00.000Z', '2024-03-04T14:00:00.000Z', '2024-03-04T18:00:00.000Z'],
    ],
  ])('%s', (_name, severity, c, from, over, [internal, due, overdue]) => {
    const f = nextFollowUps(severity, at(from), custom(severity, c, over));
    expect([iso(f.internal.dueAt), iso(f.customer.dueAt), iso(f.customer.overdueAt)]).toEqual([internal, due, overdue]);
  });

  test.each([
    ['one hour before closing -> closing', '2024-03-04T16:00:00.000Z', 1, '2024-03-04T17:00:00.000Z'],
    ['one minute past -> next morning', '2024-03-04T16:00:00.000Z', 1 + 1 / 60, '2024-03-05T09:01:00.000Z'],
    ['zero hours inside business time', '2024-03-04T12:00:00.000Z', 0, '2024-03-04T12:00:00.000Z'],
    ['zero hours on Saturday -> Monday opening', '2024-03-09T12:00:00.000Z', 0, '2024-03-11T09:00:00.000Z'],
    ['negative hours count as zero', '2024-03-04T12:00:00.000Z', -5, '2024-03-04T12:00:00.000Z'],
    ['NaN hours count as zero', '2024-03-09T12:00:00.000Z', NaN, '2024-03-11T09:00:00.000Z'],
    ['40 hours = a full week', '2024-03-04T09:00:00.000Z', 40, '2024-03-08T17:00:00.000Z'],
    ['41 hours -> next Monday', '2024-03-04T09:00:00.000Z', 41, '2024-03-11T10:00:00.000Z'],
    ['seconds and milliseconds are kept', '2024-03-04T10:15:30.250Z', 2, '2024-03-04T12:15:30.250Z'],
  ])('addBusinessHours: %s', (_name, from, hours, expected) => {
    expect(iso(addBusinessHours(at(from), hours, settings()))).toBe(expected);
  });

  test.each<[string, string, Partial<CadenceSettings>, boolean]>([
    ['Monday opening', '2024-03-04T09:00:00.000Z', {}, true],
    ['a millisecond before opening', '2024-03-04T08:59:59.999Z', {}, false],
    ['closing time is the last business instant', '2024-03-04T17:00:00.000Z', {}, true],
    ['a millisecond after closing', '2024-03-04T17:00:00.001Z', {}, false],
    ['Saturday noon', '2024-03-09T12:00:00.000Z', {}, false],
    ['a holiday', '2024-03-06T12:00:00.000Z', { holidays: ['2024-03-06'] }, false],
    [
      'Shanghai Monday 09:00 local is Monday 01:00 UTC',
      '2024-03-04T01:00:00.000Z',
      { timeZone: 'Asia/Shanghai' },
      true,
    ],
    ['Shanghai: Monday noon UTC is 20:00 local', '2024-03-04T12:00:00.000Z', { timeZone: 'Asia/Shanghai' }, false],
    [
      'no business days',
      '2024-03-04T12:00:00.000Z',
      { businessHours: { days: [], start: '09:00', end: '17:00' } },
      false,
    ],
    ['an invalid date', 'not a date', {}, false],
  ])('isBusinessTime: %s', (_name, instant, over, expected) => {
    expect(isBusinessTime(at(instant), settings(over))).toBe(expected);
  });

  test('nextBusinessOpening', () => {
    expect(iso(nextBusinessOpening(at('2024-03-09T12:00:00.000Z'), settings()) as Date)).toBe(
      '2024-03-11T09:00:00.000Z',
    );
    expect(iso(nextBusinessOpening(at('2024-03-04T12:00:00.000Z'), settings()) as Date)).toBe(
      '2024-03-04T12:00:00.000Z',
    );
    expect(
      nextBusinessOpening(
        at('2024-03-04T12:00:00.000Z'),
        settings({ businessHours: { days: [], start: '09:00', end: '17:00' } }),
      ),
    ).toBeUndefined();
  });
});

describe('bad settings and bad input never hang and stay deterministic', () => {
  const from = '2024-03-04T10:00:00.000Z';
  const elapsed = ['2024-03-04T18:00:00.000Z', '2024-03-04T18:00:00.000Z', '2024-03-05T02:00:00.000Z'];

  function everyDay(fromDay: string, days: number): string[] {
    const out: string[] = [];
    const t = Date.parse(`${fromDay}T00:00:00Z`);
    for (let i = 0; i < days; i++) out.push(new Date(t + i * 86_400_000).toISOString().slice(0, 10));
    return out;
  }

  test.each<[string, Partial<CadenceSettings>]>([
    ['no business days', { businessHours: { days: [], start: '09:00', end: '17:00' } }],
    ['days out of range', { businessHours: { days: [7, -1, 2.5], start: '09:00', end: '17:00' } }],
    ['start after end', { businessHours: { days: [1, 2, 3, 4, 5], start: '17:00', end: '09:00' } }],
    ['start equals end', { businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '09:00' } }],
    ['malformed time', { businessHours: { days: [1, 2, 3, 4, 5], start: 'nine', end: '17:00' } }],
    ['every day a holiday for two years', { holidays: everyDay('2024-01-01', 2 * 366) }],
  ])('%s -> medium falls back to elapsed hours', (_name, over) => {
    const f = nextFollowUps('medium', at(from), settings(over));
    expect([iso(f.internal.dueAt), iso(f.customer.dueAt), iso(f.customer.overdueAt)]).toEqual(elapsed);
  });

  test(`holidays shorter than the ${BUSINESS_HORIZON_DAYS}-day horizon are still skipped`, () => {
    // Every day from Monday 2024-03-04 to Monday 2024-09-30 is a holiday: next business day is Tuesday 1 October.
    const f = nextFollowUps('medium', at(from), settings({ holidays: everyDay('2024-03-04', 211) }));
    expect(iso(f.internal.dueAt)).toBe('2024-10-01T17:00:00.000Z');
  });

  test('more business hours than the horizon holds falls back to elapsed hours', () => {
    // One business hour a week: 336 hours would take over six years.
    const s = settings({ businessHours: { days: [3], start: '09:00', end: '10:00' } });
    expect(iso(addBusinessHours(at(from), 336, s))).toBe('2024-03-18T10:00:00.000Z');
    expect(iso(addBusinessHours(at(from), 3, s))).toBe('2024-03-20T10:00:00.000Z');
  });

  test('an unknown time zone is read as UTC', () => {
    const f = nextFollowUps('medium', at('2024-03-08T15:00:00.000Z'), settings({ timeZone: 'Mars/Olympus_Mons' }));
    expect(iso(f.internal.dueAt)).toBe('2024-03-11T15:00:00.000Z');
  });

  test.each(['critical', 'high', 'medium'] as const)(
    'an Invalid Date gives Invalid Dates for %s, never "now"',
    (severity) => {
      const f = nextFollowUps(severity, new Date(NaN), settings());
      for (const d of [f.internal.dueAt, f.internal.overdueAt, f.customer.dueAt, f.customer.overdueAt]) {
        expect(d).toBeInstanceOf(Date);
        expect(Number.isNaN(d.getTime())).toBe(true);
      }
    },
  );
});
