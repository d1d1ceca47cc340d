import { describe, expect, test } from 'vitest';
import type { EscalationInput } from '../../lib/escalation/model';
import { createLibrary } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const who = (account: string, name = '', email = '') => ({ customer: { name, email, account } });
const report = (id: string, customer: ReturnType<typeof who>) =>
  webhooksLate(id, '', { createdAt: new Date(NOW.getTime() - 3 * 86_400_000).toISOString(), ...customer });
const ownDraft = (customer: ReturnType<typeof who>, extra: Partial<EscalationInput> = {}) =>
  draft({
    id: 'draft-1',
    key: 'zendesk:900',
    summary: 'Webhook delivery delays',
    description: 'Our endpoint receives webhook events with a delay of several hours.',
    ...customer,
    ...extra,
  });

function similarFor(d: ReturnType<typeof ownDraft>, records: ReturnType<typeof report>[]) {
  const lib = createLibrary();
  for (const r of records) lib.put(r, 'record');
  return lib.similar(d, { now: NOW });
}

describe('an address at an internet provider or a mail service is one person, not its whole domain', () => {
  test('a bakery writing from cox.net does not take in another cox.net customer', () => {
    const s = similarFor(ownDraft(who('Smallbiz Bakery', 'Owner', 'owner@cox.net')), [
      report('jane', who('', "Jane (Jane's Florist)", 'jane@cox.net')),
      report('gx', who('Globex')),
    ]);
    expect(s).toMatchObject({ customers: 3, customerNames: ['Smallbiz Bakery', 'Globex', "Jane (Jane's Florist)"] });
  });

  test.each([
    'cox.net',
    'shaw.ca',
    'posteo.de',
    'mailbox.org',
    'bol.com.br',
    'terra.com.br',
    'tiscali.it',
    'sfr.fr',
    'virgilio.it',
    'alice.it',
    'interia.pl',
    'onet.pl',
    'ig.com.br',
    'telus.net',
    'rogers.com',
    'optusnet.com.au',
    'xtra.co.nz',
    'aol.co.uk',
    'yandex.com',
    'gmx.at',
    'tutanota.de',
  ])('two people at %s are two customers', (domain) => {
    const s = similarFor(ownDraft(who('Smallbiz Bakery', 'Owner', `owner@${domain}`)), [
      report('jane', who('', 'Jane', `jane@${domain}`)),
      report('gx', who('Globex')),
    ]);
    expect(s.customers).toBe(3);
  });
});
