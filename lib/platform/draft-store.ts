import { browser } from 'wxt/browser';
import { Escalation } from '../escalation/model';
import { readValidated, type StoredRead, writeValue } from './storage';

const DRAFT_PREFIX = 'draft:';

export function loadDraft(key: string): Promise<StoredRead<Escalation>> {
  return readValidated(`${DRAFT_PREFIX}${key}`, Escalation);
}

export function saveDraft(draft: Escalation): Promise<void> {
  return writeValue(`${DRAFT_PREFIX}${draft.key}`, draft);
}

export async function deleteDraft(key: string): Promise<void> {
  await browser.storage.local.remove(`${DRAFT_PREFIX}${key}`);
}
