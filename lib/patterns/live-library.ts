// The panel's similar-issue library, kept live: the stored escalations indexed once, in chunks, and every
// later write applied in order, those made while indexing included. Pure: loading, change events and the
// pause between chunks are passed in.
import type { Escalation } from '../escalation/model';
import type { PatternEntry, PatternLibrary } from './library';

type Kind = PatternEntry['kind'];
export interface SourceChange {
  put: { escalation: Escalation; kind: Kind }[];
  removed: { id: string; kind: Kind }[];
}

export interface LiveLibraryDeps {
  /** The library (its code may load only now) and what is stored. */
  load(): Promise<{ library: PatternLibrary; sources: SourceChange['put'] }>;
  subscribe(listener: (change: SourceChange) => void): () => void;
  /** Changes left out: the draft being edited is saved as it is typed and is never its own match. */
  ignore(source: { id: string; kind: Kind }): boolean;
  /** Between chunks, so typing never waits for the indexing. */
  pause(): Promise<void>;
  /** The library is ready, or its content changed. */
  onChange(library: PatternLibrary): void;
  onError(message: string): void;
}

// Indexing takes ~0.15 ms an escalation: 100 keep a chunk well under a frame.
const CHUNK = 100;

function apply(library: PatternLibrary, change: SourceChange): void {
  for (const { id, kind } of change.removed) library.remove(id, kind);
  for (const { escalation, kind } of change.put) library.put(escalation, kind);
}

/** Starts loading and listening; the function returned stops both. */
export function keepLibrary(deps: LiveLibraryDeps): () => void {
  let stopped = false;
  let library: PatternLibrary | undefined;
  // Until the stored escalations are indexed, changes wait for them (applied in order afterwards).
  const pending: SourceChange[] = [];
  // Subscribed before the load reads storage: no write can fall between the two.
  const unsubscribe = deps.subscribe((all) => {
    const change = {
      put: all.put.filter((p) => !deps.ignore({ id: p.escalation.id, kind: p.kind })),
      removed: all.removed.filter((r) => !deps.ignore(r)),
    };
    if (!change.put.length && !change.removed.length) return;
    if (!library) {
      pending.push(change);
      return;
    }
    apply(library, change);
    deps.onChange(library);
  });
  const stop = () => {
    stopped = true;
    pending.length = 0;
    unsubscribe();
  };
  deps
    .load()
    .then(async ({ library: built, sources }) => {
      for (let i = 0; i < sources.length && !stopped; i += CHUNK) {
        for (const { escalation, kind } of sources.slice(i, i + CHUNK)) built.put(escalation, kind);
        await deps.pause();
      }
      if (stopped) return;
      for (const change of pending.splice(0)) apply(built, change);
      library = built;
      deps.onChange(built);
    })
    .catch((error: unknown) => {
      if (stopped) return;
      stop();
      deps.onError(error instanceof Error ? error.message : String(error));
    });
  return stop;
}
