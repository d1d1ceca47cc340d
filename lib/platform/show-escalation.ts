import { browser } from 'wxt/browser';
import { z } from '../zod';
import { writeValue } from './storage';

// A notification click asks the panel (open now, or opened next) to show one escalation, or the list of
// them for the summary of several.
const KEY = 'ui:show-escalation';
export const ShowEscalation = z.union([
  z.object({ id: z.string(), action: z.enum(['view', 'log']), at: z.number() }),
  z.object({ action: z.literal('list'), at: z.number() }),
]);
export type ShowEscalation = z.infer<typeof ShowEscalation>;

export function requestShowEscalation(id: string, action: 'view' | 'log'): Promise<void> {
  return writeValue(KEY, { id, action, at: Date.now() });
}

export function requestShowEscalations(): Promise<void> {
  return writeValue(KEY, { action: 'list', at: Date.now() });
}

// Requests older than this are stale: a panel opened tomorrow should not jump to yesterday's reminder.
const FRESH_MS = 60_000;

// The panel that shows the request takes it, on opening or while open: another panel opened within the
// minute (a pop-out, another window) stays where it opens.
export async function pendingShowEscalation(): Promise<ShowEscalation | undefined> {
  const parsed = ShowEscalation.safeParse((await browser.storage.local.get(KEY))[KEY]);
  if (!parsed.success || Date.now() - parsed.data.at >= FRESH_MS) return undefined;
  await browser.storage.local.remove(KEY);
  return parsed.data;
}

export function onShowEscalation(listener: (request: ShowEscalation) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const parsed = ShowEscalation.safeParse(changes[KEY]?.newValue);
    if (!parsed.success) return;
    // Every panel open now gets it in this same change; one opened later does not.
    void browser.storage.local.remove(KEY);
    listener(parsed.data);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
