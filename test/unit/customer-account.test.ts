import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import type { EscalationInput } from '../../lib/escalation/model';
import { createLibrary } from '../../lib/patterns/library';
import { draft, NOW } from './engine-draft';

const ticket = (organization?: string) => ({
  helpdesk: 'zendesk' as const,
  url: 'https://acme.zendesk.com/agent/tickets/1',
  source: 'api' as const,
  missing: [],
  createdAt: NOW.toISOString(),
  organization,
});

const escalation = (id: string, extra: Partial<EscalationInput>) =>
  draft({
    id,
    key: `zendesk:${id}`,
    status: 'escalated',
    summary: 'Webhooks delivered hours late',
    description: 'Order webhooks arrive two to three hours after the event.',
    ticketUrl: `https://acme.zendesk.com/agent/tickets/${id}`,
    ...extra,
  });

// The account field cleared to spaces, on a ticket whose helpdesk names the organization.
const blankAccount = escalation('blank', {
  customer: { name: 'Dana Whitfield', email: 'dana@gmail.com', account: '   ' },
  ticket: ticket('Initech'),
});

describe('an account of only spaces names no customer', () => {
  test("the brief names the helpdesk's organization", () => {
    const brief = renderBrief(blankAccount, 'text', 'en', { now: NOW, timeZone: 'UTC' });
    expect(brief).toContain('Customers affected: Initech\n');
  });

  test('a similar issue shows the organization, and counts as that customer', () => {
    const lib = createLibrary();
    lib.put(blankAccount, 'record');
    const own = escalation('draft', {
      status: 'draft',
      summary: 'Webhook delivery delays',
      description: 'Our endpoint receives webhook events with a delay of several hours.',
      customer: { name: '', email: '', account: 'Initech' },
    });
    const similar = lib.similar(own, { now: NOW });
    expect(similar.matches.map((m) => m.entry.customerName)).toEqual(['Initech']);
    expect(similar.customers).toBe(1);
    expect(similar.customerNames).toEqual(['Initech']);
  });

  test('without an organization, the requester is the customer, by name and by address', () => {
    const lib = createLibrary();
    const alone = { ...blankAccount, ticket: ticket() };
    lib.put(alone, 'record');
    expect(lib.entry('blank')?.customerName).toBe('Dana Whitfield');
    const own = escalation('draft', { status: 'draft', customer: { name: '', email: '', account: '  ' } });
    expect(lib.similar(own, { now: NOW })).toMatchObject({ customers: 1, ownUnknown: true, unattributed: 0 });
    expect(renderBrief(alone, 'text', 'en', { now: NOW, timeZone: 'UTC' })).toContain(
      'Customers affected: Dana Whitfield\n',
    );
  });
});
