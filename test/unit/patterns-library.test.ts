import { describe, expect, test } from 'vitest';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import type { EscalationInput } from '../../lib/escalation/model';
import { clusterOpen } from '../../lib/patterns/clusters';
import { conceptLabel, concepts } from '../../lib/patterns/concepts';
import {
  dismiss,
  link,
  PATTERN_CUSTOMERS,
  patternPrefill,
  situationOf,
  threadLine,
  unlink,
  writtenByPatterns,
} from '../../lib/patterns/draft-links';
import { MATCH_THRESHOLD, POSSIBLE_THRESHOLD } from '../../lib/patterns/index';
import { customerKey, matchKey, recurrenceInputOf } from '../../lib/patterns/input';
import { createLibrary, describe as describeFeature, explain, type PatternLibrary } from '../../lib/patterns/library';
import { compare, docOf } from '../../lib/patterns/similarity';
import { draft, webhooksLate } from './engine-draft';
import { fastestMs } from './support/timing';

const SEVERITY_NAMES = BRIEF_LABELS.en.severities;

const NOW = new Date('2026-11-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

// One issue (webhooks arriving hours late) as several customers put it, and two unrelated ones.
const record = (id: string, org: string, extra: Partial<EscalationInput> = {}) =>
  webhooksLate(id, org, { createdAt: daysAgo(3), ...extra });

// A library holding one resolved escalation: CSV exports cut at 10,000 rows, fixed 30 days ago.
function withExportCapFixed() {
  const lib = createLibrary();
  lib.put(
    record('cap', 'Hooli', {
      status: 'resolved',
      summary: 'CSV export stops at 10,000 rows',
      description: 'Exports of large contact lists are cut off at exactly 10,000 rows.',
      createdAt: daysAgo(40),
      outcome: { rootCause: 'Export page size capped', learning: 'Test past the cap', closedAt: daysAgo(30) },
    }),
    'record',
  );
  return lib;
}

const current = (extra: Partial<EscalationInput> = {}) =>
  draft({
    id: 'draft-1',
    key: 'zendesk:900',
    summary: 'Webhook delivery delays',
    description: 'Our endpoint receives webhook events with a delay of several hours.',
    customer: { name: '', email: '', account: 'Initech' },
    ...extra,
  });

const ticketFrom = (createdAt: string, organization?: string) => ({
  helpdesk: 'zendesk' as const,
  url: 'https://acme.zendesk.com/agent/tickets/1',
  source: 'api' as const,
  missing: [],
  createdAt,
  organization,
});

function library() {
  const lib = createLibrary();
  lib.put(
    record('a', 'Acme', { createdAt: daysAgo(14), impact: { revenueAtRisk: { amount: 50_000, currency: 'USD' } } }),
    'record',
  );
  lib.put(record('b', 'Globex', { impact: { revenueAtRisk: { amount: 20_000, currency: 'USD' } } }), 'record');
  // A second ticket from Globex: one customer, its larger figure counts once.
  lib.put(record('b2', 'globex', { impact: { revenueAtRisk: { amount: 30_000, currency: 'USD' } } }), 'record');
  lib.put(record('c', 'Umbrella', { impact: { revenueAtRisk: { amount: 9_000, currency: 'EUR' } } }), 'record');
  lib.put(
    record('old', 'Hooli', {
      status: 'resolved',
      createdAt: daysAgo(40),
      outcome: { rootCause: 'Retry queue stalled', learning: 'Alert on queue age', closedAt: daysAgo(30) },
    }),
    'record',
  );
  lib.put(record('stale', 'Stark', { createdAt: daysAgo(120) }), 'record');
  lib.put(
    record('sso', 'Wayne', { summary: 'SSO redirect loop', description: 'Okta users loop back to the login page.' }),
    'record',
  );
  lib.put(
    record('emails', 'Wonka', { summary: 'Emails delivered hours late', description: 'Emails arrive late.' }),
    'record',
  );
  return lib;
}

describe('similar issues for a draft', () => {
  test('distinct customers, days since the first, revenue once per customer, a resolved one as recurring', () => {
    const s = library().similar(current(), { now: NOW });
    expect(s.matches.map((m) => m.entry.id).sort()).toEqual(['a', 'b', 'b2', 'c', 'old']);
    // Initech (the draft) + Acme, Globex, Umbrella, Hooli; two Globex tickets are one customer.
    expect(s.customers).toBe(5);
    expect(s.customerNames.sort()).toEqual(['Acme', 'Globex', 'Hooli', 'Initech', 'Umbrella']);
    expect(s.days).toBe(40);
    expect(s.revenue).toEqual([
      { currency: 'USD', amount: 80_000 },
      { currency: 'EUR', amount: 9_000 },
    ]);
    expect(s.recurring.map((m) => m.entry.id)).toEqual(['old']);
    expect(s.recurring[0]?.entry.rootCause).toBe('Retry queue stalled');
    const why = s.matches.find((m) => m.entry.id === 'a')?.match?.matched;
    expect(why?.concepts).toEqual(['area:webhook', 'symptom:delay']);
  });

  test('shared words are shown as the draft writes them, not as stems', () => {
    const s = library().similar(current({ summary: 'Webhook deliveries delayed for invoices' }), { now: NOW });
    const words = s.matches.find((m) => m.entry.id === 'a')?.match?.matched.words ?? [];
    expect(words).toEqual(expect.arrayContaining(['webhook', 'hours']));
    expect(words.some((w) => /^(?:deliv|invoic|hour)$/.test(w))).toBe(false);
  });

  test('in a small store, words every escalation has (browser, OS, roles) do not make different issues one', () => {
    const lib = createLibrary();
    const env = 'Admin user, Chrome on Windows.';
    for (const [id, summary, description] of [
      ['globex', 'CSV export stops at 10,000 rows', `The contacts report export to CSV has only 10,000 rows. ${env}`],
      ['hooli', 'Dashboard charts load very slowly', `The sales dashboard takes over a minute. ${env}`],
      ['soylent', 'Invoice PDF shows wrong tax amount', `The VAT on invoice PDFs does not match the app. ${env}`],
      ['umbrella', 'Cannot log in with SSO after Okta change', `Users loop back to the login page. ${env}`],
    ] as const) {
      lib.put(record(id, id, { summary, description }), 'record');
    }
    const s = lib.similar(
      current({ summary: 'Webhook retries never stop', description: `Failed webhooks are retried forever. ${env}` }),
      { now: NOW },
    );
    expect(s.matches).toEqual([]);
    expect(s.possible).toEqual([]);
  });

  test('with one earlier escalation stored, a repeat of it is a match: the draft stored too is no evidence', () => {
    const lib = createLibrary();
    lib.put(
      record('first', 'Globex', {
        summary: 'Mobile app push notifications not received on Android',
        description: 'Since version 5.2 Android devices get no push notifications for new messages.',
      }),
      'record',
    );
    const repeat = current({
      summary: 'No push notifications on Android after update',
      description: 'Android phones stopped receiving push notifications for messages after 5.2.',
    });
    lib.put(repeat, 'draft');
    expect(lib.similar(repeat, { now: NOW }).matches.map((m) => m.entry.id)).toEqual(['first']);
  });

  test('the window: 90 days by default, wider on request', () => {
    expect(
      library()
        .similar(current(), { now: NOW })
        .matches.some((m) => m.entry.id === 'stale'),
    ).toBe(false);
    expect(
      library()
        .similar(current(), { now: NOW, days: 180 })
        .matches.some((m) => m.entry.id === 'stale'),
    ).toBe(true);
  });

  test('dismissed matches are left out and counted; a linked one stays even when no longer similar', () => {
    const lib = library();
    const d = current({
      patterns: { dismissed: ['a', 'b'], linked: [{ id: 'sso', text: 'Wayne: SSO redirect loop' }] },
    });
    const s = lib.similar(d, { now: NOW });
    expect(s.dismissed).toBe(2);
    expect(s.matches.map((m) => m.entry.id).sort()).toEqual(['b2', 'c', 'old', 'sso']);
    const sso = s.matches.find((m) => m.entry.id === 'sso');
    expect(sso).toMatchObject({ linked: true, match: undefined });
  });

  // Told in other words than the webhook reports: no score of its own against the draft.
  const portal = (extra: Partial<EscalationInput> = {}) =>
    record('portal', 'Soylent', {
      summary: 'Partner portal shows stale order status',
      description: 'Orders stay "processing" in the partner portal until the afternoon.',
      ...extra,
    });
  const linkTo = (id: string) => ({ patterns: { dismissed: [], linked: [{ id, text: `${id} line` }] } });

  test('an escalation an agent linked to a match counts, whatever its words, the link kept on either side', () => {
    const lib = library();
    lib.put(portal(), 'record');
    const ids = () => lib.similar(current(), { now: NOW }).matches.map((m) => m.entry.id);
    expect(ids()).not.toContain('portal');
    // Kept in the match: the agent who escalated 'a' linked the portal report.
    lib.put(record('a', 'Acme', { createdAt: daysAgo(14), ...linkTo('portal') }), 'record');
    // One step only: what is linked to the portal report is not brought in by it.
    lib.put(
      record('erp', 'Tyrell', {
        summary: 'ERP order sync runs behind',
        description: 'Order updates reach SAP at lunchtime.',
        ...linkTo('portal'),
      }),
      'record',
    );
    const s = lib.similar(current(), { now: NOW });
    expect(s.matches.find((m) => m.entry.id === 'portal')).toMatchObject({
      linked: false,
      match: undefined,
      via: { id: 'a' },
    });
    expect(s.matches.map((m) => m.entry.id)).not.toContain('erp');
    expect(s.customerNames).toContain('Soylent');
    expect(s.customers).toBe(6);

    // Dismissed, it is not counted.
    const dismissed = lib.similar(current({ patterns: { dismissed: ['portal'], linked: [] } }), { now: NOW });
    expect(dismissed.matches.map((m) => m.entry.id)).not.toContain('portal');
    expect(dismissed.customers).toBe(5);
    // Outside the window, or dated ahead, it is not counted either.
    for (const at of [daysAgo(120), daysAgo(-3)]) {
      lib.put(portal({ createdAt: at }), 'record');
      expect(ids()).not.toContain('portal');
    }
    lib.put(portal(), 'record');
    // The link taken back, in the match, nothing is reached through it.
    lib.put(record('a', 'Acme', { createdAt: daysAgo(14) }), 'record');
    expect(ids()).not.toContain('portal');

    // Kept in the other: the portal report's agent linked 'c', a match. Taken back there, it no longer counts.
    lib.put(portal(linkTo('c')), 'record');
    expect(lib.similar(current(), { now: NOW }).matches.find((m) => m.entry.id === 'portal')?.via?.id).toBe('c');
    lib.put(portal(), 'record');
    expect(ids()).not.toContain('portal');
    // Deleted, then stored again without the link (an import of an older copy): its old link is gone with it.
    lib.put(portal(linkTo('c')), 'record');
    lib.remove('portal', 'record');
    lib.put(portal(), 'record');
    expect(ids()).not.toContain('portal');
  });

  test("a draft's own ticket is not reached through links: its escalations are not another report", () => {
    const lib = library();
    lib.put(portal({ ...linkTo('b'), ticketUrl: 'https://acme.zendesk.com/agent/tickets/900' }), 'record');
    const s = lib.similar(current({ ticketUrl: 'https://acme.zendesk.com/agent/tickets/900' }), { now: NOW });
    expect(s.matches.map((m) => m.entry.id)).not.toContain('portal');
  });

  // The same area, another failure: scores as possibly related, higher when it names the draft's endpoint.
  const weak = (id: string, namesEndpoint: boolean, extra: Partial<EscalationInput> = {}) =>
    record(id, `Org ${id}`, {
      summary: 'Webhook retries never stop',
      description: `Failed webhook deliveries to our endpoint are retried forever, several times.${namesEndpoint ? ' Nginx.' : ''}`,
      ...extra,
    });
  const withEndpoint = () => current({ description: `${current().description} Endpoint: nginx.` });

  test('below a match, the best five are "possibly related", best first, with how many there are', () => {
    const lib = library();
    // Put the best last, so the order shown is the library's, not the insertion order.
    for (let k = 7; k >= 0; k--) lib.put(weak(`w${k}`, k === 0), 'record');
    const s = lib.similar(withEndpoint(), { now: NOW });
    expect(s.possible.map((m) => m.entry.id)).toEqual(['w0', 'w1', 'w2', 'w3', 'w4']);
    expect(s.possibleTotal).toBe(8);
    for (const m of s.possible) {
      expect(m.match?.score).toBeGreaterThanOrEqual(POSSIBLE_THRESHOLD);
      expect(m.match?.score).toBeLessThan(MATCH_THRESHOLD);
    }
    expect(s.matches.map((m) => m.entry.id).sort()).toEqual(['a', 'b', 'b2', 'c', 'old']);
    // Dismissing one brings in the next.
    const fewer = lib.similar({ ...withEndpoint(), patterns: { dismissed: ['w0'], linked: [] } }, { now: NOW });
    expect(fewer.possible.map((m) => m.entry.id)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5']);
    expect(fewer.possibleTotal).toBe(7);
  });

  test('a possibly related one counts for nothing until the agent links it: customers, revenue, recurrence', () => {
    const lib = createLibrary();
    lib.put(
      weak('retry', false, {
        status: 'resolved',
        impact: { revenueAtRisk: { amount: 12_000, currency: 'USD' } },
        outcome: { rootCause: 'Retry cap ignored', learning: 'Test the cap', closedAt: daysAgo(1) },
      }),
      'record',
    );
    const before = lib.similar(current(), { now: NOW });
    expect(before.possible.map((m) => m.entry.id)).toEqual(['retry']);
    expect(before).toMatchObject({ matches: [], customers: 1, revenue: [], recurring: [] });

    const linked = lib.similar(
      current({
        patterns: { dismissed: [], linked: [{ id: 'retry', text: 'Org retry: Webhook retries never stop' }] },
      }),
      { now: NOW },
    );
    expect(linked.possible).toEqual([]);
    expect(linked.matches[0]).toMatchObject({ linked: true, entry: { id: 'retry' } });
    expect(linked.matches[0]?.match?.matched.concepts).toContain('area:webhook');
    expect(linked).toMatchObject({ customers: 2, revenue: [{ currency: 'USD', amount: 12_000 }] });
    expect(linked.recurring.map((m) => m.entry.id)).toEqual(['retry']);
  });

  test('a possibly related one an agent linked to a match counts, and the next one takes its place', () => {
    const lib = library();
    for (let k = 7; k >= 0; k--) lib.put(weak(`w${k}`, k === 0, k === 0 ? linkTo('b') : {}), 'record');
    const s = lib.similar(withEndpoint(), { now: NOW });
    const w0 = s.matches.find((m) => m.entry.id === 'w0');
    expect(w0?.via?.id).toBe('b');
    // Its score still says what it has in common with the draft.
    expect(w0?.match?.matched.concepts).toContain('area:webhook');
    expect(s.possible.map((m) => m.entry.id)).toEqual(['w1', 'w2', 'w3', 'w4', 'w5']);
    expect(s.possibleTotal).toBe(7);
    expect(s.customerNames).toContain('Org w0');
    // Ranked below the five shown, it counts all the same.
    const below = library();
    for (let k = 7; k >= 0; k--) below.put(weak(`w${k}`, k === 0, k === 7 ? linkTo('b') : {}), 'record');
    const w7 = below.similar(withEndpoint(), { now: NOW }).matches.find((m) => m.entry.id === 'w7');
    expect(w7?.via?.id).toBe('b');
  });

  test('a draft with nothing similar has no matches and counts only its own customer', () => {
    const s = library().similar(current({ summary: 'Dark mode colours wrong', description: 'Grey on grey.' }), {
      now: NOW,
    });
    expect(s).toMatchObject({ matches: [], customers: 1, days: 0, revenue: [], recurring: [] });
  });

  test('a ticket without a known customer is never counted, so the count is the same whichever is the draft', () => {
    const three = [record('x-acme', 'Acme'), record('x-initech', 'Initech'), record('x-unknown', '')];
    const lib = createLibrary();
    for (const r of three) lib.put(r, 'record');
    const from = (r: (typeof three)[number]) => lib.similar({ ...r, status: 'draft' }, { now: NOW });
    const [acme, initech, unknown] = three.map(from);
    for (const s of [acme, initech, unknown]) expect(s?.customers).toBe(2);
    expect(acme).toMatchObject({ unattributed: 1, ownUnknown: false, customerNames: ['Acme', 'Initech'] });
    expect(initech).toMatchObject({ unattributed: 1, ownUnknown: false, customerNames: ['Initech', 'Acme'] });
    expect(unknown).toMatchObject({ unattributed: 0, ownUnknown: true, customerNames: ['Acme', 'Initech'] });
    // The Patterns tab counts the same way.
    expect(clusterOpen(lib)[0]).toMatchObject({ customers: 2, unattributed: 1 });
  });

  test('"reported in N days" counts from when the customers reported (the tickets), not when escalated', () => {
    const ticket = (createdAt: string) => ({
      helpdesk: 'zendesk' as const,
      url: 'https://acme.zendesk.com/agent/tickets/1',
      source: 'api' as const,
      missing: [],
      createdAt,
    });
    const lib = createLibrary();
    lib.put(record('t-acme', 'Acme', { createdAt: daysAgo(0), ticket: ticket(daysAgo(5)) }), 'record');
    lib.put(record('t-globex', 'Globex', { createdAt: daysAgo(0) }), 'record');
    const own = lib.similar(current({ createdAt: daysAgo(0), ticket: ticket(daysAgo(12)) }), { now: NOW });
    expect(own).toMatchObject({ customers: 3, days: 12 });
    const others = lib.similar(current({ createdAt: daysAgo(0) }), { now: NOW });
    expect(others.days).toBe(5);
    expect(others.matches.find((m) => m.entry.id === 't-acme')?.entry.reportedAt).toBe(daysAgo(5));
  });

  test('removing a deleted draft leaves the record escalated from it (the same id) in place', () => {
    const lib = createLibrary();
    lib.put(record('x', 'Acme', { status: 'draft' }), 'draft');
    lib.put(record('x', 'Acme'), 'record');
    lib.remove('x', 'draft');
    expect(lib.entry('x')?.kind).toBe('record');
    lib.remove('x', 'record');
    expect(lib.size).toBe(0);
    expect(lib.similar(current(), { now: NOW }).matches).toEqual([]);
  });
});

describe('what the matcher reads of a draft', () => {
  test('the head of long texts: a pasted 1 MB log is not matched on whole, and the key stays small', () => {
    const log = `ERROR webhook delivery delayed by 3h\n${'worker retry queue depth=1\n'.repeat(40_000)}`;
    const d = current({ repro: { evidence: [log] } });
    expect(matchKey(d).length).toBeLessThan(12_000);
    expect(library().similar(d, { now: NOW }).matches.length).toBeGreaterThan(0);
    // Whether it is back is read at both ends, 4,000 characters each, never the whole megabyte.
    expect(recurrenceInputOf(current({ description: log })).description.length).toBeLessThanOrEqual(8_001);
  });

  test('the key changes with what is matched on, not with other fields', () => {
    const d = current();
    expect(matchKey({ ...d, impact: { ...d.impact, workflowImpact: 'Orders stuck' } })).toBe(matchKey(d));
    expect(matchKey({ ...d, summary: 'Webhooks late again' })).not.toBe(matchKey(d));
    expect(matchKey({ ...d, patterns: { ...d.patterns, dismissed: ['a'] } })).not.toBe(matchKey(d));
    // The revenue across the matches includes the draft's own figure.
    const revenue = { amount: 100_000, currency: 'USD' };
    expect(matchKey({ ...d, impact: { ...d.impact, revenueAtRisk: revenue } })).not.toBe(matchKey(d));
  });
});

describe('what the box shows of stored escalations', () => {
  test('one whose dates do not read has no date, rather than breaking the panel', () => {
    const lib = createLibrary();
    lib.put(record('bad', 'Acme', { createdAt: 'not a date' }), 'record');
    expect(lib.entry('bad')?.reportedAt).toBe('');
  });

  test('a summary is one line of at most 300 characters, without characters that turn text around', () => {
    const lib = createLibrary();
    lib.put(record('huge', '\u202Eexe.gnp Umbrella', { summary: `Webhooks late\n${'x'.repeat(1_000_000)}` }), 'record');
    const entry = lib.entry('huge');
    expect(entry?.summary.length).toBe(300);
    expect(entry?.summary.startsWith('Webhooks late x')).toBe(true);
    expect(entry?.customerName).toBe('exe.gnp Umbrella');
    if (entry) expect(threadLine(entry, 'en').length).toBeLessThan(400);
  });

  test('a summary or customer name cut at an emoji keeps the emoji whole', () => {
    const lib = createLibrary();
    const long = `${'a'.repeat(298)}😀 and more`;
    lib.put(record('emoji', long, { summary: long }), 'record');
    const entry = lib.entry('emoji');
    expect(entry?.summary).toBe(`${'a'.repeat(298)}😀…`);
    expect(entry?.customerName).toBe(`${'a'.repeat(298)}😀…`);
    // A flag is two code points, a family several joined, an accent may be one of its own: the cut comes before one it would split.
    for (const whole of ['🇺🇸', '👨‍👩‍👧', 'e\u0301']) {
      lib.put(record('split', 'Acme', { summary: `${'a'.repeat(298)}${whole} and more` }), 'record');
      expect(lib.entry('split')?.summary).toBe(`${'a'.repeat(298)}…`);
    }
  });

  test("the draft's own revenue at risk counts, once for its customer, as its customer counts", () => {
    const s = library().similar(
      current({ patterns: { dismissed: ['old'] }, impact: { revenueAtRisk: { amount: 500_000, currency: 'USD' } } }),
      { now: NOW },
    );
    expect(s.revenue).toEqual([
      { currency: 'USD', amount: 580_000 },
      { currency: 'EUR', amount: 9_000 },
    ]);
  });

  test("a new draft of a ticket already escalated does not list that ticket's own escalation", () => {
    const lib = library();
    lib.put(record('900', 'Initech'), 'record');
    const again = current({ ticketUrl: 'https://acme.zendesk.com/agent/tickets/900' });
    const ids = lib.similar(again, { now: NOW }).matches.map((m) => m.entry.id);
    expect(ids).not.toContain('900');
    expect(ids).toContain('a');
    const otherTicket = current({ key: 'zendesk:901' });
    expect(lib.similar(otherTicket, { now: NOW }).matches.map((m) => m.entry.id)).toContain('900');
  });

  test('nor when the ticket was opened at another address (a Jira queue, then /browse/)', () => {
    const lib = library();
    lib.put(
      record('900', 'Initech', {
        key: 'jira:SUP-1200',
        ticketUrl: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/7/SUP-1200',
      }),
      'record',
    );
    const again = current({ key: 'jira:SUP-1200', ticketUrl: 'https://acme.atlassian.net/browse/SUP-1200' });
    expect(lib.similar(again, { now: NOW }).matches.map((m) => m.entry.id)).not.toContain('900');
  });

  test('a customer with figures in two currencies counts once, with the figure in the latest one', () => {
    const lib = createLibrary();
    const usd = (amount: number) => ({ impact: { revenueAtRisk: { amount, currency: 'USD' } } });
    const eur = (amount: number) => ({ impact: { revenueAtRisk: { amount, currency: 'EUR' } } });
    lib.put(record('g1', 'Globex', { createdAt: daysAgo(9), ...usd(48_000) }), 'record');
    lib.put(record('h1', 'Hooli', { createdAt: daysAgo(9), ...eur(70_000) }), 'record');
    lib.put(record('h2', 'Hooli', { createdAt: daysAgo(2), ...usd(10_000) }), 'record');
    lib.put(record('h3', 'Hooli', { createdAt: daysAgo(5), ...usd(12_000) }), 'record');
    const draftOfGlobex = current({ customer: { name: '', email: '', account: 'Globex' }, ...eur(45_000) });
    expect(lib.similar(draftOfGlobex, { now: NOW }).revenue).toEqual([
      { currency: 'EUR', amount: 45_000 },
      { currency: 'USD', amount: 12_000 },
    ]);
  });

  test('severity keeps rising in the order the customers reported, not the order escalated', () => {
    const lib = createLibrary();
    // Reported 20 days ago as High (escalated yesterday); reported and escalated 5 days ago as Medium.
    lib.put(
      record('h', 'Acme', { severity: 'high', createdAt: daysAgo(1), ticket: ticketFrom(daysAgo(20)) }),
      'record',
    );
    lib.put(record('m', 'Globex', { severity: 'medium', createdAt: daysAgo(5) }), 'record');
    expect(lib.similar(current({ severity: 'critical' }), { now: NOW }).rising).toEqual([]);
  });

  test('the account as the agent corrected it is the customer that counts', () => {
    const lib = library();
    const d = current({ patterns: { dismissed: ['old'] } });
    const corrected = {
      ...d,
      customer: { ...d.customer, account: 'Globex' },
      ticket: ticketFrom(daysAgo(1), 'Initech'),
    };
    expect(lib.similar(corrected, { now: NOW }).customerNames).toEqual(['Globex', 'Acme', 'Umbrella']);
    expect(matchKey(corrected)).not.toBe(matchKey({ ...corrected, customer: d.customer }));
  });

  test('addresses at a mail service anyone signs up to are people, not one company', () => {
    const services = ['yahoo.co.uk', 'hotmail.co.uk', 'msn.com', 'ymail.com', 'mail.ru', 'fastmail.com', 'pm.me'];
    // Subdomains of a service and the services of China, Russia, Ukraine, Brazil and Proton's Swiss domain.
    services.push('vip.qq.com', 'vip.163.com', 'vip.126.com', 'mail.sina.com.cn', 'vip.sina.com', 'sina.com.cn');
    services.push('139.com', 'tom.com', '21cn.com', 'yeah.net', 'protonmail.ch', 'rambler.ru', 'ukr.net', 'uol.com.br');
    for (const domain of services) {
      const a = customerKey({ customer: { email: `ann@${domain}` } });
      const b = customerKey({ customer: { email: `bob@${domain}` } });
      expect(a).not.toBe(b);
    }
    expect(customerKey({ customer: { email: 'ann@globex.com' } })).toBe(
      customerKey({ customer: { email: 'bob@globex.com' } }),
    );
  });
});

describe('what similar issues change in the draft', () => {
  const three = () => library().similar(current({ patterns: { dismissed: ['old'] } }), { now: NOW });

  test('what the box says first: a pattern at three customers, nothing but possibly related ones, or none', () => {
    expect(situationOf(three())).toEqual({ says: 'several', pattern: true });
    const none = library().similar(current({ summary: 'Dark mode colours wrong', description: '' }), { now: NOW });
    expect(situationOf({ ...none, matches: [], possible: three().matches.slice(0, 1) })).toEqual({
      says: 'possible',
      pattern: false,
    });
    const oneOther = { ...three(), customers: 1, ownUnknown: true, unattributed: 0 };
    expect(situationOf(oneOther)).toEqual({ says: 'other-customer', pattern: false });
    expect(situationOf({ ...oneOther, ownUnknown: false })).toEqual({ says: 'same-customer', pattern: false });
    expect(situationOf({ ...oneOther, unattributed: oneOther.matches.length })).toEqual({
      says: 'no-known-customer',
      pattern: false,
    });
    expect(situationOf({ ...none, matches: [], possible: [] }).says).toBe('none');
  });

  test(`${PATTERN_CUSTOMERS}+ customers: the pattern criterion with the customers as evidence, and breadth`, () => {
    const d = current();
    const change = patternPrefill(d, three(), SEVERITY_NAMES);
    expect(change.answers?.['three-plus-customers']).toEqual({
      value: true,
      source: 'pattern',
      evidence: 'Initech, Acme, Globex, Umbrella',
    });
    expect(change.breadth).toEqual({ count: 4 });
  });

  test('the names of the customers affected: all of them at 3+, the page-filled name replaced, back below 3', () => {
    const filled = current({ impact: { breadth: { names: 'Initech Ltd' } }, prefilled: ['impact.breadth.names'] });
    const up = patternPrefill(filled, three(), SEVERITY_NAMES);
    expect(up.names).toEqual({
      value: 'Initech Ltd, Acme, Globex, Umbrella',
      applied: { wrote: 'Initech Ltd, Acme, Globex, Umbrella', replaced: 'Initech Ltd', replacedFromPage: true },
    });
    // The list is not what the ticket said: no "from ticket" mark.
    expect(up.prefilled).toEqual([]);
    const written = current({
      impact: { breadth: { count: 4, names: up.names?.value } },
      patterns: { appliedCount: 4, appliedNames: up.names?.applied },
    });
    expect(patternPrefill(written, three(), SEVERITY_NAMES).names).toBeUndefined();
    // Impact's hints say the panel wrote both, until the agent edits one.
    expect(writtenByPatterns(written)).toEqual({ count: true, names: true });
    const edited = { ...written, impact: { ...written.impact, breadth: { ...written.impact.breadth, count: 6 } } };
    expect(writtenByPatterns(edited)).toEqual({ count: false, names: true });
    const none = library().similar(current({ summary: 'Dark mode colours wrong', description: '' }), { now: NOW });
    const back = patternPrefill(written, none, SEVERITY_NAMES);
    const down = back.names;
    expect(down?.value).toBe('Initech Ltd');
    // What the page filled in is marked as such again.
    expect(back.prefilled).toEqual(['impact.breadth.names']);
    // Restored, it follows again the next time three report it; untouched below three, it stays.
    const restored = current({
      impact: { breadth: { names: 'Initech Ltd' } },
      patterns: { appliedNames: down?.applied },
    });
    expect(patternPrefill(restored, none, SEVERITY_NAMES).names).toBeUndefined();
    expect(writtenByPatterns(restored)).toEqual({ count: false, names: false });
    expect(patternPrefill(restored, three(), SEVERITY_NAMES).names?.value).toBe('Initech Ltd, Acme, Globex, Umbrella');
    expect(patternPrefill(filled, none, SEVERITY_NAMES).names).toBeUndefined();
    const typed = current({ impact: { breadth: { names: 'Initech and two resellers' } } });
    expect(patternPrefill(typed, three(), SEVERITY_NAMES).names).toBeUndefined();
  });

  test('a customer the matcher cannot key (a chat with a name only) keeps the name the page gave', () => {
    const chat = current({
      customer: { name: 'Jane Roe', email: '', account: '' },
      impact: { breadth: { names: 'Jane Roe' } },
      prefilled: ['impact.breadth.names'],
    });
    const s = library().similar(chat, { now: NOW });
    expect(s.ownUnknown).toBe(true);
    const up = patternPrefill(chat, s, SEVERITY_NAMES).names;
    expect(up?.value).toBe(['Jane Roe', ...s.customerNames].join(', '));
    const written = current({
      customer: { name: 'Jane Roe', email: '', account: '' },
      impact: { breadth: { names: up?.value } },
      patterns: { appliedNames: up?.applied },
    });
    const none = library().similar(current({ summary: 'Dark mode colours wrong', description: '' }), { now: NOW });
    expect(patternPrefill(written, none, SEVERITY_NAMES).names?.value).toBe('Jane Roe');
  });

  test('the agent wins: their answer and their own breadth figure are kept', () => {
    const d = current({
      triage: { answers: { 'three-plus-customers': { value: false, source: 'agent' } } },
      impact: { breadth: { count: 40 } },
    });
    const change = patternPrefill(d, three(), SEVERITY_NAMES);
    expect(change.answers?.['three-plus-customers']).toBeUndefined();
    expect(change.breadth).toBeUndefined();
  });

  test('a count it wrote follows the matches; the criterion goes when the matches do', () => {
    const applied = current({
      triage: { answers: { 'three-plus-customers': { value: true, source: 'pattern', evidence: 'x' } } },
      impact: { breadth: { count: 4 } },
      patterns: { appliedCount: 4 },
    });
    const none = library().similar(current({ summary: 'Dark mode colours wrong', description: '' }), { now: NOW });
    expect(patternPrefill(applied, none, SEVERITY_NAMES).answers).toEqual({});
    expect(patternPrefill(applied, library().similar(current(), { now: NOW }), SEVERITY_NAMES).breadth).toEqual({
      count: 5,
    });
    // Below three customers, the count the panel wrote is taken back.
    expect(patternPrefill(applied, none, SEVERITY_NAMES).breadth).toEqual({ count: undefined });
  });

  test('a count and names it wrote that the agent emptied stay empty, whatever the matches do', () => {
    const emptied = current({
      impact: { breadth: { names: '' } },
      patterns: { appliedCount: 4, appliedNames: { wrote: 'Initech, Acme, Globex, Umbrella', replaced: '' } },
    });
    const none = library().similar(current({ summary: 'Dark mode colours wrong', description: '' }), { now: NOW });
    for (const similar of [three(), none]) {
      const change = patternPrefill(emptied, similar, SEVERITY_NAMES);
      expect(change.breadth).toBeUndefined();
      expect(change.names).toBeUndefined();
    }
    // Empty before the panel wrote anything, they are filled.
    expect(patternPrefill(current(), three(), SEVERITY_NAMES)).toMatchObject({
      breadth: { count: 4 },
      names: { value: 'Initech, Acme, Globex, Umbrella' },
    });
  });

  test('similar to a resolved escalation: recurring after a fix, with its root cause', () => {
    const change = patternPrefill(current(), library().similar(current(), { now: NOW }), SEVERITY_NAMES);
    expect(change.answers?.['recurring-after-fix']).toEqual({
      value: true,
      source: 'pattern',
      evidence: 'Webhooks delivered hours late — Retry queue stalled',
    });
  });

  test('a draft that says its issue is back: the closest possibly related resolved one is offered, not asserted', () => {
    const lib = withExportCapFixed();
    for (const [i, summary] of [
      'Export to PDF shows wrong fonts',
      'Scheduled export email not sent',
      'Export button greyed out for viewers',
      'Contacts import skips rows with accents',
      'Export times out for large deals list',
    ].entries())
      lib.put(record(`x${i}`, `Org${i}`, { summary, description: '' }), 'record');
    const back = current({ summary: 'Big contact lists come out short again', description: '' });
    const s = lib.similar(back, { now: NOW });
    expect(s.matches).toEqual([]);
    expect(s.recurring).toEqual([]);
    expect(s.possiblyRecurring?.entry.rootCause).toBe('Export page size capped');
    // The agent judges it: nothing is checked until they link it.
    expect(patternPrefill(back, s, SEVERITY_NAMES).answers?.['recurring-after-fix']).toBeUndefined();
    const first = lib.similar(current({ summary: 'Big contact lists come out short', description: '' }), { now: NOW });
    expect(first.possible.map((m) => m.entry.id)).toContain('cap');
    expect(first.possiblyRecurring).toBeUndefined();
    const thanks = current({ summary: 'Big contact lists come out short', description: 'Thanks again!' });
    expect(lib.similar(thanks, { now: NOW }).possiblyRecurring).toBeUndefined();
  });

  test('a return said at the end of a long description counts: both ends are read for it', () => {
    const lib = withExportCapFixed();
    const log = 'GET /api/v2/contacts/export 200\n'.repeat(400);
    const told = (end: string) =>
      current({ summary: 'Big contact lists come out short', description: `Log below.\n${log}${end}` });
    const back = told('It was fixed in May, but the issue is back.');
    expect(back.description.length).toBeGreaterThan(8_000);
    expect(lib.similar(back, { now: NOW }).possiblyRecurring?.entry.id).toBe('cap');
    expect(lib.similar(told('Thanks again!'), { now: NOW }).possiblyRecurring).toBeUndefined();
    // The editor matches again when the end changes, though what is matched on (the head) does not.
    expect(matchKey(back)).not.toBe(matchKey(told('Thanks again!')));
  });

  test('the resolved one that may be back is offered and listed even when five open ones score higher', () => {
    const lib = createLibrary();
    for (const x of ['tickets', 'invoices', 'leads', 'users', 'orders', 'tasks'])
      lib.put(
        record(`o-${x}`, `Org ${x}`, {
          summary: `Scheduled CSV export of contacts and ${x} failing`,
          description: `The scheduled CSV export of contacts and ${x} is failing.`,
        }),
        'record',
      );
    for (let i = 0; i < 8; i++)
      lib.put(
        record(`u${i}`, `Other ${i}`, { summary: `Unrelated thing ${i}`, description: `Dark mode colours off ${i}` }),
        'record',
      );
    lib.put(
      record('deals', 'Hooli', {
        status: 'resolved',
        summary: 'Scheduled CSV export of deals failing',
        description: 'The scheduled CSV export of deals is failing for the customer.',
        outcome: { rootCause: 'Worker queue misconfigured', closedAt: daysAgo(2) },
      }),
      'record',
    );
    const back = current({
      summary: 'Scheduled CSV export of contacts failing again',
      description: 'The scheduled contacts export is failing again.',
    });
    const s = lib.similar(back, { now: NOW });
    expect(s.possible.slice(0, 5).every((m) => m.entry.status === 'escalated')).toBe(true);
    expect(s.possiblyRecurring?.entry.id).toBe('deals');
    expect(s.possible.map((m) => m.entry.id)).toContain('deals');
  });

  test('a long root cause is the evidence of the criterion whole, up to the fix it names', () => {
    const lib = library();
    const rootCause = `${'The retry queue stalled when the cursor expired. '.repeat(9)}Fix: cursor refreshed every 5 minutes (PR #4411).`;
    lib.put(
      record('old', 'Hooli', {
        status: 'resolved',
        createdAt: daysAgo(40),
        outcome: { rootCause, learning: 'Alert on queue age', closedAt: daysAgo(30) },
      }),
      'record',
    );
    const change = patternPrefill(current(), lib.similar(current(), { now: NOW }), SEVERITY_NAMES);
    expect(change.answers?.['recurring-after-fix']?.evidence).toBe(
      `Webhooks delivered hours late — ${rootCause.slice(0, -1)}`,
    );
  });

  test('severity that only went up across the reports, the draft last: "severity keeps rising"', () => {
    const lib = createLibrary();
    lib.put(record('m1', 'Acme', { severity: 'medium', createdAt: daysAgo(20) }), 'record');
    lib.put(record('m2', 'Globex', { severity: 'medium', createdAt: daysAgo(15) }), 'record');
    lib.put(record('h1', 'Umbrella', { severity: 'high', createdAt: daysAgo(5) }), 'record');
    const worse = lib.similar(current({ severity: 'critical' }), { now: NOW });
    expect(worse.rising).toEqual(['medium', 'high', 'critical']);
    expect(
      patternPrefill(current({ severity: 'critical' }), worse, SEVERITY_NAMES).answers?.['severity-increasing'],
    ).toEqual({
      value: true,
      source: 'pattern',
      evidence: 'Medium → High → Critical',
    });
    // Not rising: the draft is milder than the last report, or nothing changed.
    expect(lib.similar(current({ severity: 'medium' }), { now: NOW }).rising).toEqual([]);
    lib.put(record('h2', 'Hooli', { severity: 'medium', createdAt: daysAgo(1) }), 'record');
    expect(lib.similar(current({ severity: 'critical' }), { now: NOW }).rising).toEqual([]);
    expect(library().similar(current(), { now: NOW }).rising).toEqual([]);
  });

  test('nothing changes when the draft already reflects the matches', () => {
    const s = three();
    const d = current();
    const once = patternPrefill(d, s, SEVERITY_NAMES);
    const applied = current({
      triage: { answers: once.answers },
      impact: { breadth: { count: once.breadth?.count, names: once.names?.value } },
      patterns: { appliedCount: once.breadth?.count, appliedNames: once.names?.applied, dismissed: ['old'] },
    });
    expect(patternPrefill(applied, s, SEVERITY_NAMES)).toEqual({});
  });

  test('link adds the ticket to supporting threads; unlink removes exactly that line; dismiss unlinks', () => {
    const entry = library().entry('a');
    if (!entry) throw new Error('missing');
    expect(threadLine(entry, 'en')).toBe(
      'Acme: Webhooks delivered hours late — https://acme.zendesk.com/agent/tickets/a',
    );
    const d = current({ supporting: { threads: ['#ops thread'] } });
    const linked = { ...d, ...link(d, entry) };
    expect(linked.supporting.threads).toEqual(['#ops thread', threadLine(entry, 'en')]);
    expect(link(linked, entry)).toBe(linked);
    const unlinked = { ...linked, ...unlink(linked, 'a') };
    expect(unlinked.supporting.threads).toEqual(['#ops thread']);
    expect(unlinked.patterns.linked).toEqual([]);
    // Edited by hand in the Brief step, the line is still the linked ticket's, and Link adds no second copy.
    const edited = {
      ...linked,
      supporting: { ...linked.supporting, threads: ['#ops thread', `${threadLine(entry, 'en')} (Slack #exports)`] },
    };
    expect({ ...edited, ...unlink(edited, 'a') }.supporting.threads).toEqual(['#ops thread']);
    const listed = { ...d, supporting: { ...d.supporting, threads: [`${threadLine(entry, 'en')} (Slack #exports)`] } };
    expect(link(listed, entry).supporting.threads).toHaveLength(1);
    const dismissed = { ...linked, ...dismiss(linked, 'a') };
    expect(dismissed.patterns).toMatchObject({ linked: [], dismissed: ['a'] });
    expect(dismissed.supporting.threads).toEqual(['#ops thread']);
  });

  test("a ticket whose address begins another's gets its own line, and Unlink leaves the other's", () => {
    const lib = createLibrary();
    lib.put(record('3101', 'Acme'), 'record');
    lib.put(record('310', 'Globex'), 'record');
    const [long, short] = [lib.entry('3101'), lib.entry('310')];
    if (!long || !short) throw new Error('missing');
    const d = current();
    const one = { ...d, ...link(d, long) };
    const both = { ...one, ...link(one, short) };
    expect(both.supporting.threads).toEqual([threadLine(long, 'en'), threadLine(short, 'en')]);
    expect({ ...both, ...unlink(both, '310') }.supporting.threads).toEqual([threadLine(long, 'en')]);
  });

  test('a line the agent typed that mentions the ticket is theirs: Link adds its own, Unlink keeps theirs', () => {
    const entry = library().entry('a');
    if (!entry) throw new Error('missing');
    const typed = 'Same crash as https://acme.zendesk.com/agent/tickets/a, see #ops';
    const d = current({ supporting: { threads: [typed] } });
    const linked = { ...d, ...link(d, entry) };
    expect(linked.supporting.threads).toEqual([typed, threadLine(entry, 'en')]);
    expect({ ...linked, ...unlink(linked, 'a') }.supporting.threads).toEqual([typed]);
  });

  test('in a Chinese brief the linked line has a full-width colon; a line written with ": " still stands for it', () => {
    const lib = createLibrary();
    lib.put(record('6601', '华信科技有限公司', { summary: '支付回调延迟数小时' }), 'record');
    const entry = lib.entry('6601');
    if (!entry) throw new Error('missing');
    const d = current({ briefLocale: 'zh-CN', supporting: { threads: ['#ops'] } });
    const linked = { ...d, ...link(d, entry) };
    expect(linked.supporting.threads).toEqual([
      '#ops',
      '华信科技有限公司：支付回调延迟数小时 — https://acme.zendesk.com/agent/tickets/6601',
    ]);
    expect({ ...linked, ...unlink(linked, '6601') }.supporting.threads).toEqual(['#ops']);
    // A draft saved when every line had ": ", then edited: Unlink still finds it, Link adds no second one.
    const old = `${threadLine(entry, 'en')} 另见 #支付`;
    expect(old.startsWith('华信科技有限公司: 支付回调')).toBe(true);
    const saved = {
      ...d,
      supporting: { ...d.supporting, threads: [old] },
      patterns: { ...d.patterns, linked: [{ id: '6601', text: threadLine(entry, 'en') }] },
    };
    expect({ ...saved, ...unlink(saved, '6601') }.supporting.threads).toEqual([]);
    const listed = { ...d, supporting: { ...d.supporting, threads: [old] } };
    expect(link(listed, entry).supporting.threads).toEqual([old]);
    const edited = {
      ...linked,
      supporting: { ...d.supporting, threads: [`${linked.supporting.threads[1]} 另见 #ops`] },
    };
    expect({ ...edited, ...unlink(edited, '6601') }.supporting.threads).toEqual([]);
  });

  test('a pasted 120,000-character line of colons and dashes is looked through quickly', () => {
    const entry = library().entry('a');
    if (!entry) throw new Error('missing');
    const pasted = `${'b: '.repeat(40_000)}x — y https://acme.zendesk.com/agent/tickets/a`;
    const d = current({ supporting: { threads: [pasted] } });
    expect(fastestMs(() => link(d, entry), 200)).toBeLessThan(200);
    const linked = { ...d, ...link(d, entry) };
    expect(linked.supporting.threads).toEqual([pasted, threadLine(entry, 'en')]);
  });
});

describe('patterns tab: clusters of similar open escalations', () => {
  test('open ones only, singles left out, most customers first, with what they share', () => {
    const lib = library();
    lib.put(
      record('sso2', 'Cyberdyne', { summary: 'Login loops back to Okta', description: 'SSO redirect loop.' }),
      'record',
    );
    lib.put(record('draft-x', 'Soylent', { status: 'draft' }), 'draft');
    const clusters = clusterOpen(lib);
    expect(clusters.map((c) => c.members.map((m) => m.id).sort())).toEqual([
      ['a', 'b', 'b2', 'c', 'stale'],
      ['sso', 'sso2'],
    ]);
    expect(clusters[0]?.customers).toBe(4);
    expect(clusters[0]?.shared).toEqual(expect.arrayContaining(['area:webhook', 'symptom:delay']));
    expect(clusters[1]?.customers).toBe(2);
  });

  test('the work can pause while clusters are grown too, not only between the queries', () => {
    const lib = library();
    const open = [...lib.entries()].filter((e) => e.kind === 'record' && e.status === 'escalated').length;
    const steps = lib.clusters();
    let pauses = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++;
    // One before each open escalation's query, and one before each cluster is grown.
    expect(pauses).toBeGreaterThan(open + 1);
  });

  test('an escalation that names two issues does not merge their clusters', () => {
    const lib = library();
    lib.put(
      record('emails2', 'Tyrell', {
        summary: 'Notification emails arrive hours late',
        description: 'Emails arrive late, hours after the event.',
      }),
      'record',
    );
    lib.put(
      record('both', 'Cyberdyne', {
        summary: 'Webhooks and emails delivered hours late',
        description: 'Order webhooks arrive hours after the event. Emails arrive late too.',
      }),
      'record',
    );
    const matched = (id: string) => {
      const doc = lib.index.get(id);
      if (!doc) throw new Error('missing');
      return lib.index
        .query(doc, { days: Number.POSITIVE_INFINITY, threshold: MATCH_THRESHOLD, explain: false })
        .map((m) => m.id);
    };
    expect(matched('both')).toEqual(expect.arrayContaining(['a', 'emails']));
    expect(matched('a')).not.toContain('emails');
    const clusters = clusterOpen(lib).map((c) => c.members.map((m) => m.id).sort());
    expect(clusters.find((c) => c.includes('a'))).not.toContain('emails');
    expect(clusters.find((c) => c.includes('emails'))).toContain('emails2');
  });

  // A match graph set by hand: which escalations match which, and how closely.
  const graph = (
    edges: [string, string, number][],
    linked: Record<string, string[]> = {},
    created: Record<string, string> = {},
  ) => {
    const near = new Map<string, { id: string; score: number }[]>();
    for (const [a, b, score] of edges) {
      near.set(a, [...(near.get(a) ?? []), { id: b, score }]);
      near.set(b, [...(near.get(b) ?? []), { id: a, score }]);
    }
    const ids = new Set([...near.keys(), ...Object.keys(linked), ...Object.values(linked).flat()]);
    const entries = [...ids].sort().map((id) => ({
      id,
      kind: 'record',
      status: 'escalated',
      customerKey: `org:${id}`,
      createdAt: created[id] ?? '2026-11-01T00:00:00Z',
      linked: linked[id] ?? [],
    }));
    const matched = { words: [], codes: [], concepts: [], tags: [], fields: [] };
    const lib = {
      entries: () => entries.values(),
      index: {
        get: (id: string) => ({ id }),
        query: (doc: { id: string }) => (near.get(doc.id) ?? []).map((m) => ({ ...m, matched })),
      },
    };
    return clusterOpen(lib as unknown as PatternLibrary).map((c) => c.members.map((m) => m.id).sort());
  };
  const clique = (ids: string[], score: number) =>
    ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string, number] => [a, b, score]));

  test('the escalation with the most matches names two issues: each issue is its own cluster', () => {
    const xs = ['x1', 'x2', 'x3', 'x4'];
    const ys = ['y1', 'y2', 'y3', 'y4'];
    // Its closest matches alternate between the two issues.
    const bridge = [...xs, ...ys].map((id, i): [string, string, number] => [
      'both',
      id,
      i < 4 ? 0.9 - i * 0.02 : 0.89 - (i - 4) * 0.02,
    ]);
    expect(graph([...bridge, ...clique(xs, 0.7), ...clique(ys, 0.7)])).toEqual([
      ['both', 'x1', 'x2', 'x3', 'x4'],
      ['y1', 'y2', 'y3', 'y4'],
    ]);
  });

  test('one that matches every member but the first joins too', () => {
    const ms = ['m1', 'm2', 'm3', 'm4'];
    // c has the most matches (two of them loners), so the cluster grows from c, which z does not match.
    const edges = [...[...ms, 'n1', 'n2'].map((m): [string, string, number] => ['c', m, 0.8]), ...clique(ms, 0.7)];
    expect(graph([...edges, ...ms.map((m): [string, string, number] => ['z', m, 0.7])])).toEqual([
      ['c', 'm1', 'm2', 'm3', 'm4', 'z'],
    ]);
  });

  test('a link moves the linked escalation, not its whole cluster', () => {
    const edges = [...clique(['both', 'w1', 'w2', 'w3'], 0.8), ...clique(['e1', 'e2', 'e3'], 0.8)];
    expect(graph(edges)).toEqual([
      ['both', 'w1', 'w2', 'w3'],
      ['e1', 'e2', 'e3'],
    ]);
    // Into the cluster of the older of the two: e1 was reported first.
    expect(graph(edges, { both: ['e1'] }, { e1: '2026-10-01T00:00:00Z' })).toEqual([
      ['both', 'e1', 'e2', 'e3'],
      ['w1', 'w2', 'w3'],
    ]);
  });

  test('escalations linked through one another stay together, whatever order the links were made in', () => {
    const created = {
      b: '2026-10-20T00:00:00Z',
      d: '2026-10-21T00:00:00Z',
      a: '2026-10-22T00:00:00Z',
      c: '2026-10-23T00:00:00Z',
    };
    expect(graph([], { a: ['b'], c: ['d', 'a'] }, created)).toEqual([['a', 'b', 'c', 'd']]);
  });

  test('an escalation the agent linked joins the cluster of what it was linked to, whatever its score', () => {
    const lib = library();
    const retries = {
      summary: 'Webhook retries never stop',
      description: 'Failed webhook deliveries are retried forever.',
    };
    lib.put(record('retry', 'Initrode', retries), 'record');
    expect(clusterOpen(lib)[0]?.members.map((m) => m.id)).not.toContain('retry');
    lib.put(
      record('retry', 'Initrode', {
        ...retries,
        patterns: { dismissed: [], linked: [{ id: 'a', text: 'Acme: Webhooks delivered hours late' }] },
      }),
      'record',
    );
    const [first] = clusterOpen(lib);
    expect(first?.members.map((m) => m.id).sort()).toEqual(['a', 'b', 'b2', 'c', 'retry', 'stale']);
    expect(first?.customers).toBe(5);
  });
});

