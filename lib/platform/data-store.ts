import { browser } from 'wxt/browser';
import type { ImportResult } from '../data/backup';
import { IndexRow } from '../escalation/migrate';
import { ScheduleIndex } from '../followup/schedule-index';
import { isOpen } from '../followup/status';
import { DRAFT_PREFIX } from './draft-store';
import { wakeWorkerSoon } from './follow-up-alarm';
import { SCHEDULE_KEY } from './record-index';
import { RECORD_PREFIX, withIndexMarks } from './record-store';
import { allKeys, QUARANTINE_PREFIX } from './storage';
import { inTurn } from './turns';

export async function readAllStored(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}

// An import or Delete all data takes its turn with the panels' and the worker's changes to records, so
// neither is undone by a change read before it: an import plans from what is stored in its turn.
export function importInTurn(plan: (stored: Record<string, unknown>) => ImportResult): Promise<ImportResult> {
  return inTurn(async () => {
    const result = plan(await browser.storage.local.get(null));
    if (result.ok && Object.keys(result.plan.writes).length) {
      await browser.storage.local.set(withIndexMarks(result.plan.writes));
      await wakeWorkerSoon();
    }
    return result;
  });
}

export async function deleteAllStored(): Promise<void> {
  await inTurn(() => browser.storage.local.clear());
}

const Status = IndexRow.pick({ status: true });

/**
 * What Delete all data would delete, told before it does: escalations (how many still open), drafts, and what
 * was set aside as unreadable (kept for Export all, deleted too). Read only: the statuses come from the
 * follow-up schedule (a few bytes a record), or where it cannot be read from the records themselves.
 */
export async function storedCounts(): Promise<{ escalations: number; open: number; drafts: number; setAside: number }> {
  const keys = await allKeys();
  const records = keys.filter((k) => k.startsWith(RECORD_PREFIX));
  const schedule = ScheduleIndex.safeParse((await browser.storage.local.get(SCHEDULE_KEY))[SCHEDULE_KEY]);
  // Only the schedule's rows of stored records: a hand-edited schedule may list more.
  const stored = new Set(records.map((k) => k.slice(RECORD_PREFIX.length)));
  const statuses = schedule.success
    ? Object.entries(schedule.data.rows).flatMap(([id, [status]]) => (stored.has(id) ? [{ status }] : []))
    : Object.values(await browser.storage.local.get(records)).flatMap((r) => {
        const parsed = Status.safeParse(r);
        return parsed.success ? [parsed.data] : [];
      });
  return {
    escalations: records.length,
    open: statuses.filter(isOpen).length,
    drafts: keys.filter((k) => k.startsWith(DRAFT_PREFIX)).length,
    setAside: keys.filter((k) => k.startsWith(QUARANTINE_PREFIX)).length,
  };
}
