import { describe, expect, test } from 'vitest';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import type { EscalationInput } from '../../lib/escalation/model';
import { clusterOpen } from '../../lib/patterns/clusters';
import { dismiss, patternPrefill, situationOf, threadLine } from '../../lib/patterns/draft-links';
import { matchKey } from '../../lib/patterns/input';
import { createLibrary } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

// Reports of one issue (webhooks arriving hours late); `who` is the customer as the panel fills it.
const who = (account: string, name = '', email = '') => ({ customer: { name, email, account } });
const report = (id: string, customer: ReturnType<typeof who>, extra: Partial<EscalationInput> = {}) =>
  webhooksLate(id, '', { createdAt: daysAgo(3), ...customer, ...extra });
// The requester's address only in the ticket: the agent cleared the Customer fields.
const fromTicket = (id: string, email: string) =>
  report(id, who(''), {
    ticket: {
      helpdesk: 'zendesk',
      url: `https://acme.zendesk.com/agent/tickets/${id}`,
      source: 'api',
      missing: [],
      requester: { email },
    },
  });

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
  return { lib, s: lib.similar(d, { now: NOW }) };
}

describe('the names of the customers affected never show how the matcher keys them', () => {
  test('a requester known only by the address on the ticket is named by that address', () => {
    const { lib, s } = similarFor(ownDraft(who('Acme Corp')), [
      fromTicket('gm', 'bob@gmail.com'),
      report('gx', who('Globex')),
    ]);
    expect(s.customerNames).toEqual(['Acme Corp', 'bob@gmail.com', 'Globex']);
    // What reaches the brief: the criterion's evidence and Affected customer names.
    const change = patternPrefill(ownDraft(who('Acme Corp')), s, BRIEF_LABELS.en.severities);
    expect(change.answers?.['three-plus-customers']?.evidence).toBe('Acme Corp, bob@gmail.com, Globex');
    expect(change.names?.value).toBe('Acme Corp, bob@gmail.com, Globex');
    const gm = lib.entry('gm');
    expect(gm && threadLine(gm, 'en')).toBe(
      'bob@gmail.com: Webhooks delivered hours late — https://acme.zendesk.com/agent/tickets/gm',
    );
  });

  test('one person at a company domain by their name; several people there by the domain', () => {
    const one = similarFor(ownDraft(who('Acme Corp')), [
      report('b', who('', 'Bob Lee', 'bob@initech.example')),
      report('gx', who('Globex')),
    ]).s;
    expect(one.customerNames).toEqual(['Acme Corp', 'Bob Lee', 'Globex']);
    const two = similarFor(ownDraft(who('Acme Corp')), [
      report('b', who('', 'Bob Lee', 'bob@initech.example')),
      fromTicket('a', 'alice@initech.example'),
      report('gx', who('Globex')),
    ]).s;
    expect(two).toMatchObject({ customers: 3, customerNames: ['Acme Corp', 'Globex', 'initech.example'] });
    expect(two.customerNames.join(' ')).not.toMatch(/(?:org|domain|email):/);
  });

  test("the draft's own customer known only by its requester's address is named by it", () => {
    const d = ownDraft(who(''), {
      ticket: {
        helpdesk: 'zendesk',
        url: 'https://acme.zendesk.com/agent/tickets/900',
        source: 'api',
        missing: [],
        requester: { email: 'dana@gmail.com' },
      },
    });
    const { s } = similarFor(d, [report('gx', who('Globex'))]);
    expect(s).toMatchObject({ ownUnknown: false, customerNames: ['dana@gmail.com', 'Globex'] });
  });
});

