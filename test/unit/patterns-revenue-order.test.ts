import { describe, expect, test } from 'vitest';
import { formatMoney } from '../../lib/brief/money';
import type { EscalationInput } from '../../lib/escalation/model';
import { createLibrary, type Revenue } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const figure = (amount: number, currency: string) => ({ impact: { revenueAtRisk: { amount, currency } } });
const report = (id: string, account: string, extra: Partial<EscalationInput>) =>
  webhooksLate(id, account, { createdAt: new Date(NOW.getTime() - 3 * 86_400_000).toISOString(), ...extra });
// As the box writes the sums: "Revenue at risk across them: … + …".
const written = (sums: readonly Revenue[]) => sums.map((r) => formatMoney(r.amount, r.currency, 'en')).join(' + ');

function revenueFor(own: Partial<EscalationInput>) {
  const lib = createLibrary();
  lib.put(report('jp', 'Tanaka KK', figure(3_000_000, 'JPY')), 'record');
  lib.put(report('us1', 'Globex', figure(40_000, 'USD')), 'record');
  lib.put(report('us2', 'Initech', figure(7_000, 'USD')), 'record');
  lib.put(report('de', 'Umbrella GmbH', figure(10_000, 'EUR')), 'record');
  return lib.similar(
    draft({
      id: 'draft-1',
      key: 'zendesk:900',
      summary: 'Webhook delivery delays',
      description: 'Our endpoint receives webhook events with a delay of several hours.',
      customer: { name: '', email: '', account: 'Acme Corp' },
      ...own,
    }),
    { now: NOW },
  ).revenue;
}

describe('revenue at risk in several currencies reads in a fixed order, not by the raw numbers', () => {
  test("the draft's currency first, then the currency most customers' figures are in, then by code", () => {
    expect(written(revenueFor(figure(5_000, 'EUR')))).toBe('€15,000 + $47,000 + ¥3,000,000');
    expect(written(revenueFor(figure(5_000, 'GBP')))).toBe('£5,000 + $47,000 + €10,000 + ¥3,000,000');
  });

  test('with no figure on the draft, its currency still comes first', () => {
    expect(revenueFor({ impact: { revenueAtRisk: { currency: 'EUR' } } }).map((r) => r.currency)).toEqual([
      'EUR',
      'USD',
      'JPY',
    ]);
  });
});
