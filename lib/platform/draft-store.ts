import { browser } from 'wxt/browser';
import { StoredEscalation } from '../escalation/migrate';
import type { Escalation } from '../escalation/model';
import { readValidated, type StoredRead, writeValue } from './storage';

export const DRAFT_PREFIX = 'draft:';

export function loadDraft(key: string): Promise<StoredRead<Escalation>> {
  return readValidated(`${DRAFT_PREFIX}${key}`, StoredEscalation);
}

export function saveDraft(draft: Escalation): Promise<void> {
  return writeValue(`${DRAFT_PREFIX}${draft.key}`, draft);
}

export async function deleteDraft(key: string): Promise<void> {
  await browser.storage.local.remove(`${DRAFT_PREFIX}${key}`);
}
