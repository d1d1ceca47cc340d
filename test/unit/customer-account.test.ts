import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { createLibrary } from '../../lib/patterns/library';
import { NOW, webhooksLate } from './engine-draft';

const ticket = (organization?: string) => ({
  helpdesk: 'zendesk' as const,
  url: 'https://acme.zendesk.com/agent/tickets/1',
  source: 'api' as const,
  missing: [],
  createdAt: NOW.toISOString(),
  organization,
});

// The account field cleared to spaces, on a ticket whose helpdesk names the organization.
const blankAccount = webhooksLate('blank', '   ', {
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
    const own = webhooksLate('draft', 'Initech', {
      status: 'draft',
      summary: 'Webhook delivery delays',
      description: 'Our endpoint receives webhook events with a delay of several hours.',
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
    const own = webhooksLate('draft', '  ', { status: 'draft' });
    expect(lib.similar(own, { now: NOW })).toMatchObject({ customers: 1, ownUnknown: true, unattributed: 0 });
    expect(renderBrief(alone, 'text', 'en', { now: NOW, timeZone: 'UTC' })).toContain(
      'Customers affected: Dana Whitfield\n',
    );
  });
});
