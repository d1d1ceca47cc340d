import { expect, test } from 'vitest';
import { assess } from '../../lib/escalation/assess';
import { instantOf } from '../../lib/escalation/deadline';
import { readPastDate } from '../../lib/escalation/typed-date';
import { draft, NOW } from './engine-draft';

const breached = {
  helpdesk: 'zendesk' as const,
  url: 'u',
  source: 'api' as const,
  missing: [],
  dueAt: '2026-11-22T08:00:00Z',
};
const assessed = (d: ReturnType<typeof draft>, tier: 'l1' | 'l2' = 'l2') =>
  assess({ draft: d, now: NOW, agentTier: tier, timeZone: 'UTC' });

test('the agent’s “no” to an SLA breach holds against the ticket’s clock, for severity and the decision', () => {
  const a = assessed(draft({ ticket: breached }, { 'sla-breach': false }));
  expect(a.severityReasons.map((r) => r.text.en).join(' | ')).not.toContain('SLA');
  expect(a.severity).toBe('medium');
  expect(a.tipped.en).not.toContain('SLA');
});

test('“multiple customers” cleared in Triage wins over the count in Impact for severity', () => {
  const a = assessed(
    draft({ impact: { breadth: { count: 3 } } } as never, {
      'high-value-at-risk': true,
      'multiple-customers': false,
      'three-plus-customers': false,
    }),
  );
  expect(a.severity).toBe('medium');
});

test('an L2 agent is not sent to L2, their own tier, beside Product', () => {
  const a = assessed(draft({}, { 'feature-gap': true, 'needs-deeper-investigation': true }));
  expect([a.target, ...a.alsoTargets]).toEqual(['product']);
});

test('a date ending in its year ("19-Nov-2026", "11-19-2026") is read in the options’ zone, not as an offset', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  expect(readPastDate('19-Nov-2026', now, 'Europe/Berlin')).toEqual({
    state: 'ok',
    at: Date.parse('2026-11-18T23:00:00Z'),
  });
  expect(instantOf('11-19-2026', 'Europe/Berlin')).toBe(Date.parse('2026-11-18T23:00:00Z'));
  // An offset after a time, or after GMT or UTC, is still one.
  expect(instantOf('2026-11-19 10:00-05:00', 'Europe/Berlin')).toBe(Date.parse('2026-11-19T15:00:00Z'));
  expect(instantOf('Nov 19, 2026 10:00 GMT+1', 'Europe/Berlin')).toBe(Date.parse('2026-11-19T09:00:00Z'));
});
