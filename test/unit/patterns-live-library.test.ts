import { describe, expect, test } from 'vitest';
import { createLibrary, type PatternLibrary } from '../../lib/patterns/library';
import { keepLibrary, type SourceChange } from '../../lib/patterns/live-library';
import { draft } from './engine-draft';

const escalation = (id: string, summary = 'Webhooks delivered hours late') =>
  draft({ id, key: `zendesk:${id}`, status: 'escalated', summary, customer: { name: '', email: '', account: id } });

function harness(sources: SourceChange['put'], load?: () => Promise<never>) {
  let listener: ((change: SourceChange) => void) | undefined;
  const pauses: (() => void)[] = [];
  const seen: { ids: string[] }[] = [];
  const errors: string[] = [];
  const stop = keepLibrary({
    load: load ?? (async () => ({ library: createLibrary(), sources })),
    subscribe: (l) => {
      listener = l;
      return () => {
        listener = undefined;
      };
    },
    ignore: ({ id, kind }) => kind === 'draft' && id === 'own',
    // Each chunk waits for the test to let it go on.
    pause: () => new Promise((resolve) => pauses.push(resolve)),
    onChange: (library: PatternLibrary) => seen.push({ ids: [...library.entries()].map((e) => e.id).sort() }),
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
    errors,
    stop,
  };
}

const stored = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ escalation: escalation(`s${i}`), kind: 'record' as const }));

describe('the panel library, kept live', () => {
  test('writes made while the stored escalations are indexed are applied after them, in order', async () => {
    const h = harness(stored(150));
    await h.nextChunk();
    // A record written, then deleted, and another written, all while the second chunk waits.
    h.emit({ put: [{ escalation: escalation('new1'), kind: 'record' }], removed: [] });
    h.emit({ put: [], removed: [{ id: 'new1', kind: 'record' }] });
    h.emit({ put: [{ escalation: escalation('new2'), kind: 'record' }], removed: [{ id: 's0', kind: 'record' }] });
    expect(h.seen).toEqual([]);
    await h.nextChunk();
    expect(h.seen).toHaveLength(1);
    const ids = h.seen[0]?.ids ?? [];
    expect(ids).toHaveLength(150);
    expect(ids).toContain('new2');
    expect(ids).not.toContain('new1');
    expect(ids).not.toContain('s0');
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
    h.stop();
    expect(h.listening()).toBe(false);
    await h.nextChunk();
    await h.nextChunk();
    expect(h.seen).toEqual([]);
    expect(h.errors).toEqual([]);
  });

  test('the matcher failing to load is said once, and changes stop being collected', async () => {
    const h = harness([], () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await h.nextChunk();
    expect(h.errors).toEqual(['Failed to fetch dynamically imported module']);
    expect(h.listening()).toBe(false);
  });
});
