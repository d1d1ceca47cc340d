import { browser } from 'wxt/browser';
import { withIndexMarks } from './record-store';

export async function readAllStored(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}

export async function writeStored(entries: Record<string, unknown>): Promise<void> {
  if (Object.keys(entries).length) await browser.storage.local.set(withIndexMarks(entries));
}

export async function deleteAllStored(): Promise<void> {
  await browser.storage.local.clear();
}
