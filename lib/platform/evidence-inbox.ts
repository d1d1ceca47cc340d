import { browser } from 'wxt/browser';
import { stripReordering } from '../brief/sanitize';
import { z } from '../zod';
import { allKeys, quarantineKey } from './storage';

// Text picked on the helpdesk page waits here for the ticket's draft. Writing into the draft directly
// would race the open panel's own autosave; the panel (or the next load of that draft) takes it in.
// Each selection has a key of its own, so adding is one write with no read: a selection picked while the
// panel takes the others is never lost. Earlier releases kept one list under `inbox:<draft key>`; it is
// still taken.
const PREFIX = 'inbox:';
const listKey = (draftKey: string) => `${PREFIX}${draftKey}`;
// Draft keys hold no '#' (a page's address is kept without its fragment), so this ends the draft's key.
const itemPrefix = (draftKey: string) => `${PREFIX}${draftKey}#`;
const Item = z.string();
const List = z.array(z.string());
export const MAX_SELECTION_CHARS = 100_000;
// Orders two selections picked within one millisecond; the random part keeps two contexts' keys apart.
let picked = 0;

export async function addToInbox(draftKey: string, text: string): Promise<void> {
  picked = (picked + 1) % 1e6;
  const order = `${String(Date.now()).padStart(15, '0')}-${String(picked).padStart(6, '0')}`;
  const key = `${itemPrefix(draftKey)}${order}-${Math.random().toString(36).slice(2, 10)}`;
  await browser.storage.local.set({ [key]: stripReordering(text.slice(0, MAX_SELECTION_CHARS)) });
}

/** The selections waiting for this draft, oldest first; taken, so they are given once. */
export async function takeInbox(draftKey: string): Promise<string[]> {
  const prefix = itemPrefix(draftKey);
  const keys = [listKey(draftKey), ...(await allKeys()).filter((k) => k.startsWith(prefix)).sort()];
  const stored = await browser.storage.local.get(keys);
  const found = keys.filter((k) => stored[k] !== undefined);
  if (!found.length) return [];
  const items: string[] = [];
  const unreadable: Record<string, unknown> = {};
  for (const key of found) {
    const parsed = key === listKey(draftKey) ? List.safeParse(stored[key]) : Item.safeParse(stored[key]);
    if (!parsed.success) unreadable[quarantineKey(key, Date.now())] = stored[key];
    else items.push(...[parsed.data].flat());
  }
  // Nothing picked is dropped silently: what does not read as text is set aside like any unreadable value.
  if (Object.keys(unreadable).length) await browser.storage.local.set(unreadable);
  await browser.storage.local.remove(found);
  return items;
}

export function onInbox(draftKey: string, listener: () => void): () => void {
  const prefix = itemPrefix(draftKey);
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const added = Object.entries(changes).some(
      ([k, c]) => (k.startsWith(prefix) || k === listKey(draftKey)) && c.newValue !== undefined,
    );
    if (added) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
