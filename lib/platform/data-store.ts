import { browser } from 'wxt/browser';

export async function readAllStored(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(null);
}

export async function writeStored(entries: Record<string, unknown>): Promise<void> {
  if (Object.keys(entries).length) await browser.storage.local.set(entries);
}

export async function deleteAllStored(): Promise<void> {
  await browser.storage.local.clear();
}
