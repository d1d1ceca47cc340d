// Typing must never wait on storage, and closing the panel may lose at most `delayMs` of typing:
// writes are debounced, and flush() runs the pending one at once (called on pagehide).
export interface Debounced<T> {
  schedule(value: T): void;
  flush(): void;
  cancel(): void;
  /** A value is waiting to be written. */
  pending(): boolean;
}

export function debounce<T>(write: (value: T) => void, delayMs: number): Debounced<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: { value: T } | undefined;
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
      pending = { value };
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
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
