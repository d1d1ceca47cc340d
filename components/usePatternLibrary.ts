import { useEffect, useRef, useState } from 'react';
import type { PatternLibrary } from '../lib/patterns/library';
import { type IndexProgress, keepLibrary } from '../lib/patterns/live-library';
import { onPatternSourceChange, patternSources } from '../lib/platform/pattern-source';

// After the draft is on screen: reading and indexing thousands of escalations must not delay it.
const START_MS = 300;

export interface PatternState {
  library: PatternLibrary | undefined;
  version: number;
  /** Set while the stored escalations are still being indexed (newest first). */
  progress?: IndexProgress;
  error?: string;
}

/**
 * The similar-issue library of the panel: built once from storage, then kept in step with every record
 * and draft write. `version` changes whenever its content does, so what derives from it recomputes.
 */
export function usePatternLibrary(ownDraftId: string | undefined): PatternState {
  const [state, setState] = useState<PatternState>({ library: undefined, version: 0 });
  const own = useRef(ownDraftId);
  own.current = ownDraftId;
  useEffect(() => {
    let stop: (() => void) | undefined;
    const timer = setTimeout(() => {
      stop = keepLibrary({
        // The matcher is its own chunk: the panel's first paint does not wait to load it.
        load: async () => {
          const [{ createLibrary }, stored] = await Promise.all([import('../lib/patterns/library'), patternSources()]);
          return { library: createLibrary(), stored };
        },
        subscribe: onPatternSourceChange,
        ignore: ({ id, kind }) => kind === 'draft' && id === own.current,
        clock: () => performance.now(),
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        onChange: (library, progress) => setState((s) => ({ library, version: s.version + 1, progress })),
        onError: (error) => setState((s) => ({ ...s, error })),
      });
    }, START_MS);
    return () => {
      clearTimeout(timer);
      stop?.();
    };
  }, []);
  return state;
}
