import { browser } from 'wxt/browser';
import { StoredEscalation } from '../escalation/migrate';
import type { Escalation } from '../escalation/model';
import { UNINDEXABLE_ID } from '../escalation/record-id';
import { type ActionResult, escalate } from '../followup/actions';
import type { CadenceSettings } from '../followup/cadence';
import { mergeFollowUps } from '../followup/schedule';
import { isOpen } from '../followup/status';
import { deleteDraft } from './draft-store';
import { wakeWorkerSoon } from './follow-up-alarm';
import { checkedWith, readValidated, type StoredRead, type Validator } from './storage';
import { inTurn } from './turns';

export const RECORD_PREFIX = 'record:';
const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;
export const UNINDEXED_PREFIX = 'index:unindexed:';

/**
 * A record as read from its storage key. One whose id is not the one its key names (hand-edited storage) is
 * unreadable, as one that no longer parses, and is set aside: indexed under its id, it would remind on every
 * pass (its mark written to a key that holds nothing) and its row would open no record. The key is checked
 * after the one stored-record schema: a schema built per key would be built again for every record read.
 * One whose id no index can hold as a row (an import of an earlier release took it) is set aside likewise.
 */
export const recordAt = (key: string): Validator<Escalation> =>
  checkedWith(StoredEscalation, ({ id }) => {
    if (recordKey(id) !== key) return "the record's id is not its key's";
    return id === UNINDEXABLE_ID ? 'no index can list this id' : undefined;
  });

/**
 * Records to write, each with a mark in the same write that the worker's index update takes away: a write
 * the worker never saw (the browser closed at once, the worker was stopped) is indexed at its next start.
 */
export function withIndexMarks(entries: Record<string, unknown>): Record<string, unknown> {
  const marks = Object.keys(entries)
    .filter((k) => k.startsWith(RECORD_PREFIX))
    .map((k) => [`${UNINDEXED_PREFIX}${k.slice(RECORD_PREFIX.length)}`, true]);
  return { ...entries, ...Object.fromEntries(marks) };
}

// Escalating moves the draft into a record (its own key, so thousands of records never rewrite one big
// value) with both follow-up clocks started; the worker's scheduler works from records.
export async function escalateDraft(draft: Escalation, now: Date, settings: CadenceSettings): Promise<Escalation> {
  const record = escalate(draft, now, settings);
  await saveRecord(record);
  await deleteDraft(draft.key);
  return record;
}

export async function saveRecord(record: Escalation): Promise<void> {
  await browser.storage.local.set(withIndexMarks({ [recordKey(record.id)]: record }));
  await wakeWorkerSoon();
}

export function loadRecord(id: string): Promise<StoredRead<Escalation>> {
  return readValidated(recordKey(id), recordAt(recordKey(id)));
}

export type UpdateResult = ActionResult | { ok: false; error: 'gone' };

// A change is made to the record as stored now, not to the copy the caller read earlier: meanwhile the
// worker marks clocks, a notification's Snooze moves them, another panel logs an update.
export function updateRecord(id: string, change: (stored: Escalation) => ActionResult): Promise<UpdateResult> {
  return inTurn(async () => {
    const read = await loadRecord(id);
    if (read.state !== 'ok') return { ok: false, error: 'gone' } as const;
    const result = change(read.value);
    if (result.ok && result.record !== read.value) await saveRecord(result.record);
    return result;
  });
}

// The worker changes only records' clocks, all in one write; the rest of each stored record is written
// back as it was. It is told what each record's key holds now, written or not, for its indexes to follow: a
// row whose record is gone or unreadable goes, and reminds no more.
export async function saveFollowUps(
  changes: ReadonlyMap<string, Escalation['followUps']>,
): Promise<Record<string, unknown>> {
  if (!changes.size) return {};
  return inTurn(() => layFollowUps(changes));
}

async function layFollowUps(changes: ReadonlyMap<string, Escalation['followUps']>): Promise<Record<string, unknown>> {
  const keys = [...changes.keys()].map(recordKey);
  const stored = await browser.storage.local.get(keys);
  const writes: Record<string, Escalation> = {};
  for (const [id, followUps] of changes) {
    const key = recordKey(id);
    const record = recordAt(key).safeParse(stored[key]);
    // Closed since the worker read it: a resolved escalation gets no clocks back.
    if (record.success && isOpen(record.data)) {
      writes[key] = { ...record.data, followUps: mergeFollowUps(record.data.followUps, followUps) };
    }
  }
  await browser.storage.local.set(withIndexMarks(writes));
  return Object.fromEntries(keys.map((key) => [key, writes[key] ?? stored[key]]));
}

export function onRecordsChange(
  listener: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>) => void,
): () => void {
  const handle = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(RECORD_PREFIX))) listener(changes);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
