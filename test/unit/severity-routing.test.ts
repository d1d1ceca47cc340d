import { describe, expect, test } from 'vitest';
import type { SignalId } from '../../lib/escalation/criteria';
import type { AgentTier, EscalationInput, Target } from '../../lib/escalation/model';
import { effectiveSignals } from '../../lib/escalation/reasons';
import { route } from '../../lib/escalation/routing';
import { suggestSeverity } from '../../lib/escalation/severity';
import { draft, NOW } from './engine-draft';

type Case = [string, Partial<EscalationInput>, Partial<Record<SignalId, boolean>>, string, string?];

describe('severity', () => {
  const cases: Case[] = [
    ['production down', {}, { 'production-down': true }, 'critical', 'production-down'],
    ['data loss', {}, { 'data-loss': true }, 'critical', 'data-loss'],
    ['data integrity at risk', {}, { 'data-integrity': true }, 'critical', 'data-integrity'],
    ['security breach', {}, { security: true }, 'critical', 'security'],
    [
      'a high-value customer among several affected: High, not "multiple high-value customers"',
      {},
      { 'multiple-customers': true, 'high-value-at-risk': true },
      'high',
      'severity.high.high-value-among-many',
    ],
    [
      'two counted customers, one of them high value',
      { impact: { breadth: { count: 2 } } },
      { 'high-value-at-risk': true },
      'high',
      'severity.high.high-value-among-many',
    ],
    ['major functionality broken', { impact: { depth: 'blocked' } }, {}, 'high', 'severity.high.major-functionality'],
    [
      'key customer blocked',
      { impact: { depth: 'blocked' } },
      { 'high-value-at-risk': true },
      'high',
      'severity.high.key-customer-blocked',
    ],
    [
      'SLA at risk (field)',
      { impact: { contractual: { slaStatus: 'at_risk' } } },
      {},
      'high',
      'severity.high.sla-at-risk',
    ],
    [
      'SLA breached beats a workaround',
      { impact: { contractual: { slaStatus: 'breached' } } },
      { 'workaround-exists': true },
      'high',
      'severity.high.sla-at-risk',
    ],
    ['SLA breach signal', {}, { 'sla-breach': true }, 'high', 'severity.high.sla-at-risk'],
    [
      'urgent helpdesk priority',
      { ticket: { helpdesk: 'zendesk', url: 'u', source: 'dom', missing: [], priority: 'Urgent' } },
      {},
      'high',
      'severity.high.helpdesk-priority',
    ],
    ['workaround, not urgent', {}, { 'workaround-exists': true }, 'medium', 'workaround-exists'],
    ['nothing known', {}, {}, 'medium', 'severity.medium'],
  ];
  test.each(cases)('%s → %s', (_name, overrides, signals, expected, criterion) => {
    const d = draft(overrides, signals);
    const r = suggestSeverity(d, effectiveSignals(d, NOW), NOW);
    expect(r.suggested).toBe(expected);
    expect(r.reasons[0]?.criterion).toBe(`severity.${expected}`);
    expect(r.reasons.map((x) => x.criterion)).toContain(criterion);
    expect(r.reasons.every((x) => x.text.en && x.text['zh-CN'])).toBe(true);
  });

  test.each([
    'Urgent',
    'high',
    'Highest',
    'critical',
    'Blocker',
    'P1',
    'Sev 1',
    '1 - Critical',
    '高',
    '紧急',
    'Высокий',
    'Hoch',
    'SEV-1',
    'P1 - Critical',
    'Urgent (P1)',
    'High priority',
    'Höchste',
    'sehr hoch',
    'Высокая',
    'Très haute',
    'e\u0301leve\u0301e',
    'Prioritized',
  ])('helpdesk priority "%s" raises to High', (priority) => {
    const d = draft({ ticket: { helpdesk: 'gorgias', url: 'u', source: 'api', missing: [], priority } }, {});
    const r = suggestSeverity(d, effectiveSignals(d, NOW), NOW);
    expect(r.suggested).toBe('high');
    expect(r.reasons.map((x) => x.criterion)).toContain('severity.high.helpdesk-priority');
  });

  test.each([
    'Normal',
    'low',
    'Medium',
    'P3',
    '3 - Moderate',
    '低',
    'Not urgent',
    'Not prioritized',
    'Highly unlikely',
    'Sev 3',
    '',
  ])('helpdesk priority "%s" does not', (priority) => {
    const d = draft({ ticket: { helpdesk: 'gorgias', url: 'u', source: 'api', missing: [], priority } }, {});
    expect(suggestSeverity(d, effectiveSignals(d, NOW), NOW).suggested).toBe('medium');
  });

  test.each([
    ['intercom', 'Prioritized', 'The conversation is flagged as a priority', '该会话已被标记为优先'],
    ['zendesk', 'Urgent', 'The helpdesk priority is Urgent', '工单优先级为 Urgent'],
    ['zendesk', '高', 'The helpdesk priority is 高', '工单优先级为高'],
  ] as const)('on %s, priority "%s" is given as a reason in words that fit it', (helpdesk, priority, en, zh) => {
    const d = draft({ ticket: { helpdesk, url: 'u', source: 'api', missing: [], priority } }, {});
    const reason = suggestSeverity(d, effectiveSignals(d, NOW), NOW).reasons.find(
      (x) => x.criterion === 'severity.high.helpdesk-priority',
    );
    expect(reason?.text).toEqual({ en, 'zh-CN': zh });
  });

  test('an SLA due date in the past (ticket) raises a medium issue to high', () => {
    const d = draft(
      { ticket: { helpdesk: 'zendesk', url: 'u', source: 'api', missing: [], dueAt: '2026-11-21T00:00:00Z' } },
      { 'workaround-exists': true },
    );
    expect(suggestSeverity(d, effectiveSignals(d, NOW), NOW).suggested).toBe('high');
  });
});