describe("a ticket naming both its organization and a requester at the organization's domain ties them", () => {
  const dana = who('Acme Corp', 'Dana Ruiz', 'dana@acme.example');

  test("a colleague of the draft's requester is the draft's customer, not another one", () => {
    const globex = report('gx', who('Globex'));
    const { s } = similarFor(ownDraft(dana), [report('bob', who('', 'Bob Lee', 'bob@acme.example')), globex]);
    expect(s).toMatchObject({ customers: 2, customerNames: ['Acme Corp', 'Globex'] });
    expect(situationOf(s).pattern).toBe(false);
    // The same whichever ticket is the draft: Bob's, with Dana's escalated.
    const fromBob = similarFor(ownDraft(who('', 'Bob Lee', 'bob@acme.example')), [report('dana', dana), globex]);
    expect(fromBob.s).toMatchObject({ customers: 2, ownUnknown: false, customerNames: ['Acme Corp', 'Globex'] });
  });

  test('the tie can come from a match, and the Patterns tab counts alike', () => {
    const { lib, s } = similarFor(ownDraft(who('Initech')), [
      report('dana', dana),
      report('bob', who('', 'Bob Lee', 'bob@acme.example')),
      report('gx', who('Globex')),
    ]);
    expect(s).toMatchObject({ customers: 3, customerNames: ['Initech', 'Acme Corp', 'Globex'] });
    expect(clusterOpen(lib)[0]).toMatchObject({ customers: 2, unattributed: 0 });
  });

  test('the same address at a mail service anyone signs up to is the same person, another address is not', () => {
    const bobAtAcme = who('Acme Corp', 'Bob', 'bob@gmail.com');
    const same = similarFor(ownDraft(bobAtAcme), [fromTicket('bob', 'bob@gmail.com'), report('gx', who('Globex'))]);
    expect(same.s.customers).toBe(2);
    const other = similarFor(ownDraft(bobAtAcme), [fromTicket('al', 'al@gmail.com'), report('gx', who('Globex'))]);
    expect(other.s).toMatchObject({ customers: 3, customerNames: ['Acme Corp', 'al@gmail.com', 'Globex'] });
  });

  test('no tie the tickets do not state: an organization without an address, a domain two organizations share', () => {
    const noAddress = similarFor(ownDraft(who('Acme Corp')), [
      report('bob', who('', 'Bob Lee', 'bob@acme.example')),
      report('gx', who('Globex')),
    ]);
    expect(noAddress.s.customers).toBe(3);
    // A reseller writing for two of its clients: its address is neither's, and the two stay two.
    const reseller = similarFor(ownDraft(who('Initech', 'Sam', 'sam@reseller.example')), [
      report('gx', who('Globex', 'Kim', 'kim@reseller.example')),
      report('lee', who('', 'Lee', 'lee@reseller.example')),
    ]);
    expect(reseller.s).toMatchObject({ customers: 3, customerNames: ['Initech', 'Globex', 'Lee'] });
  });

  test("the box matches again when the draft's requester changes, as that may tie a domain", () => {
    const d = ownDraft(dana);
    const other = ownDraft(who('Acme Corp', 'Dana Ruiz', 'dana@acme-corp.example'));
    expect(matchKey(other)).not.toBe(matchKey(d));
  });
});

describe('revenue at risk across the customers counted', () => {
  const usd = (amount: number) => ({ impact: { revenueAtRisk: { amount, currency: 'USD' } } });

  test('a ticket without a known customer is not in the sum, as it is not in the count: its figure is apart', () => {
    const { s } = similarFor(ownDraft(who('Acme Corp')), [
      report('u1', who(''), usd(100_000)),
      report('u2', who(''), usd(100_000)),
      report('gx', who('Globex'), usd(1_000)),
    ]);
    expect(s).toMatchObject({ customers: 2, unattributed: 2 });
    expect(s.revenue).toEqual([{ currency: 'USD', amount: 1_000 }]);
    // At most what they add: each may be a customer already counted, or the two one customer.
    expect(s.unattributedRevenue).toEqual([{ currency: 'USD', amount: 200_000 }]);
  });

  test("the draft's own figure, its customer unknown, is apart too", () => {
    const { s } = similarFor(ownDraft(who(''), usd(500_000)), [
      report('ac', who('Acme'), usd(1_000)),
      report('gx', who('Globex')),
    ]);
    expect(s).toMatchObject({ customers: 2, ownUnknown: true });
    expect(s.revenue).toEqual([{ currency: 'USD', amount: 1_000 }]);
    expect(s.unattributedRevenue).toEqual([{ currency: 'USD', amount: 500_000 }]);
  });
});

