import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onShowEscalation,
  pendingShowEscalation,
  requestShowEscalation,
  requestShowEscalations,
} from '../../lib/platform/show-escalation';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
});

test("a reminder's Show escalation is taken by the panel that opens for it, not by the next one opened", async () => {
  await requestShowEscalation('esc-1', 'log');
  expect(await pendingShowEscalation()).toMatchObject({ id: 'esc-1', action: 'log' });
  expect(await pendingShowEscalation()).toBeUndefined();
});

test('a panel opened a minute after the click stays where it opens', async () => {
  vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z'), toFake: ['Date'] });
  await requestShowEscalation('esc-1', 'view');
  vi.setSystemTime(new Date('2026-12-01T09:01:00Z'));
  expect(await pendingShowEscalation()).toBeUndefined();
});

test('a panel already open takes the request too: one opened after it stays where it opens', async () => {
  const shown: string[] = [];
  const stop = onShowEscalation((r) => shown.push('id' in r ? r.id : r.action));
  await requestShowEscalation('esc-2', 'view');
  await new Promise((done) => setTimeout(done, 10));
  stop();
  expect(shown).toEqual(['esc-2']);
  expect(await pendingShowEscalation()).toBeUndefined();
});

test('the summary of several reminders asks for the list of escalations, not one of them', async () => {
  await requestShowEscalations();
  expect(await pendingShowEscalation()).toMatchObject({ action: 'list' });
});
