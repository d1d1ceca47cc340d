import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPatternSources, onPatternSourceChange, type PatternSourceChange } from '../../lib/platform/pattern-source';
import { draft } from './engine-draft';

beforeEach(() => fakeBrowser.reset());

const record = (id: string) => draft({ id, key: `zendesk:${id}`, status: 'escalated', summary: `Issue ${id}` });

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
      const sources = await loadPatternSources();
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
