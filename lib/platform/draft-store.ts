import { browser } from 'wxt/browser';
import { legacyTicketKey } from '../escalation/draft-key';
import { StoredEscalation } from '../escalation/migrate';
import type { Escalation } from '../escalation/model';
import {
  allKeys,
  checkedWith,
  QUARANTINE_PREFIX,
  quarantineKey,
  readValidated,
  type StoredRead,
  type Validator,
  writeValue,
} from './storage';

export const DRAFT_PREFIX = 'draft:';

// A draft is saved under its own key: one kept under this ticket's key that names another ticket
// (hand-edited storage) is unreadable here, since opening it would save the agent's typing over that ticket's.
const draftAt = (key: string): Validator<Escalation> =>
  checkedWith(StoredEscalation, (draft) => (draft.key === key ? undefined : "the draft's ticket is not its key's"));

export async function loadDraft(key: string): Promise<StoredRead<Escalation>> {
  const read = await readValidated(`${DRAFT_PREFIX}${key}`, draftAt(key));
  const legacy = legacyTicketKey(key);
  if (!legacy) return read;
  // A draft kept under the key's older spelling moves to the current one, or is set aside beside a draft
  // already there (offered back like any conflict), so it is neither lost nor found twice. One that reads
  // as another ticket (the same number in another account) is left where it is, for that ticket.
  const old = await readValidated(`${DRAFT_PREFIX}${legacy}`, StoredEscalation);
  if (old.state !== 'ok' || old.value.key !== key)
    return read.state === 'empty' && old.state === 'quarantined' ? old : read;
  const moved =
    read.state === 'empty'
      ? saveDraft(old.value)
      : setAsideDraft(old.value, Date.parse(old.value.updatedAt) || Date.now());
  // A move storage refuses (full, say) is left for the next read, which finds the draft where it still is.
  await moved.then(() => browser.storage.local.remove(`${DRAFT_PREFIX}${legacy}`)).catch(() => undefined);
  return read.state === 'empty' ? old : read;
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

const setAsideKey = (key: string, since: number) => quarantineKey(`${DRAFT_PREFIX}${key}`, since);

/**
 * A draft that must not overwrite the stored one, kept beside it (and in exports) rather than lost; `since`
 * names the occasion, so setting it aside again for the same one replaces that copy.
 */
export function setAsideDraft(draft: Escalation, since: number): Promise<void> {
  return writeValue(setAsideKey(draft.key, since), draft);
}

/** Calls back when a copy of this ticket's draft is set aside or removed, from any panel. */
export function onSetAsideChange(key: string, listener: () => void): () => void {
  const prefix = setAsideKey(key, 0).replace(/0$/, '');
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(prefix))) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

export async function removeSetAside(key: string, since: number): Promise<void> {
  await browser.storage.local.remove(setAsideKey(key, since));
}

export interface SetAsideDraft {
  since: number;
  draft: Escalation;
  /** Where it is kept: under the draft's key, or the key's older spelling (see legacyTicketKey). */
  storageKey: string;
}

/**
 * The copies of a ticket's draft set aside in conflicts, newest first (unreadable ones left where they are),
 * also those set aside under the key's older spelling that read as this ticket's.
 */
export async function listSetAside(key: string): Promise<SetAsideDraft[]> {
  const legacy = legacyTicketKey(key);
  const prefixes = [key, ...(legacy ? [legacy] : [])].map((k) => `${QUARANTINE_PREFIX}${DRAFT_PREFIX}${k}:`);
  const keys = await allKeys();
  const since = (k: string) => {
    const prefix = prefixes.find((p) => k.startsWith(p));
    return prefix && /^\d+$/.test(k.slice(prefix.length)) ? Number(k.slice(prefix.length)) : undefined;
  };
  const mine = keys.filter((k) => since(k) !== undefined);
  if (!mine.length) return [];
  const values = await browser.storage.local.get(mine);
  return mine
    .flatMap((k) => {
      const parsed = StoredEscalation.safeParse(values[k]);
      return parsed.success && parsed.data.key === key
        ? [{ since: since(k) ?? 0, draft: parsed.data, storageKey: k }]
        : [];
    })
    .sort((a, b) => b.since - a.since);
}

/** A set-aside copy the agent deleted (or took back) goes from where it is kept. */
export async function removeSetAsideCopy(item: SetAsideDraft): Promise<void> {
  await browser.storage.local.remove(item.storageKey);
}

/**
 * A set-aside copy becomes the ticket's draft again (an open panel takes it as a copy written elsewhere).
 * Refused, nothing changed. Once it is the draft, a copy storage will not remove is only a leftover: that is
 * answered, not thrown, since the draft the agent had is already replaced.
 */
export async function restoreSetAside(item: SetAsideDraft, now: Date): Promise<{ copyLeft?: string }> {
  await saveDraft({ ...item.draft, updatedAt: now.toISOString() });
  try {
    await removeSetAsideCopy(item);
    return {};
  } catch (error) {
    return { copyLeft: error instanceof Error ? error.message : String(error) };
  }
}
