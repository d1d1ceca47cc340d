import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExport, planImport } from '../../lib/data/backup';
import type { Escalation } from '../../lib/escalation/model';
import { escalate } from '../../lib/followup/actions';
import { INDEX_KEY, loadIndex, loadSchedule, recentlySetAside, updateIndex } from '../../lib/platform/record-index';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { stubLocks } from './support/web-locks';

const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const open = (id: string): Escalation =>
  escalate(draft({ id, key: `zendesk:${id}`, severity: 'high', summary: `Issue ${id}` }), new Date(), SETTINGS);

beforeEach(() => {
  fakeBrowser.reset();
  stubLocks();
  return () => vi.unstubAllGlobals();
});

test('an imported record whose id is "__proto__" is refused as one no row could open', () => {
  const file = buildExport({}, new Date());
  file.items = { 'record:__proto__': open('__proto__'), 'record:fine': open('fine') };
  const r = planImport(JSON.stringify(file), {});
  if (!r.ok) throw new Error('expected a plan');
  expect(r.plan.imported).toEqual(['record:fine']);
  expect(r.plan.skipped).toEqual([{ key: 'record:__proto__', reason: 'bad-id' }]);
  expect(Object.keys(r.plan.writes)).toEqual(['record:fine']);
});

test('a stored record whose id is "__proto__" (imported by an earlier release) is set aside and counted, not lost', async () => {
  const proto = open('__proto__');
  const fine = open('fine');
  await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:__proto__': proto, 'record:fine': fine });
  await updateIndex({ 'record:__proto__': { newValue: proto }, 'record:fine': { newValue: fine } });
  expect((await loadIndex()).map((r) => r.id)).toEqual(['fine']);
  expect(await recentlySetAside(new Date())).toBe(1);
  const keys = Object.keys(await fakeBrowser.storage.local.get(null));
  expect(keys).not.toContain('record:__proto__');
  expect(keys).toContainEqual(expect.stringMatching(/^quarantine:record:__proto__:\d+$/));
});

test('a record named like an object\'s own property ("constructor") is indexed, listed and scheduled', async () => {
  const ctor = open('constructor');
  const fine = open('fine');
  await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:fine': fine, 'record:gone': open('gone') });
  await updateIndex({ 'record:fine': { newValue: fine }, 'record:gone': { newValue: open('gone') } });
  // Written and removed while the worker was not there to see it: the index lists one that is gone and
  // misses one that is there, as many rows as records.
  await fakeBrowser.storage.local.remove('record:gone');
  await fakeBrowser.storage.local.set({ 'record:constructor': ctor });
  expect((await loadSchedule(true)).map((s) => s.id).sort()).toEqual(['constructor', 'fine']);
  const rows = ((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: object }).rows;
  expect(Object.keys(rows).sort()).toEqual(['constructor', 'fine']);
});
