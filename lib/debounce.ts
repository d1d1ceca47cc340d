// Typing must never wait on storage, and closing the panel may lose at most `delayMs` of typing:
// writes are debounced, and flush() runs the pending one at once (called on pagehide). Typing that never
// pauses is still written every `maxWaitMs`, so a panel that dies mid-burst (an update, a crash, where
// pagehide may not run) loses at most that much.
export interface Debounced<T> {
  schedule(value: T): void;
  flush(): void;
  cancel(): void;
  /** A value is waiting to be written. */
  pending(): boolean;
}

export function debounce<T>(write: (value: T) => void, delayMs: number, maxWaitMs = Infinity): Debounced<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | undefined;
  let waitingSince = 0;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    write(value);
  };
  return {
    schedule(value) {
      if (!pending) waitingSince = Date.now();
      pending = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, Math.max(0, Math.min(delayMs, waitingSince + maxWaitMs - Date.now())));
    },
    flush,
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
    pending: () => pending !== undefined,
  };
}
