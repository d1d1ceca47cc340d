import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Escalation } from '../../lib/escalation/model';
import { loadDraft, saveDraft } from '../../lib/platform/draft-store';
import { loadSettingsWithStatus } from '../../lib/platform/settings-store';
import { stubLocks } from './support/web-locks';

// Two panels (or a panel, the options page and the worker) open on one unreadable value at once, each on
// its own clock.
beforeEach(() => {
  fakeBrowser.reset();
  stubLocks();
  let clock = Date.parse('2026-12-02T10:00:00Z');
  vi.spyOn(Date, 'now').mockImplementation(() => clock++);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const KEY = 'zendesk:acme.zendesk.com:4821';
const copies = async (prefix: string) =>
  Object.entries(await fakeBrowser.storage.local.get(null)).filter(([k]) => k.startsWith(prefix));

test('an unreadable draft two panels open in the same moment is set aside once, and both say where', async () => {
  await fakeBrowser.storage.local.set({ [`draft:${KEY}`]: { summary: 42 } });
  const [a, b] = await Promise.all([loadDraft(KEY), loadDraft(KEY)]);
  const aside = await copies(`quarantine:draft:${KEY}:`);
  expect(aside.map(([, v]) => v)).toEqual([{ summary: 42 }]);
  expect(a).toMatchObject({ state: 'quarantined', quarantineKey: aside[0]?.[0] });
  expect(b).toMatchObject({ state: 'quarantined', quarantineKey: aside[0]?.[0] });
});

test('a draft saved by the panel that set the unreadable one aside is not removed by the other panel', async () => {
  await fakeBrowser.storage.local.set({ [`draft:${KEY}`]: { summary: 42 } });
  const typed = Escalation.parse({
    id: 'd1',
    schemaVersion: 2,
    key: KEY,
    summary: 'Typed in the first panel',
    createdAt: '2026-12-02T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
  });
  const first = loadDraft(KEY).then(() => saveDraft(typed));
  const [, second] = await Promise.all([first, loadDraft(KEY)]);
  expect((await fakeBrowser.storage.local.get(`draft:${KEY}`))[`draft:${KEY}`]).toEqual(typed);
  expect(second.state).not.toBe('empty');
  expect(await copies(`quarantine:draft:${KEY}:`)).toHaveLength(1);
});

test('unreadable settings read by the options page, a panel and the worker at once are set aside once', async () => {
  await fakeBrowser.storage.local.set({ settings: 'not settings' });
  const reads = await Promise.all([loadSettingsWithStatus(), loadSettingsWithStatus(), loadSettingsWithStatus()]);
  const aside = await copies('quarantine:settings:');
  expect(aside.map(([, v]) => v)).toEqual(['not settings']);
  expect(reads.map((r) => r.quarantined)).toEqual([aside[0]?.[0], aside[0]?.[0], aside[0]?.[0]]);
});
