import { expect, test } from 'vitest';
import { suggestedDeadline, toLocalInput } from '../../lib/escalation/deadline';

test.each([
  ['critical', '2026-03-26T16:00:00Z', '2026-03-26T21:00'],
  ['high', '2026-03-26T16:00:00Z', '2026-03-27T01:00'],
  // Five days on, at the same time of day, though Berlin moves its clocks on the 29th.
  ['medium', '2026-03-26T16:00:00Z', '2026-03-31T17:00'],
  ['medium', '2026-10-22T15:00:00Z', '2026-10-27T17:00'],
  ['medium', '2026-12-30T08:00:00Z', '2027-01-04T09:00'],
] as const)('the suggested %s deadline from %s is %s in Berlin', (severity, now, expected) => {
  const tz = 'Europe/Berlin';
  expect(toLocalInput(suggestedDeadline(severity, new Date(now), tz), tz)).toBe(expected);
});
