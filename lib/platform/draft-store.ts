import { browser } from 'wxt/browser';
import { StoredEscalation } from '../escalation/migrate';
import type { Escalation } from '../escalation/model';
import { QUARANTINE_PREFIX, readValidated, type StoredRead, writeValue } from './storage';

export const DRAFT_PREFIX = 'draft:';

export function loadDraft(key: string): Promise<StoredRead<Escalation>> {
  return readValidated(`${DRAFT_PREFIX}${key}`, StoredEscalation);
}

export function saveDraft(draft: Escalation): Promise<void> {
  return writeValue(`${DRAFT_PREFIX}${draft.key}`, draft);
}

export async function deleteDraft(key: string): Promise<void> {
  await browser.storage.local.remove(`${DRAFT_PREFIX}${key}`);
}

export type DraftChange = { state: 'saved'; draft: Escalation } | { state: 'deleted' };

/** Every write to one draft's key, this panel's own included (it tells them apart); unreadable ones are skipped. */
export function onDraftChange(key: string, listener: (change: DraftChange) => void): () => void {
  const storageKey = `${DRAFT_PREFIX}${key}`;
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(storageKey in changes)) return;
    const next = changes[storageKey]?.newValue;
    // Chrome leaves newValue out for a removed key; the test double sets it to null.
    if (next === undefined || next === null) return listener({ state: 'deleted' });
    const parsed = StoredEscalation.safeParse(next);
    if (parsed.success) listener({ state: 'saved', draft: parsed.data });
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

const setAsideKey = (key: string, since: number) => `${QUARANTINE_PREFIX}${DRAFT_PREFIX}${key}:${since}`;

/**
 * A draft that must not overwrite the stored one, kept beside it (and in exports) rather than lost; `since`
 * names the occasion, so setting it aside again for the same one replaces that copy.
 */
export function setAsideDraft(draft: Escalation, since: number): Promise<void> {
  return writeValue(setAsideKey(draft.key, since), draft);
}

export async function removeSetAside(key: string, since: number): Promise<void> {
  await browser.storage.local.remove(setAsideKey(key, since));
}
