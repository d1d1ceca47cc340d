import { afterEach, describe, expect, test, vi } from 'vitest';
import { readDeadline, readPastDate } from '../../lib/escalation/typed-date';

const NOW = new Date('2026-11-22T12:00:00Z');
const read = (text: string, now = NOW, timeZone = 'UTC') => {
  const r = readPastDate(text, now, timeZone);
  return r.state === 'ok' ? new Date(r.at).toISOString() : r.state;
};

test.each([
  ['Nov 19', '2026-11-19T00:00:00.000Z'],
  ['19 Nov', '2026-11-19T00:00:00.000Z'],
  ['Nov 19 2:05 PM', '2026-11-19T14:05:00.000Z'],
  ['Dec 24', '2025-12-24T00:00:00.000Z'],
  ['Nov 23', '2025-11-23T00:00:00.000Z'],
])('a date without a year, %s, is the most recent one: %s', (text, at) => {
  expect(read(text)).toBe(at);
});

describe('in Firefox, whose Date.parse reads no date without a year (checked in Firefox ESR 153)', () => {
  const engine = Date.parse;
  afterEach(() => vi.restoreAllMocks());
  const firefox = () => vi.spyOn(Date, 'parse').mockImplementation((s) => (/\d{4}/.test(s) ? engine(s) : Number.NaN));

  test.each([
    ['Nov 19', '2026-11-19T00:00:00.000Z'],
    ['19 Nov', '2026-11-19T00:00:00.000Z'],
    ['November 19th', '2026-11-19T00:00:00.000Z'],
    ['Nov 19 2:05 PM', '2026-11-19T14:05:00.000Z'],
    ['Nov 19, 2 pm', '2026-11-19T14:00:00.000Z'],
    ['Nov 19 at 12:30 a.m.', '2026-11-19T00:30:00.000Z'],
    ['11/19 10:05', '2026-11-19T10:05:00.000Z'],
    ['Dec 3, 9:00 AM', '2025-12-03T09:00:00.000Z'],
    ['Sept 30', '2026-09-30T00:00:00.000Z'],
    ['Thu Nov 19', '2026-11-19T00:00:00.000Z'],
    ['Thu, Nov 19', '2026-11-19T00:00:00.000Z'],
    ['Thursday, 19 Nov', '2026-11-19T00:00:00.000Z'],
    ['Nov 19 (Thu)', '2026-11-19T00:00:00.000Z'],
    ['since Nov 19', '2026-11-19T00:00:00.000Z'],
    ['19-Nov', '2026-11-19T00:00:00.000Z'],
    ['Nov-19', '2026-11-19T00:00:00.000Z'],
    ['11-19', '2026-11-19T00:00:00.000Z'],
  ])('%s is the most recent one: %s', (text, at) => {
    firefox();
    expect(read(text)).toBe(at);
  });

  test.each([
    ['Nov 2026', '2026-11-01T00:00:00.000Z'],
    ['November 2025', '2025-11-01T00:00:00.000Z'],
  ])('a month and its year, %s, is its first day', (text, at) => {
    firefox();
    expect(read(text)).toBe(at);
  });

  test('a month still to come is flagged', () => {
    firefox();
    expect(read('Dec 2026')).toBe('future');
  });

  test('today a few minutes ahead of this computer’s clock is today, not last year', () => {
    firefox();
    expect(read('Nov 22 12:03')).toBe('2026-11-22T12:03:00.000Z');
  });

  test('Feb 29 is the last leap day', () => {
    firefox();
    expect(read('Feb 29')).toBe('2024-02-29T00:00:00.000Z');
  });

  test.each(['Nov 31', '13/19', 'Nov 19 25:00', 'Nov 19 13:00 PM', 'Novemberish 19'])(
    '%s is not understood',
    (text) => {
      firefox();
      expect(read(text)).toBe('unreadable');
    },
  );
});

test('a date without a year is a wall time in the options’ zone', () => {
  expect(read('Nov 19 10:05', NOW, 'America/New_York')).toBe('2026-11-19T15:05:00.000Z');
});

test.each([
  ['Nov 19, 2001', '2001-11-19T00:00:00.000Z'],
  ['2026-11-19 10:05', '2026-11-19T10:05:00.000Z'],
  ['11/19/25', '2025-11-19T00:00:00.000Z'],
])('a date with its year keeps it: %s', (text, at) => {
  expect(read(text)).toBe(at);
});

test.each(['yesterday', '19/11/2026 10:05'])('%s is not understood', (text) => {
  expect(read(text)).toBe('unreadable');
});

test('nothing typed is no date', () => {
  expect(read('  ')).toBe('empty');
});

test.each(['2027-01-01', 'Nov 19, 2027'])('%s, still to come, is flagged for something already past', (text) => {
  expect(read(text)).toBe('future');
});

test('a ticket time a few minutes ahead of this computer’s clock is not flagged', () => {
  expect(read('2026-11-22T12:03:00Z')).toBe('2026-11-22T12:03:00.000Z');
});

test.each([
  ['0001-01-01T00:00', 'outOfRange'],
  ['275760-09-13T00:00', 'outOfRange'],
  ['1969-12-31T23:00', 'outOfRange'],
  ['2101-01-01T00:00', 'outOfRange'],
  ['1970-01-01T00:00', 'ok'],
  ['2100-12-31T23:59', 'ok'],
  ['2026-12-24T17:00', 'ok'],
  ['soon', 'unreadable'],
])('a deadline of %s in New York is %s', (text, state) => {
  expect(readDeadline(text, 'America/New_York').state).toBe(state);
});

test('a date typed for something past in a year no ticket concerns is refused', () => {
  expect(read('Nov 19, 1900')).toBe('outOfRange');
});
