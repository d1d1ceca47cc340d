import { useEffect, useRef, useState } from 'react';
import type { PatternLibrary } from '../lib/patterns/library';
import { loadPatternSources, onPatternSourceChange } from '../lib/platform/pattern-source';

// After the draft is on screen: reading and indexing thousands of escalations must not delay it.
const START_MS = 300;
const INDEX_CHUNK = 100;

export interface PatternState {
  library: PatternLibrary | undefined;
  version: number;
  error?: string;
}

/**
 * The similar-issue library of the panel: built once from storage, then kept in step with every record
 * and draft write. `version` changes whenever its content does, so what derives from it recomputes.
 */
export function usePatternLibrary(ownDraftId: string | undefined): PatternState {
  const [state, setState] = useState<PatternState>({ library: undefined, version: 0 });
  // The draft being edited is saved as it is typed; it is never its own match, so its saves change nothing.
  const own = useRef(ownDraftId);
  own.current = ownDraftId;
  useEffect(() => {
    let stopped = false;
    let library: PatternLibrary | undefined;
    const pending: Parameters<Parameters<typeof onPatternSourceChange>[0]>[0][] = [];
    const apply = (target: PatternLibrary, change: (typeof pending)[number]) => {
      for (const { id, kind } of change.removed) target.remove(id, kind);
      for (const { escalation, kind } of change.put) target.put(escalation, kind);
    };
    const stop = onPatternSourceChange((all) => {
      const others = (e: { id: string; kind: string }) => !(e.kind === 'draft' && e.id === own.current);
      const change = {
        put: all.put.filter((p) => others({ id: p.escalation.id, kind: p.kind })),
        removed: all.removed.filter(others),
      };
      if (!change.put.length && !change.removed.length) return;
      // Until the stored escalations are indexed, changes wait for them (applied in order afterwards).
      if (!library) {
        pending.push(change);
        return;
      }
      apply(library, change);
      setState((s) => ({ library, version: s.version + 1 }));
    });
    const timer = setTimeout(() => {
      // The matcher is its own chunk: the panel's first paint does not wait to load it.
      void Promise.all([import('../lib/patterns/library'), loadPatternSources()])
        .then(async ([{ createLibrary }, sources]) => {
          const built = createLibrary();
          // Indexing takes ~0.13 ms an escalation: in chunks, so typing never waits for it.
          for (let i = 0; i < sources.length && !stopped; i += INDEX_CHUNK) {
            for (const { escalation, kind } of sources.slice(i, i + INDEX_CHUNK)) built.put(escalation, kind);
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          if (stopped) return;
          for (const change of pending.splice(0)) apply(built, change);
          library = built;
          setState((s) => ({ library: built, version: s.version + 1 }));
        })
        .catch((error: unknown) =>
          setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error) })),
        );
    }, START_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop();
    };
  }, []);
  return state;
}
