import { describe, expect, test } from 'vitest';
import type { EscalationInput } from '../../lib/escalation/model';
import { createLibrary } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const report = (id: string, account: string, extra: Partial<EscalationInput> = {}) =>
  webhooksLate(id, account, { createdAt: daysAgo(3), ...extra });
// Ticket 4821, escalated, then "Start a new draft for this ticket": a draft of the same ticket (its key and
// address), under a new id, saying the same.
const escalated4821 = () =>
  report('rec-4821', 'Acme Corp', { key: 'zendesk:4821', ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821' });
const newDraft4821 = () =>
  report('draft-4821', 'Acme Corp', {
    status: 'draft',
    key: 'zendesk:4821',
    ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
    createdAt: daysAgo(1),
  });
const ticket8803 = (extra: Partial<EscalationInput> = {}) =>
  draft({
    id: 'draft-8803',
    key: 'zendesk:8803',
    summary: 'Webhook delivery delays',
    description: 'Our endpoint receives webhook events with a delay of several hours.',
    customer: { name: '', email: '', account: 'Umbrella' },
    ...extra,
  });

function similarFor(d: ReturnType<typeof ticket8803>) {
  const lib = createLibrary();
  lib.put(escalated4821(), 'record');
  lib.put(newDraft4821(), 'draft');
  lib.put(report('gx', 'Globex'), 'record');
  return lib.similar(d, { now: NOW });
}

describe('another ticket lists an escalated ticket once, whatever drafts were started for it since', () => {
  test('the escalation, not the new draft of the same ticket; the customers are counted as before', () => {
    const s = similarFor(ticket8803());
    const listed = [...s.matches, ...s.possible].map((m) => `${m.entry.customerName} · ${m.entry.status}`);
    expect(listed.sort()).toEqual(['Acme Corp · escalated', 'Globex · escalated']);
    expect(s).toMatchObject({ customers: 3, customerNames: ['Umbrella', 'Acme Corp', 'Globex'], unattributed: 0 });
  });

  test('the draft the agent linked stays listed as linked, and the escalation is not listed beside it', () => {
    const s = similarFor(ticket8803({ patterns: { dismissed: [], linked: [{ id: 'draft-4821', text: '' }] } }));
    const acme = s.matches.filter((m) => m.entry.customerName === 'Acme Corp');
    expect(acme.map((m) => [m.entry.id, m.linked])).toEqual([['draft-4821', true]]);
  });
});