describe('routing: escalation tiers', () => {
  type R = [string, AgentTier, Partial<EscalationInput>, Partial<Record<SignalId, boolean>>, Target, Target[]];
  const cases: R[] = [
    ['L2 with a confirmed bug', 'l2', {}, { 'confirmed-bug': true }, 'engineering', []],
    ['L1 with a suspected bug goes to L2 first', 'l1', {}, { 'confirmed-bug': true }, 'l2', []],
    ['L1 with a feature gap goes to L2 first', 'l1', {}, { 'feature-gap': true }, 'l2', []],
    ['L2 with a feature gap', 'l2', {}, { 'feature-gap': true }, 'product', []],
    ['L2 with a design decision', 'manager', {}, { 'design-decision': true }, 'product', []],
    ['L1 with a security concern bypasses tiers', 'l1', {}, { security: true }, 'security', []],
    ['L2 with a security concern', 'l2', {}, { security: true }, 'security', []],
    [
      'security plus churn threat: both',
      'l1',
      {},
      { security: true, 'churn-threat': true },
      'security',
      ['leadership'],
    ],
    ['churn threat alone', 'l2', {}, { 'churn-threat': true }, 'leadership', []],
    [
      'SLA breach on a critical account',
      'manager',
      {},
      { 'sla-breach': true, 'critical-account': true },
      'leadership',
      [],
    ],
    ['a high-value customer at risk (of churn)', 'l2', {}, { 'high-value-at-risk': true }, 'leadership', []],
    [
      'SLA breach on a high-value account',
      'l2',
      {},
      { 'sla-breach': true, 'high-value-at-risk': true },
      'leadership',
      [],
    ],
    [
      'bug hurting a high-value customer: engineering, and leadership too',
      'l2',
      {},
      { 'confirmed-bug': true, 'high-value-at-risk': true },
      'engineering',
      ['leadership'],
    ],
    ['policy exception', 'l2', {}, { 'policy-exception': true }, 'leadership', []],
    ['cross-functional decision', 'l2', {}, { 'cross-functional': true }, 'leadership', []],
    ['PR or legal risk', 'l1', {}, { 'pr-legal-risk': true }, 'leadership', []],
    ['public risk from impact', 'l2', { impact: { reputation: { publicRisk: true } } }, {}, 'leadership', []],
    [
      'bug plus churn: engineering, and leadership too',
      'l2',
      {},
      { 'confirmed-bug': true, 'churn-threat': true },
      'engineering',
      ['leadership'],
    ],
    ['L1 needing deeper investigation', 'l1', {}, { 'needs-deeper-investigation': true }, 'l2', []],
    ['L2 beyond diagnosis: next tier is engineering', 'l2', {}, { 'beyond-diagnosis': true }, 'engineering', []],
    ['L1, nothing specific: next tier', 'l1', {}, {}, 'l2', []],
    ['L2, nothing specific: next tier', 'l2', {}, {}, 'engineering', []],
  ];
  test.each(cases)('%s', (_name, tier, overrides, signals, primary, also) => {
    const d = draft(overrides, signals);
    const r = route(effectiveSignals(d, NOW), tier);
    expect(r.primary).toBe(primary);
    expect(r.also).toEqual(also);
    expect(r.reasons[primary]?.length).toBeGreaterThan(0);
    expect(r.when[primary].en).toMatch(/→/);
  });

  test('the L1 route says why it goes through L2', () => {
    const d = draft({}, { 'confirmed-bug': true });
    const r = route(effectiveSignals(d, NOW), 'l1');
    expect(r.reasons.l2?.map((x) => x.criterion)).toContain('routing.l1-via-l2.engineering');
  });
});
