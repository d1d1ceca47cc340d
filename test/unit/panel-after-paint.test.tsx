import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AFTER_PAINT_MS } from '../../components/later-parts';
import { mount } from './support/mount';
import { ReadyPanel } from './support/ready-panel';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../components/later-parts', async (original) => ({
  ...(await original<typeof import('../../components/later-parts')>()),
  loadAfterPaint: () => {
    loads.count++;
  },
}));

beforeEach(() => {
  fakeBrowser.reset();
  loads.count = 0;
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

test('the later parts start loading only once the draft has been on screen a moment, not while it is drawn', async () => {
  const host = await mount(<ReadyPanel />);
  expect(host.querySelector<HTMLInputElement>('input[name="summary"]')?.value).toBe(
    'Exports stop for all EU customers',
  );
  await act(async () => vi.advanceTimersByTime(AFTER_PAINT_MS - 1));
  expect(loads.count).toBe(0);
  await act(async () => vi.advanceTimersByTime(1));
  expect(loads.count).toBe(1);
});
