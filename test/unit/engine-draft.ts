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

/** An account cleared to spaces beside a requester and the helpdesk's organization: the customer is Globex. */
export const BLANK_ACCOUNT_AT_GLOBEX = {
  customer: { name: 'Ann Lee', email: '', account: '   ' },
  ticket: {
    helpdesk: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/7',
    source: 'api',
    missing: [],
    organization: 'Globex',
  },
} satisfies Partial<EscalationInput>;

/** An escalated report of one issue (webhooks arriving hours late) from `account`. */
export const webhooksLate = (id: string, account: string, extra: Partial<EscalationInput> = {}) =>
  draft({
    id,
    key: `zendesk:${id}`,
    status: 'escalated',
    summary: 'Webhooks delivered hours late',
    description: 'Order webhooks arrive two to three hours after the event.',
    customer: { name: '', email: '', account },
    ticketUrl: `https://acme.zendesk.com/agent/tickets/${id}`,
    ...extra,
  });
