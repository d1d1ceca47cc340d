import { browser } from 'wxt/browser';
import type { ImportResult } from '../data/backup';
import { wakeWorkerSoon } from './follow-up-alarm';
import { withIndexMarks } from './record-store';
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
