import { Escalation } from '../escalation/model';
import { deleteDraft } from './draft-store';
import { writeValue } from './storage';

export const RECORD_PREFIX = 'record:';

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
  await deleteDraft(draft.key);
  return record;
}
