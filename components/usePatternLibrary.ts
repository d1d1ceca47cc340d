import { useEffect, useRef, useState } from 'react';
import type { PatternLibrary } from '../lib/patterns/library';
import type { IndexProgress } from '../lib/patterns/live-library';

// After the draft is on screen: reading and indexing thousands of escalations must not delay it.
const START_MS = 300;

export type DraftLinks = typeof import('../lib/patterns/draft-links');

export interface PatternState {
  library: PatternLibrary | undefined;
  /** What the editor does with a match (link it, prefill from it): loaded with the library, set once it is. */
  links?: DraftLinks;
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
    let stopped = false;
    // The matcher, the reading of stored escalations, the indexing loop and what a match does to the draft
    // are their own chunks: the panel's first paint neither loads nor parses them.
    const start = async () => {
      const [{ keepLibrary }, { onPatternSourceChange, patternSources }, links] = await Promise.all([
        import('../lib/patterns/live-library'),
        import('../lib/platform/pattern-source'),
        import('../lib/patterns/draft-links'),
      ]);
      if (stopped) return;
      stop = keepLibrary({
        load: async () => {
          const [{ createLibrary }, stored] = await Promise.all([import('../lib/patterns/library'), patternSources()]);
          return { library: createLibrary(), stored };
        },
        subscribe: onPatternSourceChange,
        ignore: ({ id, kind }) => kind === 'draft' && id === own.current,
        clock: () => performance.now(),
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        onChange: (library, progress) => setState((s) => ({ library, links, version: s.version + 1, progress })),
        onError: (error) => setState((s) => ({ ...s, error })),
      });
    };
    const timer = setTimeout(
      () =>
        void start().catch((e: unknown) => {
          if (!stopped) setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
        }),
      START_MS,
    );
    return () => {
      stopped = true;
      clearTimeout(timer);
      stop?.();
    };
  }, []);
  return state;
}