describe('concepts: the area and symptom, in English and Chinese', () => {
  test('phrasings meet on one concept', () => {
    expect(concepts('Customer charged twice for annual plan')).toEqual(['area:billing', 'symptom:duplicate']);
    expect(concepts('Duplicate charge on renewal invoice')).toEqual(['area:billing', 'symptom:duplicate']);
    expect(concepts('Webhook 推送延迟')).toEqual(['area:webhook', 'symptom:delay']);
    expect(concepts('导出数据缺少行')).toEqual(['area:export', 'symptom:incomplete']);
    expect(concepts('Bounced emails')).toEqual(['area:email', 'symptom:bounce']);
    expect(concepts('Users keep bouncing between Okta and the login screen')).not.toContain('symptom:bounce');
    expect(concepts('')).toEqual([]);
  });

  test('failures named in both languages', () => {
    expect(concepts('Webhook signature check fails after secret rotation')).toEqual([
      'area:webhook',
      'symptom:rejected',
    ]);
    expect(concepts('Webhook 验签失败')).toEqual(['area:webhook', 'symptom:rejected']);
    expect(concepts('Patient sees another patient’s records')).toEqual(['symptom:wrong-recipient']);
    expect(concepts('客户看到了其他用户的订单')).toEqual(['area:orders', 'symptom:wrong-recipient']);
    expect(concepts('Due dates shown one day early')).toEqual(['symptom:wrong-time']);
    expect(concepts('日期差一天')).toEqual(['symptom:wrong-time']);
    expect(concepts('Automation did not fire for new leads')).toContain('symptom:not-triggered');
    expect(concepts('工作流没有触发')).toEqual(['symptom:not-triggered']);
    expect(concepts('Password reset emails land in spam')).toContain('symptom:spam');
    expect(concepts('邮件进入垃圾邮件')).toEqual(['area:email', 'symptom:spam']);
    expect(concepts('App shows in English instead of German')).toEqual(['symptom:wrong-language']);
    expect(concepts('界面显示成英文')).toEqual(['symptom:wrong-language']);
    expect(concepts('No audio on outbound calls')).toEqual(['area:calls', 'symptom:no-audio']);
    expect(concepts('通话没有声音')).toEqual(['area:calls', 'symptom:no-audio']);
    expect(concepts('Dashboard shows stale data')).toEqual(['area:dashboard', 'symptom:stale']);
    expect(concepts('仪表盘数据不更新')).toEqual(['area:dashboard', 'symptom:stale']);
    expect(concepts('Bluetooth scale keeps disconnecting')).toEqual(['area:devices', 'symptom:connection']);
    expect(concepts('设备连不上蓝牙')).toEqual(['area:devices', 'symptom:connection']);
    expect(concepts('Tasks appear in the wrong order')).toEqual(['area:tasks', 'symptom:misordered']);
  });

  test('everyday sentences name no failure', () => {
    for (const sentence of [
      'Of course we checked the settings.',
      'This maps to the Salesforce field.',
      'We see other customers reporting the same.',
      'Sent to a different team for review.',
      'Password must contain special characters.',
      'This does not play well with Okta.',
      'Customer hangs up and calls back later.',
      'Echoing what the customer said.',
      'Breaking up the export into chunks helps.',
      'Root cause not found yet.',
      'We switched to English to reproduce.',
      'The issue is irrelevant to billing.',
      'Customer is on an outdated browser.',
      'Fuzzy search on contact names.',
      'We registered a new webhook endpoint.',
    ]) {
      expect(concepts(sentence).filter((c) => c.startsWith('symptom:'))).toEqual([]);
    }
    expect(concepts('Of course we checked the settings.')).not.toContain('area:courses');
    expect(concepts('This maps to the Salesforce field.')).not.toContain('area:location');
  });

  test('labels in both languages', () => {
    expect(conceptLabel('symptom:delay', 'en')).toBe('delayed delivery');
    expect(conceptLabel('symptom:delay', 'zh-CN')).toBe('延迟送达');
    expect(conceptLabel('area:unknown', 'en')).toBe('area:unknown');
  });

  test('"Matched on": the concepts by name, then only the words that say more than them, in any language', () => {
    const matched = {
      concepts: ['area:export', 'area:orders'],
      codes: ['http:504'],
      words: ['exports', '订单', 'nightly', 'refunds', 'CSV', 'orders'],
      tags: [],
      fields: [],
    };
    expect(explain(matched, 'en', 5)).toEqual([
      conceptLabel('area:export', 'en'),
      conceptLabel('area:orders', 'en'),
      '504',
      'nightly',
      'refunds',
      'CSV',
    ]);
    expect(explain(matched, 'zh-CN', 1)).toEqual([
      conceptLabel('area:export', 'zh-CN'),
      conceptLabel('area:orders', 'zh-CN'),
      '504',
      'nightly',
    ]);
  });

  test('"Matched on" compares whole words: "count" beside "discounts", "sales" beside "Salesforce" stay', () => {
    const matched = (concepts: string[], words: string[]) => ({ concepts, codes: [], words, tags: [], fields: [] });
    expect(explain(matched(['area:discounts'], ['count', 'coupon']), 'en', 5)).toEqual([
      conceptLabel('area:discounts', 'en'),
      'count',
    ]);
    expect(explain(matched(['area:salesforce'], ['sales', 'Salesforce']), 'en', 5)).toEqual([
      conceptLabel('area:salesforce', 'en'),
      'sales',
    ]);
  });

  // What the panel shows for the closest match of a Chinese draft, and the shared terms it scored on.
  const chineseMatch = (draftText: [string, string], recordText: [string, string]) => {
    const lib = createLibrary();
    lib.put(record('zh', 'Globex', { summary: recordText[0], description: recordText[1] }), 'record');
    const s = lib.similar(current({ summary: draftText[0], description: draftText[1] }), { now: NOW });
    const m = [...s.matches, ...s.possible][0]?.match;
    if (!m) throw new Error('no match');
    const scored = compare(
      docOf({ summary: draftText[0], description: draftText[1] }),
      docOf({ summary: recordText[0], description: recordText[1] }),
    );
    return { shown: explain(m.matched, 'zh-CN', 6), scored };
  };

  test('"Matched on" in Chinese shows words, not filler or pieces of a quantity, and still scores on them', () => {
    const { shown, scored } = chineseMatch(
      ['Webhook 推送延迟', '你们的 Webhook 推送一直延迟，已经持续了大约两小时，订单状态一直不同步。'],
      ['Webhook 延迟送达', '我们的支付回调（Webhook）一直延迟约两小时，已经影响两个客户的结算。'],
    );
    expect(shown).toEqual(['Webhook', '延迟送达']);
    expect(scored.matched.words).toEqual(expect.arrayContaining(['一直', '两小', '已经', '约两']));
  });

  test('"Matched on" in Chinese keeps the words two tickets share, not the pieces between them', () => {
    const { shown } = chineseMatch(
      ['导出的数据不一致', '导出报表里的订单金额和仪表盘不一致，第三方对账失败。'],
      ['订单金额不一致', '报表导出后订单金额与仪表盘不一致，第三方对账系统报错。'],
    );
    expect(shown).toEqual(expect.arrayContaining(['导出', '订单', '报表', '金额', '对账', '三方']));
    expect(shown.filter((w) => /^(?:单金|方对|第三|盘不|不一|仪表|表盘)$/.test(w))).toEqual([]);
  });

  test('"Matched on" in Chinese leaves out a pair that joins filler or a quantity to its neighbour', () => {
    const customers = chineseMatch(
      ['两个客户一直反馈', '已经两个客户反馈约两小时'],
      ['两个客户一直反馈', '已经两个客户反馈约两小时'],
    );
    expect(customers.shown).toEqual(['反馈']);
    expect(customers.scored.matched.words).toEqual(expect.arrayContaining(['直反', '经两', '馈约']));
    const stores = chineseMatch(['三个门店今天', '三个门店今天一直不行'], ['三个门店今天', '三个门店今天一直不行']);
    expect(stores.shown).toEqual(expect.arrayContaining(['门店', '不行']));
    expect(stores.shown.filter((w) => /^(?:天一|店今|直不)$/.test(w))).toEqual([]);
  });

  test('what the panel calls a shared feature: an area or symptom by its label, a code as written', () => {
    expect(describeFeature('symptom:delay', 'zh-CN')).toBe('延迟送达');
    expect(describeFeature('exc:exportjoberror', 'en')).toBe('exportjoberror');
    expect(describeFeature('http:502', 'en')).toBe('502');
  });
});
