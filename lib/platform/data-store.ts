import { browser } from 'wxt/browser';
import { inTurn, withIndexMarks } from './record-store';

export async function readAllStored(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}

// An import or Delete all data takes its turn with the panels' and the worker's changes to records, so
// neither is undone by a change read before it.
export async function writeStored(entries: Record<string, unknown>): Promise<void> {
  if (Object.keys(entries).length) await inTurn(() => browser.storage.local.set(withIndexMarks(entries)));
}

export async function deleteAllStored(): Promise<void> {
  await inTurn(() => browser.storage.local.clear());
}
