import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useClock } from '../../components/escalations/useClock';
import type { Schedulable } from '../../lib/followup/schedule';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';

const START = new Date('2026-11-23T10:00:00Z');
const record = (dueAt: string, overdueAt: string): Schedulable => ({
  id: 'c',
  status: 'escalated',
  severity: 'critical',
  suggested: {},
  followUps: { internal: { dueAt, overdueAt }, notified: {} },
});

let host: HTMLDivElement;
let root: Root;
let seen: Date[] = [];
function Probe({ records }: { records: readonly Schedulable[] }) {
  seen.push(useClock(records, { ...DEFAULT_SETTINGS, timeZone: 'UTC' }));
  return null;
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  host = document.createElement('div');
  root = createRoot(host);
  seen = [];
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

test('"now" moves on when a clock falls due and again when it falls overdue, without any other render', async () => {
  const records = [record('2026-11-23T10:00:10Z', '2026-11-23T10:00:20Z')];
  await act(async () => root.render(<Probe records={records} />));
  const latest = () => seen.at(-1)?.toISOString();
  expect(latest()).toBe('2026-11-23T10:00:00.000Z');
  await act(async () => vi.advanceTimersByTime(10_100));
  expect(Date.parse(latest() ?? '')).toBeGreaterThan(Date.parse('2026-11-23T10:00:10Z'));
  await act(async () => vi.advanceTimersByTime(10_000));
  expect(Date.parse(latest() ?? '')).toBeGreaterThan(Date.parse('2026-11-23T10:00:20Z'));
  // Nothing left to change: no more renders.
  const renders = seen.length;
  await act(async () => vi.advanceTimersByTime(3_600_000));
  expect(seen.length).toBe(renders);
});
