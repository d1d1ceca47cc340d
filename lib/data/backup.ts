import { StoredEscalation } from '../escalation/migrate';
import { StoredSettings } from '../settings/migrate';
import { z } from '../zod';

export const EXPORT_FORMAT = 'escalation-brief-export';
export const EXPORT_VERSION = 1;

// What the extension keeps in storage.local, by key prefix.
const OURS = /^(draft:|record:|quarantine:|settings$)/;

export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  items: z.record(z.string(), z.unknown()),
});
export type ExportFile = z.infer<typeof ExportFile>;

export function buildExport(stored: Record<string, unknown>, now: Date): ExportFile {
  const items = Object.fromEntries(Object.entries(stored).filter(([key]) => OURS.test(key)));
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), items };
}

export type SkipReason = 'unknown-key' | 'invalid' | 'older-than-stored' | 'same-as-stored' | 'quarantined-entry';

export interface ImportPlan {
  writes: Record<string, unknown>;
  imported: string[];
  skipped: { key: string; reason: SkipReason; detail?: string }[];
}

export type ImportResult =
  | { ok: true; plan: ImportPlan }
  | { ok: false; reason: 'not-json' | 'not-an-export' | 'newer-export'; detail?: string };

// Every entry is validated on its own, so one bad entry skips only itself. A draft or record replaces
// the stored one only when it is newer; quarantined entries are never imported (they failed once already).
export function planImport(text: string, stored: Record<string, unknown>): ImportResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  const file = ExportFile.safeParse(raw);
  if (!file.success) {
    // Our own format from a later release: say so, rather than that it is no export at all.
    const head = z.object({ format: z.literal(EXPORT_FORMAT), version: z.number() }).safeParse(raw);
    if (head.success && head.data.version > EXPORT_VERSION) return { ok: false, reason: 'newer-export' };
    return { ok: false, reason: 'not-an-export', detail: file.error.issues[0]?.message };
  }

  const plan: ImportPlan = { writes: {}, imported: [], skipped: [] };
  for (const [key, value] of Object.entries(file.data.items)) {
    if (key.startsWith('quarantine:')) {
      plan.skipped.push({ key, reason: 'quarantined-entry' });
      continue;
    }
    if (key === 'settings') {
      const settings = StoredSettings.safeParse(value);
      if (!settings.success) plan.skipped.push({ key, reason: 'invalid', detail: settings.error.issues[0]?.message });
      else {
        plan.writes[key] = settings.data;
        plan.imported.push(key);
      }
      continue;
    }
    if (!/^(draft|record):/.test(key)) {
      plan.skipped.push({ key, reason: 'unknown-key' });
      continue;
    }
    const entry = StoredEscalation.safeParse(value);
    if (!entry.success) {
      plan.skipped.push({ key, reason: 'invalid', detail: entry.error.issues[0]?.message });
      continue;
    }
    // Stored where the extension looks for it: a record under its id, a draft under its ticket's key (a
    // hand-edited file, or a key spelled as an older release did, would otherwise be a record no one can
    // open whose reminders no one can stop).
    const target = key.startsWith('record:') ? `record:${entry.data.id}` : `draft:${entry.data.key}`;
    const current = StoredEscalation.safeParse(plan.writes[target] ?? stored[target]);
    if (current.success && current.data.updatedAt >= entry.data.updatedAt) {
      const same = current.data.updatedAt === entry.data.updatedAt;
      plan.skipped.push({ key, reason: same ? 'same-as-stored' : 'older-than-stored' });
      continue;
    }
    plan.writes[target] = entry.data;
    plan.imported.push(key);
  }
  return { ok: true, plan };
}
