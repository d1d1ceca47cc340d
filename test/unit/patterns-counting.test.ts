import { describe, expect, test } from 'vitest';
import type { EscalationInput } from '../../lib/escalation/model';
import { dismiss } from '../../lib/patterns/draft-links';
import { createLibrary } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const who = (account: string, name = '', email = '') => ({ customer: { name, email, account } });
const report = (id: string, customer: ReturnType<typeof who>, extra: Partial<EscalationInput> = {}) =>
  webhooksLate(id, '', { createdAt: daysAgo(3), ...customer, ...extra });
const ownDraft = (customer: ReturnType<typeof who>, extra: Partial<EscalationInput> = {}) =>
  draft({
    id: 'draft-1',
    key: 'zendesk:900',
    summary: 'Webhook delivery delays',
    description: 'Our endpoint receives webhook events with a delay of several hours.',
    ...customer,
    ...extra,
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
