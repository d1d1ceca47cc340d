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

/** Stored escalations as they are read: the newest first, and how many keys each read covered. */
export interface StoredSource {
  total: number;
  batches: AsyncIterator<{ put: SourceChange['put']; read: number }>;
}

export interface LiveLibraryDeps {
  /** The library (its code may load only now) and the stored escalations, still to be read. */
  load(): Promise<{ library: PatternLibrary; stored: StoredSource }>;
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
// While indexing, the panel hears of the library's change at most this often after the first slice: each
// change runs the draft's matching again and redraws the box, which took longer than the slices themselves.
const REPORT_MS = 400;

type Step = { put: Escalation; kind: Kind; stored?: true } | { remove: string; kind: Kind; stored?: undefined };

const stepsOf = (change: SourceChange): Step[] => [
  ...change.removed.map(({ id, kind }) => ({ remove: id, kind })),
  ...change.put.map(({ escalation, kind }) => ({ put: escalation, kind })),
];
const keyOf = (kind: Kind, id: string) => `${kind}:${id}`;

/**
 * Starts loading and listening; the function returned stops both. Stored escalations are read and indexed a
 * batch at a time, so the newest are matched long before the oldest are read. A write seen meanwhile is
 * newer than what storage gave or will give for the same escalation: that one is skipped.
 */
export function keepLibrary(deps: LiveLibraryDeps): () => void {
  let stopped = false;
  let library: PatternLibrary | undefined;
  let stored: StoredSource | undefined;
  // Writes go before what storage gave: the agent's own are the newest, and matched at once.
  const writes: Step[] = [];
  let reads: Step[] = [];
  let nextRead = 0;
  // Keys read, and stored steps read but not yet applied: their difference is how far indexing got.
  let read = 0;
  let waiting = 0;
  let total = 0;
  // What was written while indexing: a copy read from storage before the write is older than it.
  const written = new Set<string>();
  let running = false;
  let reported = Number.NEGATIVE_INFINITY;

  const indexing = () => stored !== undefined || waiting > 0;
  const pending = () => writes.length > 0 || nextRead < reads.length;
  const take = (batch: { put: SourceChange['put']; read: number }) => {
    read += batch.read;
    for (const { escalation, kind } of batch.put) reads.push({ put: escalation, kind, stored: true });
    waiting += batch.put.length;
    // All read: the last slice says so, with no read after it to find the end.
    if (read >= total) stored = undefined;
  };
  const apply = (built: PatternLibrary, step: Step) => {
    if (step.stored) {
      waiting--;
      if (written.has(keyOf(step.kind, step.put.id))) return;
    }
    if ('put' in step) built.put(step.put, step.kind);
    else built.remove(step.remove, step.kind);
  };
  const run = async (built: PatternLibrary) => {
    running = true;
    while (!stopped) {
      if (!pending()) {
        reads = [];
        nextRead = 0;
        if (!stored) break;
        const batch = await stored.batches.next();
        if (stopped) break;
        if (!batch.done) take(batch.value);
        else {
          stored = undefined;
          written.clear();
          deps.onChange(built, undefined);
        }
        continue;
      }
      const until = deps.clock() + SLICE_MS;
      do apply(built, (writes.shift() ?? reads[nextRead++]) as Step);
      while (pending() && deps.clock() < until);
      const now = deps.clock();
      if (!indexing()) {
        written.clear();
        deps.onChange(built, undefined);
      } else if (now - reported >= REPORT_MS) {
        reported = now;
        deps.onChange(built, { indexed: read - waiting, total });
      }
      if (pending() || stored) await deps.pause();
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
    for (const step of stepsOf(change)) {
      if (!library || indexing()) written.add(keyOf(step.kind, 'put' in step ? step.put.id : step.remove));
      writes.push(step);
    }
    if (library && !running) void run(library).catch(fail);
  });
  const stop = () => {
    stopped = true;
    writes.length = 0;
    reads = [];
    written.clear();
    unsubscribe();
  };
  const fail = (error: unknown) => {
    if (stopped) return;
    stop();
    deps.onError(error instanceof Error ? error.message : String(error));
  };
  deps
    .load()
    .then(({ library: built, stored: source }) => {
      if (stopped) return;
      library = built;
      stored = source;
      total = source.total;
      return run(built);
    })
    .catch(fail);
  return stop;
}
