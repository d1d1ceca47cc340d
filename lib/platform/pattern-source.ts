import { browser } from 'wxt/browser';
import { StoredEscalation } from '../escalation/migrate';
import type { Escalation } from '../escalation/model';
import { DRAFT_PREFIX } from './draft-store';
import { RECORD_PREFIX } from './record-store';
import { storedKeys } from './storage';

export type SourceKind = 'record' | 'draft';
export interface PatternSourceChange {
  put: { escalation: Escalation; kind: SourceKind }[];
  /** The kind matters: escalating deletes the draft after writing the record of the same id. */
  removed: { id: string; kind: SourceKind }[];
}

const kindOf = (key: string): SourceKind | undefined =>
  key.startsWith(RECORD_PREFIX) ? 'record' : key.startsWith(DRAFT_PREFIX) ? 'draft' : undefined;

// Reading and parsing thousands of records takes a while: in batches, the panel answering in between.
const BATCH = 200;
const yieldToPanel = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function* storedBatches(): AsyncGenerator<Record<string, unknown>> {
  const all = await storedKeys();
  if (!all) {
    yield await browser.storage.local.get(null);
    return;
  }
  const keys = all.filter((k) => kindOf(k) !== undefined);
  for (let i = 0; i < keys.length; i += BATCH) {
    yield await browser.storage.local.get(keys.slice(i, i + BATCH));
    await yieldToPanel();
  }
}

/**
 * Every stored escalation and draft, for similar-issue matching. One that does not parse is skipped here:
 * the record index and the draft loader set it aside and say so.
 */
export async function loadPatternSources(): Promise<PatternSourceChange['put']> {
  const out: PatternSourceChange['put'] = [];
  let n = 0;
  for await (const batch of storedBatches()) {
    for (const [key, raw] of Object.entries(batch)) {
      const kind = kindOf(key);
      if (!kind) continue;
      const parsed = StoredEscalation.safeParse(raw);
      if (parsed.success) out.push({ escalation: parsed.data, kind });
      if (++n % BATCH === 0) await yieldToPanel();
    }
  }
  return out;
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