test('a currency in small letters (from an import) is the same currency: one sum, not two', () => {
  const jpy = (amount: number, currency: string) => ({ impact: { revenueAtRisk: { amount, currency } } });
  const { s } = similarFor(ownDraft(who('Acme Corp')), [
    report('it', who('Initech'), jpy(1_234_567, 'jpy')),
    report('um', who('Umbrella'), jpy(500, ' JPY ')),
  ]);
  expect(s.revenue).toEqual([{ currency: 'JPY', amount: 1_235_067 }]);
});

describe('an address at an internet provider or a mail service is one person, not its whole domain', () => {
  test('a bakery writing from cox.net does not take in another cox.net customer', () => {
    const { s } = similarFor(ownDraft(who('Smallbiz Bakery', 'Owner', 'owner@cox.net')), [
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
    const { s } = similarFor(ownDraft(who('Smallbiz Bakery', 'Owner', `owner@${domain}`)), [
      report('jane', who('', 'Jane', `jane@${domain}`)),
      report('gx', who('Globex')),
    ]);
    expect(s.customers).toBe(3);
  });
});

describe('who counts, once, in the Similar issues box', () => {
  test('a dismissed escalation does not come back as the new draft started for its ticket', () => {
    const lib = createLibrary();
    lib.put(report('r1', who('Globex')), 'record');
    // The new draft started for ticket r1 after escalating it: same key and address, another id.
    lib.put(report('d2', who('Globex'), { key: 'zendesk:r1', status: 'draft' }), 'draft');
    let d = ownDraft(who('Acme'));
    const before = lib.similar(d, { now: NOW });
    expect(before.matches.map((m) => m.entry.id)).toEqual(['r1']);
    d = { ...d, ...dismiss(d, 'r1') };
    const after = lib.similar(d, { now: NOW });
    expect(after.matches.map((m) => m.entry.key)).toEqual([]);
    expect(after.customers).toBe(1);
  });

  test('a linked escalation outside the window and the new draft of its ticket are one entry', () => {
    const lib = createLibrary();
    lib.put(report('r1', who('Globex'), { createdAt: daysAgo(200) }), 'record');
    lib.put(report('d2', who('Globex'), { key: 'zendesk:r1', status: 'draft', createdAt: daysAgo(2) }), 'draft');
    const d = ownDraft(who('Acme'), { patterns: { linked: [{ id: 'r1', text: 'x' }], dismissed: [] } } as never);
    const s = lib.similar(d, { now: NOW });
    expect(s.matches.map((m) => m.entry.key)).toEqual(['zendesk:r1']);
  });

  test("another ticket's in-progress draft is not the customer's latest figure", () => {
    const lib = createLibrary();
    // Globex: an old draft (never escalated) with $48,000, a recent escalation with €45,000.
    lib.put(
      report('g-old', who('Globex'), {
        status: 'draft',
        createdAt: daysAgo(40),
        impact: { revenueAtRisk: { amount: 48000, currency: 'USD' } },
      } as never),
      'draft',
    );
    lib.put(
      report('g-new', who('Globex'), {
        createdAt: daysAgo(2),
        impact: { revenueAtRisk: { amount: 45000, currency: 'EUR' } },
      } as never),
      'record',
    );
    const s = lib.similar(ownDraft(who('Acme')), { now: NOW });
    expect(s.customers).toBe(2);
    expect(s.revenue).toEqual([{ currency: 'EUR', amount: 45000 }]);
  });

  test('an account differing only in inner spaces is one customer', () => {
    const lib = createLibrary();
    lib.put(report('a', who('Globex  Corp')), 'record');
    lib.put(report('b', who('Globex Corp')), 'record');
    const s = lib.similar(ownDraft(who('Acme')), { now: NOW });
    expect(s.customers).toBe(2);
  });

  test('a company subdomain starting live. is the company’s domain, not a mail service anyone signs up to', () => {
    const lib = createLibrary();
    lib.put(report('a', who('', '', 'ann@live.globex.example')), 'record');
    lib.put(report('b', who('', '', 'bob@live.globex.example')), 'record');
    const s = lib.similar(ownDraft(who('Acme')), { now: NOW });
    expect(s.customers).toBe(2);
  });
});
