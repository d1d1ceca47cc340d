import { browser } from 'wxt/browser';

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

// Nothing the user typed is dropped silently: a value that no longer parses is moved aside under a
// quarantine key (kept for export and support) and the caller is told.
export async function readValidated<T>(key: string, schema: Validator<T>): Promise<StoredRead<T>> {
  const raw = (await browser.storage.local.get(key))[key];
  if (raw === undefined) return { state: 'empty' };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { state: 'ok', value: parsed.data };
  const aside = quarantineKey(key, Date.now());
  await browser.storage.local.set({ [aside]: raw });
  await browser.storage.local.remove(key);
  return { state: 'quarantined', quarantineKey: aside, issue: parsed.error.issues[0]?.message ?? 'invalid data' };
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
