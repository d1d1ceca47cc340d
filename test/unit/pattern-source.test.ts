import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onPatternSourceChange,
  type PatternSourceChange,
  patternSources,
  type SourceBatch,
} from '../../lib/platform/pattern-source';
import { draft } from './engine-draft';

beforeEach(() => fakeBrowser.reset());

const record = (id: string, day = 1) =>
  draft({
    id,
    key: `zendesk:${id}`,
    status: 'escalated',
    summary: `Issue ${id}`,
    createdAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
  });

async function readAll(): Promise<{ total: number; batches: SourceBatch[] }> {
  const { total, batches } = await patternSources();
  const out: SourceBatch[] = [];
  for await (const batch of batches) out.push(batch);
  return { total, batches: out };
}

describe('what the similar-issue library is built from', () => {
  // Chromium lists keys and reads them in batches; a browser without getKeys reads everything at once.
  test.each(['batches of keys', 'one read'])(
    '%s: stored records and drafts, nothing else, nothing broken',
    async (how) => {
      const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
      local.getKeys =
        how === 'one read' ? undefined : async () => Object.keys(await fakeBrowser.storage.local.get(null));
      await fakeBrowser.storage.local.set(
        Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`record:n${i}`, record(`n${i}`)])),
      );
      await fakeBrowser.storage.local.set({
        'record:a': record('a'),
        'record:broken': { id: 'broken', schemaVersion: 2, summary: 42 },
        'draft:zendesk:9': draft({ id: 'd9', key: 'zendesk:9', summary: 'Half-written' }),
        settings: { schemaVersion: 2 },
        'index:records': { version: 1, rows: {} },
      });
      const { total, batches } = await readAll();
      // 453 keys read (the broken one too, so progress reaches the end); 452 parse.
      expect(total).toBe(453);
      expect(batches.reduce((n, b) => n + b.read, 0)).toBe(453);
      const sources = batches.flatMap((b) => b.put);
      expect(sources).toHaveLength(452);
      expect(
        sources
          .filter((s) => !s.escalation.id.startsWith('n'))
          .map((s) => [s.escalation.id, s.kind])
          .sort(),
      ).toEqual([
        ['a', 'record'],
        ['d9', 'draft'],
      ]);
    },
  );

  test('the newest records are read first, by the dates in the record index, a few at a time', async () => {
    const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
    local.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
    // Stored oldest first: r1 on 1 January … r100 on 10 April; r101 is not in the index yet.
    const records = Array.from({ length: 101 }, (_, i) => record(`r${i + 1}`, i + 1));
    await fakeBrowser.storage.local.set({
      ...Object.fromEntries(records.map((r) => [`record:${r.id}`, r])),
      'draft:zendesk:9': draft({ id: 'd9', key: 'zendesk:9', createdAt: new Date(Date.UTC(2025, 0, 1)).toISOString() }),
      'index:records': {
        version: 3,
        rows: Object.fromEntries(records.slice(0, 100).map((r) => [r.id, { createdAt: r.createdAt }])),
      },
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { batches } = await readAll();
    const ids = batches.flatMap((b) => b.put.map((p) => p.escalation.id));
    const gets = get.mock.calls
      .map(([keys]) => keys)
      .filter((keys): keys is string[] => Array.isArray(keys) && keys.every((k) => /^(record|draft):/.test(String(k))))
      .map((keys) => keys.length);
    get.mockRestore();
    // The draft being worked on, then newest to oldest, then what the index does not date.
    expect(ids.slice(0, 4)).toEqual(['d9', 'r100', 'r99', 'r98']);
    expect(ids.slice(-2)).toEqual(['r1', 'r101']);
    expect(Math.max(...gets)).toBeLessThanOrEqual(50);
    expect(gets.length).toBeGreaterThan(2);
  });

  test("the order the worker keeps beside the record index is read, not the index's megabytes", async () => {
    const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
    local.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
    await fakeBrowser.storage.local.set({
      'record:a': record('a', 1),
      'record:b': record('b', 2),
      'record:c': record('c', 3),
      'record:new': record('new', 4),
      // Listed newest first; "gone" was deleted since, and "new" is not listed yet.
      'index:dates': { version: 1, newestFirst: ['c', 'gone', 'a', 'b'] },
      'index:records': { version: 3, rows: {} },
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { total, batches } = await readAll();
    expect(get.mock.calls.some(([keys]) => keys === 'index:records')).toBe(false);
    get.mockRestore();
    expect(total).toBe(4);
    expect(batches.flatMap((b) => b.put.map((p) => p.escalation.id))).toEqual(['c', 'a', 'b', 'new']);
  });

  test('a browser that cannot list keys reads everything at once, newest first', async () => {
    (fakeBrowser.storage.local as { getKeys?: unknown }).getKeys = undefined;
    await fakeBrowser.storage.local.set({
      'record:a': record('a', 3),
      'record:b': record('b', 9),
      'record:c': record('c', 5),
    });
    const { total, batches } = await readAll();
    expect(total).toBe(3);
    expect(batches.map((b) => b.put.map((p) => p.escalation.id))).toEqual([['b', 'c', 'a']]);
  });

  test('writes and deletions arrive as changes, with the kind of what was removed', async () => {
    const seen: PatternSourceChange[] = [];
    const stop = onPatternSourceChange((c) => seen.push(c));
    await fakeBrowser.storage.local.set({ 'draft:zendesk:1': draft({ id: 'x', key: 'zendesk:1' }) });
    // Escalating: the record is written, then the draft of the same id deleted.
    await fakeBrowser.storage.local.set({ 'record:x': record('x') });
    await fakeBrowser.storage.local.remove('draft:zendesk:1');
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 2 } });
    stop();
    await fakeBrowser.storage.local.set({ 'record:y': record('y') });
    expect(
      seen.map((c) => [c.put.map((p) => `${p.kind}:${p.escalation.id}`), c.removed.map((r) => `${r.kind}:${r.id}`)]),
    ).toEqual([
      [['draft:x'], []],
      [['record:x'], []],
      [[], ['draft:x']],
    ]);
  });
});
