import { browser } from 'wxt/browser';
import { StoredEscalation } from '../escalation/migrate';
import type { Escalation } from '../escalation/model';
import { escalate } from '../followup/actions';
import type { CadenceSettings } from '../followup/cadence';
import { deleteDraft } from './draft-store';
import { QUARANTINE_PREFIX, writeValue } from './storage';

export const RECORD_PREFIX = 'record:';
const recordKey = (id: string) => `${RECORD_PREFIX}${id}`;

// Escalating moves the draft into a record (its own key, so thousands of records never rewrite one big
// value) with both follow-up clocks started; the worker's scheduler works from records.
export async function escalateDraft(draft: Escalation, now: Date, settings: CadenceSettings): Promise<Escalation> {
  const record = escalate(draft, now, settings);
  await writeValue(recordKey(record.id), record);
  await deleteDraft(draft.key);
  return record;
}

export function saveRecord(record: Escalation): Promise<void> {
  return writeValue(recordKey(record.id), record);
}

export interface RecordList {
  records: Escalation[];
  quarantined: string[];
}

// Every record, migrated to the current version; one that no longer parses is set aside, never dropped.
export async function loadRecords(): Promise<RecordList> {
  const all = await browser.storage.local.get(null);
  const records: Escalation[] = [];
  const quarantine: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    const parsed = StoredEscalation.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else quarantine[`${QUARANTINE_PREFIX}${key}:${Date.now()}`] = raw;
  }
  const quarantined = Object.keys(quarantine);
  if (quarantined.length) {
    await browser.storage.local.set(quarantine);
    await browser.storage.local.remove(quarantined.map((q) => q.slice(QUARANTINE_PREFIX.length).replace(/:\d+$/, '')));
  }
  return { records, quarantined };
}

export function onRecordsChange(listener: () => void): () => void {
  const handle = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith(RECORD_PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
