import { Escalation } from '../escalation/model';
import { readValidated, type StoredRead, writeValue } from './storage';

const DRAFT_PREFIX = 'draft:';

export function loadDraft(key: string): Promise<StoredRead<Escalation>> {
  return readValidated(`${DRAFT_PREFIX}${key}`, Escalation);
}

export function saveDraft(draft: Escalation): Promise<void> {
  return writeValue(`${DRAFT_PREFIX}${draft.key}`, draft);
}
