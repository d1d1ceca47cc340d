import { describe, expect, test } from 'vitest';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import { concepts } from '../../lib/patterns/concepts';
import { patternPrefill } from '../../lib/patterns/draft-links';
import { createLibrary, explain } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const stored = (id: string, account: string, summary: string, description: string) =>
  webhooksLate(id, account, { summary, description, createdAt: daysAgo(3) });
const ownDraft = (account: string, summary: string, description: string) =>
  draft({ id: 'draft-1', key: 'zendesk:900', summary, description, customer: { name: '', email: '', account } });

function similarFor(d: ReturnType<typeof ownDraft>, records: ReturnType<typeof stored>[]) {
  const lib = createLibrary();
  for (const r of records) lib.put(r, 'record');
  return lib.similar(d, { now: NOW });
}
const matchedOn = (s: ReturnType<typeof similarFor>) =>
  [...s.matches, ...s.possible].map((m) => (m.match ? explain(m.match.matched, 'en', 5).join(', ') : ''));

describe('"twice" is the duplicated symptom only when the product did it twice', () => {
  const wifi = (id: string, account: string) =>
    stored(
      id,
      account,
      "Pairing fails at last step with 'Could not connect to network'",
      "Customer gets all the way through setup, enters the home Wi-Fi password, and at the last step the thermostat shows 'Could not connect to network'. Password is correct (checked twice). Their router (Ubiquiti) is set to WPA3-only; other devices in the house are newer.",
    );
  const scanner = ownDraft(
    'Zeta Logistics',
    'Barcode scanner beeps twice on the packing station',
    'Since the firmware update the handheld barcode scanner beeps twice and registers each parcel twice at the packing station.',
  );

  test('a password "checked twice" does not make a thermostat that cannot pair a scanner that beeps twice', () => {
    const s = similarFor(scanner, [wifi('w1', 'Thermo A'), wifi('w2', 'Thermo B')]);
    expect(s.matches).toEqual([]);
    expect(s.customers).toBe(1);
    expect(matchedOn(s).join(' | ')).not.toContain('duplicated');
    const change = patternPrefill(scanner, s, BRIEF_LABELS.en.severities);
    expect(change.answers?.['three-plus-customers']).toBeUndefined();
  });

  test('what the agent or the customer did twice is no duplicate; what the product did twice is', () => {
    for (const attempt of [
      'Password is correct (checked twice).',
      'We tried twice with the same result.',
      'The customer asked twice for an update.',
      'She restarted it twice.',
      'The customer called twice about it.',
      'He contacted us twice this week.',
      'It happened twice last night.',
      'The import failed twice before it went through.',
      'They reinstalled the app twice.',
      'She typed her password wrong twice.',
      'The app syncs twice a day.',
      'Exports take twice as long.',
    ]) {
      expect(concepts(attempt), attempt).not.toContain('symptom:duplicate');
    }
    for (const product of [
      'The scanner registers each parcel twice.',
      'Kitchen printer prints every ticket twice',
      'Customer charged twice for annual plan',
      'Calendar sync creates events twice',
      'Same card transaction imported twice',
      'Each alert is posted two times to the Slack channel',
      'Motion-triggered automation fires twice',
      'Every meeting shows up twice in Google Calendar',
      'The webhook endpoint is called twice for each event.',
      'Double charge on upgrade',
      'Duplicate invoices after renewal',
    ]) {
      expect(concepts(product), product).toContain('symptom:duplicate');
    }
  });
});

describe('what two descriptions mention in passing does not make two issues one', () => {
  // What agents add to many escalations: the customer's deadline and the ticket's references.
  const filler = (n: number) => `They need an answer before renewal. Ticket ${200_000 + n}, order SO-${30_986 + n}.`;
  const printer = ownDraft(
    'Kitchen Co',
    'Kitchen printer prints every ticket twice',
    `Kitchen printer prints every ticket twice\n${filler(0)}`,
  );
  const meetings = (id: string, account: string, n: number) =>
    stored(
      id,
      account,
      'Duplicate meetings in Google Calendar',
      `Booked meetings are duplicated after connecting the calendar.\n${filler(n)}`,
    );

  test('a kitchen printer printing twice is not a calendar duplicating meetings, whatever both mention of billing', () => {
    const s = similarFor(printer, [meetings('m1', 'Cal One', 1), meetings('m2', 'Cal Two', 2)]);
    expect(s.matches).toEqual([]);
    expect(s.customers).toBe(1);
    expect(patternPrefill(printer, s, BRIEF_LABELS.en.severities).answers?.['three-plus-customers']).toBeUndefined();
  });

  test('the same issue with the same filler is still one issue', () => {
    const calendar = ownDraft(
      'Cal Three',
      'Meetings show up twice in Google Calendar',
      `Every booked meeting appears twice in the connected calendar.\n${filler(3)}`,
    );
    const s = similarFor(calendar, [meetings('m1', 'Cal One', 1), meetings('m2', 'Cal Two', 2)]);
    expect(s.matches.map((m) => m.entry.id).sort()).toEqual(['m1', 'm2']);
    expect(s.customers).toBe(3);
  });
});

describe("an area's word before an identifier is a reference, not the area", () => {
  test('"order SO-30986", "invoice INV-22", "订单号 12345" name no area; orders and invoices still do', () => {
    expect(concepts('Ticket 200000, order SO-30986.')).toEqual([]);
    expect(concepts('See invoice INV-22 and booking #4410.')).toEqual([]);
    expect(concepts('Order number 12345 was billed twice')).toEqual(['area:billing', 'symptom:duplicate']);
    expect(concepts('订单号 12345 一直没有发货')).toEqual(['area:shipping']);
    expect(concepts('Orders stuck in processing')).toEqual(['area:orders', 'symptom:stuck']);
    expect(concepts('Duplicate invoices after renewal')).toEqual(['area:billing', 'symptom:duplicate']);
    expect(concepts('订单一直没有发货')).toContain('area:orders');
    // A date or a count is no identifier.
    expect(concepts('The appointment 2024-03-12 moved')).toContain('area:calendar');
  });

  test('"Matched on" does not name orders for two tickets that only give an order number', () => {
    const d = ownDraft('Globex', 'Webhooks delivered hours late', 'Customer reports late webhooks for order SO-30986.');
    const s = similarFor(d, [
      stored('a', 'Acme', 'Webhooks delivered hours late', 'Webhook events arrive hours late, order SO-4411.'),
    ]);
    expect(matchedOn(s)[0]).toContain('webhooks');
    expect(matchedOn(s)[0]).not.toContain('orders');
  });
});
