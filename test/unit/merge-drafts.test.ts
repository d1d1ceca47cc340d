import { expect, test } from 'vitest';
import { mergeDrafts } from '../../lib/escalation/merge-drafts';
import { draft } from './engine-draft';

const base = draft({
  summary: 'Export stops',
  description: 'From the ticket',
  prefilled: ['summary', 'description', 'customer.account'],
});

test('each field one panel changed comes from that panel', () => {
  const mine = {
    ...base,
    description: 'Exports over 10,000 rows stop at row 10,000',
    prefilled: ['summary', 'customer.account'],
  };
  const theirs = {
    ...base,
    summary: 'CSV export cut off at 10,000 rows',
    prefilled: ['description', 'customer.account'],
    impact: { ...base.impact, breadth: { ...base.impact.breadth, count: 3 } },
  };
  const { merged, clashes } = mergeDrafts(base, mine, theirs);
  expect(clashes).toEqual([]);
  expect(merged.summary).toBe('CSV export cut off at 10,000 rows');
  expect(merged.description).toBe('Exports over 10,000 rows stop at row 10,000');
  expect(merged.impact.breadth.count).toBe(3);
  // Both edited fields lost their "from ticket" mark; the untouched one keeps it.
  expect(merged.prefilled).toEqual(['customer.account']);
});

test("a field both changed differently keeps this panel's text and is named", () => {
  const mine = { ...base, summary: 'Mine', repro: { ...base.repro, evidence: ['ERR 1'] } };
  const theirs = { ...base, summary: 'Theirs', repro: { ...base.repro, evidence: ['ERR 2'] } };
  const { merged, clashes } = mergeDrafts(base, mine, theirs);
  expect(merged.summary).toBe('Mine');
  expect(merged.repro.evidence).toEqual(['ERR 1']);
  expect(clashes).toEqual(['summary', 'repro.evidence']);
});

test('when and what the engine suggested are no clash', () => {
  const mine = { ...base, updatedAt: '2026-11-30T10:00:00.000Z', suggested: { severity: 'high' as const } };
  const theirs = { ...base, updatedAt: '2026-11-30T10:00:01.000Z', suggested: { severity: 'critical' as const } };
  expect(mergeDrafts(base, mine, theirs).clashes).toEqual([]);
});
