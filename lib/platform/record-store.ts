import { browser } from 'wxt/browser';
import { Escalation } from '../escalation/model';
import { readValidated, writeValue } from './storage';

export const RECORD_PREFIX = 'record:';
const DRAFT_PREFIX = 'draft:';

// Escalating moves the draft into a record (its own key, so thousands of records never rewrite one big
// value); the follow-up scheduler works from records.
export async function escalateDraft(draft: Escalation, now: Date): Promise<Escalation> {
  const at = now.toISOString();
  const record = Escalation.parse({
    ...draft,
    status: 'escalated',
    updatedAt: at,
    log: [...draft.log, { at, kind: 'created', text: 'Escalated' }],
  });
  await writeValue(`${RECORD_PREFIX}${record.id}`, record);
  await browser.storage.local.remove(`${DRAFT_PREFIX}${draft.key}`);
  return record;
}

export async function loadRecord(id: string) {
  return readValidated(`${RECORD_PREFIX}${id}`, Escalation);
}
