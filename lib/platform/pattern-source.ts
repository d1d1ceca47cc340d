import { browser } from 'wxt/browser';
import { RecordDates, StoredEscalation, viewsOfIndex } from '../escalation/migrate';
import type { Escalation } from '../escalation/model';
import { DRAFT_PREFIX } from './draft-store';
import { DATES_KEY, INDEX_KEY } from './record-index';
import { RECORD_PREFIX } from './record-store';
import { storedKeys } from './storage';

export type SourceKind = 'record' | 'draft';
export interface PatternSourceChange {
  put: { escalation: Escalation; kind: SourceKind }[];
  /** The kind matters: escalating deletes the draft after writing the record of the same id. */
  removed: { id: string; kind: SourceKind }[];
}

/** One read of stored escalations: those that parse, and how many keys it covered (parsed or not). */
export interface SourceBatch {
  put: PatternSourceChange['put'];
  read: number;
}
export interface StoredSources {
  /** How many stored records and drafts there are to read. */
  total: number;
  /** Drafts, then records newest first, a few at a time. */
  batches: AsyncGenerator<SourceBatch>;
}

const kindOf = (key: string): SourceKind | undefined =>
  key.startsWith(RECORD_PREFIX) ? 'record' : key.startsWith(DRAFT_PREFIX) ? 'draft' : undefined;

// Parsing a record takes up to a millisecond on a busy machine: a batch is read and parsed between two of
// the panel's slices without becoming a long task.
const BATCH = 40;
function parsed(entries: [string, unknown][]): PatternSourceChange['put'] {
  return entries.flatMap(([key, raw]) => {
    const kind = kindOf(key);
    const escalation = kind && StoredEscalation.safeParse(raw);
    return kind && escalation?.success ? [{ escalation: escalation.data, kind }] : [];
  });
}

const at = (createdAt: string | undefined) => Date.parse(createdAt ?? '') || 0;

// The newest are read first. The worker keeps their order beside the record index (a few hundred kB at
// 10,000 records); until it has written one, the dates are read from the index itself (megabytes).
async function recordOrder(): Promise<string[]> {
  const stored = await browser.storage.local.get(DATES_KEY);
  const dates = RecordDates.safeParse(stored[DATES_KEY]);
  if (dates.success) return dates.data.newestFirst;
  return viewsOfIndex((await browser.storage.local.get(INDEX_KEY))[INDEX_KEY])?.dates.newestFirst ?? [];
}

async function newestFirst(keys: string[]): Promise<string[]> {
  const records = new Set(keys.filter((k) => kindOf(k) === 'record'));
  const ordered = (await recordOrder()).map((id) => `${RECORD_PREFIX}${id}`).filter((k) => records.delete(k));
  return [...keys.filter((k) => kindOf(k) === 'draft'), ...ordered, ...records];
}

async function* keyBatches(keys: string[]): AsyncGenerator<SourceBatch> {
  for (let i = 0; i < keys.length; i += BATCH) {
    const slice = keys.slice(i, i + BATCH);
    const stored = await browser.storage.local.get(slice);
    yield { put: parsed(slice.map((k) => [k, stored[k]])), read: slice.length };
  }
}

async function* oneBatch(put: PatternSourceChange['put'], read: number): AsyncGenerator<SourceBatch> {
  yield { put, read };
}

/**
 * Every stored escalation and draft, for similar-issue matching. One that does not parse is skipped here:
 * the record index and the draft loader set it aside and say so.
 */
export async function patternSources(): Promise<StoredSources> {
  const all = await storedKeys();
  if (all) {
    const keys = await newestFirst(all.filter((k) => kindOf(k) !== undefined));
    return { total: keys.length, batches: keyBatches(keys) };
  }
  // A browser that cannot list keys alone reads everything at once.
  const entries = Object.entries(await browser.storage.local.get(null)).filter(([k]) => kindOf(k) !== undefined);
  const put = parsed(entries).sort((a, b) => at(b.escalation.createdAt) - at(a.escalation.createdAt));
  return { total: entries.length, batches: oneBatch(put, entries.length) };
}

/** Records and drafts as they are written, escalated (draft → record) or deleted. */
export function onPatternSourceChange(listener: (change: PatternSourceChange) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change: PatternSourceChange = { put: [], removed: [] };
    for (const [key, { newValue, oldValue }] of Object.entries(changes)) {
      const kind = kindOf(key);
      if (!kind) continue;
      const next = newValue === undefined ? undefined : StoredEscalation.safeParse(newValue);
      if (next?.success) change.put.push({ escalation: next.data, kind });
      else {
        const id = (oldValue as { id?: unknown } | undefined)?.id;
        if (typeof id === 'string') change.removed.push({ id, kind });
      }
    }
    if (change.put.length || change.removed.length) listener(change);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}
