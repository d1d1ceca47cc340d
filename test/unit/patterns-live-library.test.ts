import { describe, expect, test } from 'vitest';
import { createLibrary, type PatternLibrary } from '../../lib/patterns/library';
import { type IndexProgress, keepLibrary, type SourceChange } from '../../lib/patterns/live-library';
import { draft } from './engine-draft';

const escalation = (id: string, summary = 'Webhooks delivered hours late', day = 1) =>
  draft({
    id,
    key: `zendesk:${id}`,
    status: 'escalated',
    summary,
    customer: { name: '', email: '', account: id },
    createdAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
  });

// Storage gives the sources `perRead` at a time, in the order given (newest first: pattern-source.ts); each
// escalation indexed takes `msEach` on the harness's clock (read once after each).
async function* reads(sources: SourceChange['put'], perRead: number) {
  for (let i = 0; i < sources.length; i += perRead) {
    const put = sources.slice(i, i + perRead);
    yield { put, read: put.length };
  }
}

function harness(sources: SourceChange['put'], load?: () => Promise<never>, msEach = 1, perRead = 40) {
  let listener: ((change: SourceChange) => void) | undefined;
  const pauses: (() => void)[] = [];
  const seen: { ids: string[]; progress?: IndexProgress; at: number }[] = [];
  const library = createLibrary();
  // How many escalations the library held at each pause: the size of each slice.
  const atPauses: number[] = [];
  let time = 0;
  const errors: string[] = [];
  const idsOf = (l: PatternLibrary) => [...l.entries()].map((e) => e.id).sort();
  const stop = keepLibrary({
    load: load ?? (async () => ({ library, stored: { total: sources.length, batches: reads(sources, perRead) } })),
    subscribe: (l) => {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
    ignore: ({ id, kind }) => kind === 'draft' && id === 'own',
    clock: () => {
      time += msEach;
      return time;
    },
    // Each slice waits for the test to let it go on.
    pause: () => {
      atPauses.push([...library.entries()].length);
      return new Promise((resolve) => pauses.push(resolve));
    },
    onChange: (changed: PatternLibrary, progress) =>
      seen.push({ ids: idsOf(changed), ...(progress ? { progress } : {}), at: time }),
    onError: (message) => errors.push(message),
  });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    emit: (change: SourceChange) => listener?.(change),
    listening: () => listener !== undefined,
    nextChunk: async () => {
      await flush();
      pauses.shift()?.();
      await flush();
    },
    seen,
    /** What the library holds now, told to the panel or not yet. */
    ids: () => idsOf(library),
    atPauses,
    summaries: () => new Map([...library.entries()].map((e) => [e.id, e.summary])),
    errors,
    stop,
  };
}

const stored = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ escalation: escalation(`s${i}`), kind: 'record' as const }));

