import { browser } from 'wxt/browser';
import { stripReordering } from '../brief/sanitize';
import { z } from '../zod';

// Text picked on the helpdesk page waits here for the ticket's draft. Writing into the draft directly
// would race the open panel's own autosave; the panel (or the next load of that draft) takes it in.
const PREFIX = 'inbox:';
const Inbox = z.array(z.string()).catch([]);
export const MAX_SELECTION_CHARS = 100_000;

export async function addToInbox(draftKey: string, text: string): Promise<void> {
  const key = `${PREFIX}${draftKey}`;
  const current = Inbox.parse((await browser.storage.local.get(key))[key] ?? []);
  await browser.storage.local.set({ [key]: [...current, stripReordering(text.slice(0, MAX_SELECTION_CHARS))] });
}

export async function takeInbox(draftKey: string): Promise<string[]> {
  const key = `${PREFIX}${draftKey}`;
  const items = Inbox.parse((await browser.storage.local.get(key))[key] ?? []);
  if (items.length) await browser.storage.local.remove(key);
  return items;
}

export function onInbox(draftKey: string, listener: () => void): () => void {
  const key = `${PREFIX}${draftKey}`;
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[key]?.newValue !== undefined) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
