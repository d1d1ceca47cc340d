import { vi } from 'vitest';

/**
 * The Web Locks API as the browser gives it to an extension's pages and worker: one lock manager for them
 * all, one holder of a name at a time. Undone by vi.unstubAllGlobals().
 */
export function stubLocks(): void {
  const held = new Map<string, Promise<unknown>>();
  const locks = {
    request<T>(name: string, work: () => Promise<T>): Promise<T> {
      const turn = (held.get(name) ?? Promise.resolve()).then(work);
      held.set(
        name,
        turn.catch(() => undefined),
      );
      return turn;
    },
  };
  vi.stubGlobal('navigator', { locks });
}