describe('the panel library, kept live', () => {
  test('the newest stored escalations are shown after the first slice; then how far it got, now and then, and the end', async () => {
    // Newest first, as storage is read: s299 on 27 October … s0 on 1 January, forty at a time.
    const h = harness(
      Array.from({ length: 300 }, (_, i) => ({
        escalation: escalation(`s${299 - i}`, undefined, 300 - i),
        kind: 'record' as const,
      })),
      undefined,
      2,
    );
    await h.nextChunk();
    // 8 ms slices of 2 ms escalations: the four newest first, told at once.
    expect(h.seen).toEqual([
      { ids: ['s296', 's297', 's298', 's299'], progress: { indexed: 4, total: 300 }, at: expect.any(Number) },
    ]);
    for (let i = 0; i < 200; i++) await h.nextChunk();
    expect(h.seen.at(-1)?.progress).toBeUndefined();
    expect(h.seen.at(-1)?.ids).toHaveLength(300);
    // Each change told runs the draft's matching again: while indexing, at most one each 400 ms.
    const told = h.seen.filter((s) => s.progress);
    expect(told.length).toBeGreaterThan(2);
    expect(told.length).toBeLessThan(h.atPauses.length / 10);
    for (let i = 1; i < told.length; i++)
      expect((told[i]?.at ?? 0) - (told[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(400);
    expect(told.map((s) => s.progress?.indexed)).toEqual(
      [...told.map((s) => s.progress?.indexed)].sort((x, y) => (x ?? 0) - (y ?? 0)),
    );
  });

  test('a write seen while indexing wins over the copy storage gives later', async () => {
    const h = harness(stored(100), undefined, 1, 10);
    await h.nextChunk();
    // s90 is edited, and s95 deleted, before their batch is read: what storage gave is older than the write.
    h.emit({
      put: [{ escalation: { ...escalation('s90'), summary: 'Rewritten' }, kind: 'record' }],
      removed: [{ id: 's95', kind: 'record' }],
    });
    for (let i = 0; i < 60; i++) await h.nextChunk();
    const last = h.seen.at(-1);
    expect(last?.progress).toBeUndefined();
    expect(last?.ids).toHaveLength(99);
    expect(last?.ids).not.toContain('s95');
    expect(h.summaries().get('s90')).toBe('Rewritten');
  });

  test('a slice is cut by time, not count: slow indexing makes smaller slices, never a long task', async () => {
    const h = harness(stored(40), undefined, 5);
    for (let i = 0; i < 30; i++) await h.nextChunk();
    const sizes = h.atPauses.map((n, i) => n - (h.atPauses[i - 1] ?? 0));
    expect(Math.max(...sizes)).toBe(2);
    expect(h.seen.at(-1)?.ids).toHaveLength(40);
  });

  test('writes made while the stored escalations are indexed are applied as they come, in order', async () => {
    const h = harness(stored(150));
    await h.nextChunk();
    // A record written, then deleted, and another written, all while the second slice waits.
    h.emit({ put: [{ escalation: escalation('new1'), kind: 'record' }], removed: [] });
    h.emit({ put: [], removed: [{ id: 'new1', kind: 'record' }] });
    h.emit({ put: [{ escalation: escalation('new2'), kind: 'record' }], removed: [{ id: 's0', kind: 'record' }] });
    await h.nextChunk();
    // The newest write is indexed at once, not after the thousands of older escalations still to be read.
    expect(h.ids()).toContain('new2');
    expect(h.ids().length).toBeLessThan(100);
    for (let i = 0; i < 40; i++) await h.nextChunk();
    const ids = h.seen.at(-1)?.ids ?? [];
    expect(ids).toHaveLength(150);
    expect(ids).toContain('new2');
    expect(ids).not.toContain('new1');
    expect(ids).not.toContain('s0');
  });

  test('many records written at once (a worker rewriting an import) are applied in slices too', async () => {
    const h = harness(stored(3));
    await h.nextChunk();
    expect(h.seen).toEqual([{ ids: ['s0', 's1', 's2'], at: expect.any(Number) }]);
    h.emit({
      put: stored(350).map(({ escalation: e }) => ({ escalation: { ...e, summary: 'Rewritten' }, kind: 'record' })),
      removed: [],
    });
    for (let i = 0; i < 100; i++) await h.nextChunk();
    // One change per slice of about eight, none reporting progress: the library was complete already.
    expect(h.seen.length).toBeGreaterThan(40);
    expect(h.seen.every((s) => !s.progress)).toBe(true);
    expect(h.seen.at(-1)?.ids).toHaveLength(350);
  });

  test('after it is ready, each write changes it once; the draft being edited never does', async () => {
    const h = harness(stored(3));
    await h.nextChunk();
    expect(h.seen).toHaveLength(1);
    h.emit({ put: [{ escalation: escalation('own'), kind: 'draft' }], removed: [] });
    expect(h.seen).toHaveLength(1);
    h.emit({ put: [{ escalation: escalation('other'), kind: 'draft' }], removed: [] });
    expect(h.seen.at(-1)?.ids).toEqual(['other', 's0', 's1', 's2']);
  });

  test('stopped while indexing (the panel closed): nothing more is reported and nothing listened to', async () => {
    const h = harness(stored(250));
    await h.nextChunk();
    const before = h.seen.length;
    h.stop();
    expect(h.listening()).toBe(false);
    await h.nextChunk();
    await h.nextChunk();
    expect(h.seen).toHaveLength(before);
    expect(h.errors).toEqual([]);
  });

  test('the matcher failing to load is said once, and changes stop being collected', async () => {
    const h = harness([], () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await h.nextChunk();
    expect(h.errors).toEqual(['Failed to fetch dynamically imported module']);
    expect(h.listening()).toBe(false);
  });
});
