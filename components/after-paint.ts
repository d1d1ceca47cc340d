import { useSyncExternalStore } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; module: T } | { state: 'failed'; error: string };

export interface AfterPaint<T> {
  /** Starts loading, once; the panel calls it right after its first paint. */
  start: () => void;
  /** The module once loaded, or why it could not be; a view that needs it early starts the load itself. */
  use: () => Loaded<T>;
}

/**
 * A part of the panel kept out of the scripts its first paint waits for, loaded with import() just after.
 * Only views that are not on screen at first need it, so the draft never waits for it.
 */
export function afterPaint<T>(load: () => Promise<T>): AfterPaint<T> {
  let loaded: Loaded<T> = { state: 'loading' };
  let started = false;
  const listeners = new Set<() => void>();
  const start = () => {
    if (started) return;
    started = true;
    load().then(
      (module) => settle({ state: 'ready', module }),
      (error: unknown) => settle({ state: 'failed', error: error instanceof Error ? error.message : String(error) }),
    );
  };
  const settle = (next: Loaded<T>) => {
    loaded = next;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    start();
    return () => listeners.delete(listener);
  };
  return { start, use: () => useSyncExternalStore(subscribe, () => loaded) };
}
