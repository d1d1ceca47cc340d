import { z } from '../zod';
import { ESCALATION_SCHEMA_VERSION, Escalation } from './model';

// v1 (before follow-ups) stored follow-ups as two optional instants that nothing ever set; v2 keeps two
// clocks. A v1 time, if present, becomes a clock that is due and overdue at that time.
function fromV1(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || (raw as { schemaVersion?: unknown }).schemaVersion !== 1) return raw;
  const v1 = raw as { followUps?: { nextInternalAt?: unknown; nextCustomerAt?: unknown } };
  const clock = (at: unknown) => (typeof at === 'string' && at ? { dueAt: at, overdueAt: at } : undefined);
  return {
    ...v1,
    schemaVersion: ESCALATION_SCHEMA_VERSION,
    followUps: { internal: clock(v1.followUps?.nextInternalAt), customer: clock(v1.followUps?.nextCustomerAt) },
  };
}

export const StoredEscalation = z.preprocess(fromV1, Escalation);
