import { expect, test } from 'vitest';
import type { ReadTicketResult } from '../../lib/messages/panel';
import { openingReads } from '../../lib/worker/opening-reads';

const answer = (reason: 'no-access' | 'unreachable'): ReadTicketResult => ({ ok: false, reason });

function clock() {
  let t = 1_000;
  return { now: () => t, pass: (ms: number) => (t += ms) };
}

test('the read a click started answers the panel opening on that tab, once', async () => {
  const c = clock();
  const reads = openingReads(c.now);
  let started = 0;
  reads.start(7, async () => {
    started++;
    return answer('no-access');
  });
  expect(started).toBe(1);
  c.pass(800);
  await expect(reads.take(7)).resolves.toEqual(answer('no-access'));
  expect(reads.take(7)).toBeUndefined();
});

test('a read started for another tab does not answer this one', () => {
  const reads = openingReads(clock().now);
  reads.start(7, async () => answer('no-access'));
  expect(reads.take(8)).toBeUndefined();
});

// A click while the panel was already open starts a read nobody takes; a panel opened minutes later on that
// tab must not show the page as it was then.
test('a read older than five seconds is not taken', () => {
  const c = clock();
  const reads = openingReads(c.now);
  reads.start(7, async () => answer('no-access'));
  c.pass(5_001);
  expect(reads.take(7)).toBeUndefined();
});

test('a second click on the tab replaces the first read', async () => {
  const reads = openingReads(clock().now);
  reads.start(7, async () => answer('no-access'));
  reads.start(7, async () => answer('unreachable'));
  await expect(reads.take(7)).resolves.toEqual(answer('unreachable'));
});
