// The panel's similar-issue library, kept live: the stored escalations indexed newest first, in slices of time,
// and every later write applied after them, in order, in slices too. Pure: loading, change events, the clock
// and the pause between slices are passed in.
import type { Escalation } from '../escalation/model';
import type { PatternEntry, PatternLibrary } from './library';

type Kind = PatternEntry['kind'];
export interface SourceChange {
  put: { escalation: Escalation; kind: Kind }[];
  removed: { id: string; kind: Kind }[];
}

/** While the stored escalations are being indexed: how many of them are in the library so far. */
export interface IndexProgress {
  indexed: number;
  total: number;
}

export interface LiveLibraryDeps {
  /** The library (its code may load only now) and what is stored. */
  load(): Promise<{ library: PatternLibrary; sources: SourceChange['put'] }>;
  subscribe(listener: (change: SourceChange) => void): () => void;
  /** Changes left out: the draft being edited is saved as it is typed and is never its own match. */
  ignore(source: { id: string; kind: Kind }): boolean;
  /** Milliseconds, for the length of a slice. */
  clock(): number;
  /** Between slices, so typing never waits for the indexing. */
  pause(): Promise<void>;
  /**
   * The library changed: after each slice. `progress` is set until every stored escalation is in it; what
   * is found before then is what the newest ones hold.
   */
  onChange(library: PatternLibrary, progress: IndexProgress | undefined): void;
  onError(message: string): void;
}

// One escalation takes from ~0.1 ms to over 1 ms on a busy machine: slices are cut by time, not by count,
// so no slice becomes a long task (50 ms) and a keystroke waits at most this long.
const SLICE_MS = 8;

type Step = { put: Escalation; kind: Kind } | { remove: string; kind: Kind };

const stepsOf = (change: SourceChange): Step[] => [
  ...change.removed.map(({ id, kind }) => ({ remove: id, kind })),
  ...change.put.map(({ escalation, kind }) => ({ put: escalation, kind })),
];

// The newest first: the agent sees the recent matches, those most likely the same issue, within a moment.
function newestFirst(sources: SourceChange['put']): Step[] {
  const at = (e: Escalation) => Date.parse(e.createdAt) || 0;
  return sources
    .map(({ escalation, kind }) => ({ put: escalation, kind, at: at(escalation) }))
    .sort((a, b) => b.at - a.at)
    .map(({ put, kind }) => ({ put, kind }));
}

/** Starts loading and listening; the function returned stops both. */
export function keepLibrary(deps: LiveLibraryDeps): () => void {
  let stopped = false;
  let library: PatternLibrary | undefined;
  // Writes made before the stored escalations are read wait for them (applied in order afterwards).
  const early: Step[] = [];
  let queue: Step[] = [];
  let next = 0;
  let total = 0;
  let running = false;

  const run = async (built: PatternLibrary) => {
    running = true;
    while (!stopped && next < queue.length) {
      const until = deps.clock() + SLICE_MS;
      do {
        const step = queue[next++] as Step;
        if ('put' in step) built.put(step.put, step.kind);
        else built.remove(step.remove, step.kind);
      } while (next < queue.length && deps.clock() < until);
      // The stored escalations are the first `total` steps of the queue, which is emptied only once all is done.
      const indexed = Math.min(next, total);
      const progress = indexed < total ? { indexed, total } : undefined;
      if (!progress) total = 0;
      if (next === queue.length) {
        queue.length = 0;
        next = 0;
      }
      deps.onChange(built, progress);
      if (queue.length) await deps.pause();
    }
    running = false;
  };
  // Subscribed before the load reads storage: no write can fall between the two.
  const unsubscribe = deps.subscribe((all) => {
    const change = {
      put: all.put.filter((p) => !deps.ignore({ id: p.escalation.id, kind: p.kind })),
      removed: all.removed.filter((r) => !deps.ignore(r)),
    };
    if (!change.put.length && !change.removed.length) return;
    if (!library) {
      early.push(...stepsOf(change));
      return;
    }
    for (const step of stepsOf(change)) queue.push(step);
    if (!running) void run(library).catch(fail);
  });
  const stop = () => {
    stopped = true;
    early.length = 0;
    queue.length = 0;
    unsubscribe();
  };
  const fail = (error: unknown) => {
    if (stopped) return;
    stop();
    deps.onError(error instanceof Error ? error.message : String(error));
  };
  deps
    .load()
    .then(({ library: built, sources }) => {
      if (stopped) return;
      const stored = newestFirst(sources);
      total = stored.length;
      queue = stored.concat(early.splice(0));
      library = built;
      if (!queue.length) deps.onChange(built, undefined);
      else return run(built);
    })
    .catch(fail);
  return stop;
}
