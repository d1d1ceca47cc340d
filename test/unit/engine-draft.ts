import type { SignalId } from '../../lib/escalation/criteria';
import { ESCALATION_SCHEMA_VERSION, Escalation, type EscalationInput } from '../../lib/escalation/model';

export const NOW = new Date('2026-11-22T12:00:00Z');

export function draft(
  overrides: Partial<EscalationInput> = {},
  signals: Partial<Record<SignalId, boolean>> = {},
): Escalation {
  const answers = Object.fromEntries(Object.entries(signals).map(([id, value]) => [id, { value, source: 'agent' }]));
  return Escalation.parse({
    id: 'e1',
    schemaVersion: ESCALATION_SCHEMA_VERSION,
    key: 'zendesk:1',
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    ...overrides,
    triage: { answers: { ...answers, ...(overrides.triage?.answers ?? {}) } },
  });
}
