import { browser } from 'wxt/browser';
import { inTurn } from './turns';

export type StoredRead<T> =
  | { state: 'empty' }
  | { state: 'ok'; value: T }
  | { state: 'quarantined'; quarantineKey: string; issue: string };

export const QUARANTINE_PREFIX = 'quarantine:';

/** Where a value set aside at `at` (epoch ms) is kept: one key per value and occasion. */
export const quarantineKey = (key: string, at: number) => `${QUARANTINE_PREFIX}${key}:${at}`;

/** What a stored value is checked with: a zod schema, or a check that answers as one does. */
export interface Validator<T> {
  safeParse(
    raw: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

/**
 * A validator and a check of what the value says against where it is kept (a record under another id's key):
 * a value the check refuses, with its reason, is unreadable as one the validator refuses. The validator is
 * built once, not once per key.
 */
export function checkedWith<T>(validator: Validator<T>, refused: (value: T) => string | undefined): Validator<T> {
  return {
    safeParse(raw) {
      const parsed = validator.safeParse(raw);
      const reason = parsed.success ? refused(parsed.data) : undefined;
      return reason ? { success: false, error: { issues: [{ message: reason }] } } : parsed;
    },
  };
}

// Nothing the user typed is dropped silently: a value that no longer parses is moved aside under a
// quarantine key (kept for export and support) and the caller is told.
export async function readValidated<T>(key: string, schema: Validator<T>): Promise<StoredRead<T>> {
  const raw = (await browser.storage.local.get(key))[key];
  if (raw === undefined) return { state: 'empty' };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { state: 'ok', value: parsed.data };
  return setAside(key, raw, schema, parsed.error.issues[0]?.message ?? 'invalid data');
}

// Pages and the worker that read one unreadable value in the same moment take turns moving it (a lock of its
// own: callers may hold the records' one). Each looks again in its turn, so the value is set aside once, and
// a draft the first page saved meanwhile is read, not removed as the unreadable one.
function setAside<T>(key: string, seen: unknown, schema: Validator<T>, issue: string): Promise<StoredRead<T>> {
  return inTurn(async (): Promise<StoredRead<T>> => {
    const raw = (await browser.storage.local.get(key))[key];
    if (raw === undefined) {
      const moved = await whereSetAside(key, seen);
      return moved ? { state: 'quarantined', quarantineKey: moved, issue } : { state: 'empty' };
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { state: 'ok', value: parsed.data };
    const aside = quarantineKey(key, Date.now());
    await browser.storage.local.set({ [aside]: raw });
    await browser.storage.local.remove(key);
    return { state: 'quarantined', quarantineKey: aside, issue: parsed.error.issues[0]?.message ?? issue };
  }, `${QUARANTINE_PREFIX}${key}`);
}

/** Where another page set this value aside: the newest copy under the key that holds it. */
async function whereSetAside(key: string, value: unknown): Promise<string | undefined> {
  const prefix = `${QUARANTINE_PREFIX}${key}:`;
  const copies = (await allKeys())
    .filter((k) => k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)))
    .sort((a, b) => Number(b.slice(prefix.length)) - Number(a.slice(prefix.length)));
  const json = JSON.stringify(value);
  for (const copy of copies) {
    if (JSON.stringify((await browser.storage.local.get(copy))[copy]) === json) return copy;
  }
  return undefined;
}

/** Every key in storage.local, where the browser lists keys without their values (Chrome 130+); else undefined. */
export async function storedKeys(): Promise<string[] | undefined> {
  const local = browser.storage.local as { getKeys?: () => Promise<string[]> };
  return local.getKeys ? local.getKeys() : undefined;
}

/** Every key in storage.local, listed without reading values where the browser can. */
export async function allKeys(): Promise<string[]> {
  return (await storedKeys()) ?? Object.keys(await browser.storage.local.get(null));
}

export async function writeValue(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}
