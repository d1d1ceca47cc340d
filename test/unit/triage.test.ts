import { describe, expect, test } from 'vitest';
import { assess } from '../../lib/escalation/assess';
import { CRITERIA, type SignalId } from '../../lib/escalation/criteria';
import type { EscalationInput, TicketContext } from '../../lib/escalation/model';
import { draftFromTicket } from '../../lib/escalation/prefill';
import { effectiveSignals } from '../../lib/escalation/reasons';
import { route } from '../../lib/escalation/routing';
import { suggestSeverity } from '../../lib/escalation/severity';
import { triage } from '../../lib/escalation/triage';
import { draft, NOW } from './engine-draft';

const run = (signals: Partial<Record<SignalId, boolean>>) => triage(effectiveSignals(draft({}, signals), NOW));

const HANDLE = CRITERIA.filter((c) => c.category === 'handle').map((c) => c.id);
const ESCALATE_HARD = CRITERIA.filter((c) =>
  ['technical', 'impact', 'business', 'time', 'pattern'].includes(c.category),
).map((c) => c.id);
const COMPLEXITY = CRITERIA.filter((c) => c.category === 'complexity').map((c) => c.id);

describe('triage: handle in support, or escalate', () => {
  test('nothing checked: handle for now, and says no criterion applies yet', () => {
    const r = run({});
    expect(r.decision).toBe('handle');
    expect(r.tipped.en).toMatch(/no escalation criterion applies yet/);
    expect(r.tipped['zh-CN']).toMatch(/尚无符合的升级标准/);
  });

  test.each(HANDLE)('handle signal %s alone → handle, citing it', (id) => {
    const r = run({ [id]: true });
    expect(r.decision).toBe('handle');
    expect(r.handleReasons.map((x) => x.criterion)).toEqual([id]);
    expect(r.handleReasons[0]?.category).toBe('handle');
  });

  test.each(ESCALATE_HARD)('escalate signal %s alone → escalate, citing criterion and category', (id) => {
    const r = run({ [id]: true });
    expect(r.decision).toBe('escalate');
    const reason = r.escalateReasons.find((x) => x.criterion === id);
    expect(reason?.category).toBe(CRITERIA.find((c) => c.id === id)?.category);
    expect(reason?.text.en).toBeTruthy();
    expect(reason?.text['zh-CN']).toBeTruthy();
  });

  test.each(ESCALATE_HARD)('a documented workaround does not cancel %s', (id) => {
    const r = run({ [id]: true, 'documented-solution': true });
    expect(r.decision).toBe('escalate');
    expect(r.tipped.en).toContain('this stands even though the issue has a documented solution or known workaround.');
  });

  test.each(COMPLEXITY)('complexity signal %s alone → escalate', (id) => {
    expect(run({ [id]: true }).decision).toBe('escalate');
  });

  test.each(COMPLEXITY)('a documented solution answers the complexity concern %s → handle, saying so', (id) => {
    const r = run({ [id]: true, 'documented-solution': true });
    expect(r.decision).toBe('handle');
    expect(r.tipped.en).toMatch(/which answers the concern/);
  });

  test.each([
    ['feature-gap', 'known-limitation'],
    ['design-decision', 'needs-guidance'],
    ['competing-needs', 'known-limitation'],
  ] as const)("a product concern (%s) is answered by the method's handle criterion %s", (concern, answer) => {
    expect(run({ [concern]: true }).decision).toBe('escalate');
    const r = run({ [concern]: true, [answer]: true });
    expect(r.decision).toBe('handle');
    expect(r.tipped.en).toMatch(/which answers the concern/);
  });

  const PRODUCT = ['feature-gap', 'design-decision', 'competing-needs'] as const;
  const PRODUCT_ANSWERS = ['known-limitation', 'needs-guidance'];

  test.each(PRODUCT.flatMap((concern) => PRODUCT_ANSWERS.map((answer) => [concern, answer] as const)))(
    'a product concern (%s) plus %s → handle in support',
    (concern, answer) => {
      const r = run({ [concern]: true, [answer]: true });
      expect(r.decision).toBe('handle');
      expect(r.tipped.en).toMatch(/which answers the concern/);
    },
  );

  test.each(
    PRODUCT.flatMap((concern) =>
      HANDLE.filter((id) => !PRODUCT_ANSWERS.includes(id)).map((fix) => [concern, fix] as const),
    ),
  )('a product concern (%s) is not answered by %s alone → escalate, saying it stands', (concern, fix) => {
    const r = run({ [concern]: true, [fix]: true });
    expect(r.decision).toBe('escalate');
    expect(r.tipped.en).toContain(`Escalate: ${CRITERIA.find((c) => c.id === concern)?.text.en} — this stands`);
  });

  test('a documented solution answers the complexity concern but not the feature gap beside it', () => {
    const r = run({ 'beyond-diagnosis': true, 'feature-gap': true, 'documented-solution': true });
    expect(r.decision).toBe('escalate');
    expect(r.tipped.en).toMatch(/^Escalate: Feature gap causing customer pain — this stands/);
  });

  test('a product concern answered by a known limitation credits only it, not the workaround beside it', () => {
    const r = run({ 'feature-gap': true, 'known-limitation': true, 'documented-solution': true });
    expect(r.decision).toBe('handle');
    expect(r.tipped).toEqual({
      en: 'Handle in support: The issue is a known limitation with a documented alternative, which answers the concern: feature gap causing customer pain.',
      'zh-CN': '自行处理：问题是已知的功能限制，且已有文档化的替代方案，这已回应了“功能缺口导致客户困扰”的顾虑。',
    });
    expect(r.handleReasons.map((x) => x.criterion)).toEqual(['known-limitation']);
  });

  test('a complexity concern beside a product one is answered by every handle criterion checked', () => {
    const r = run({
      'beyond-diagnosis': true,
      'feature-gap': true,
      'documented-solution': true,
      'needs-guidance': true,
    });
    expect(r.decision).toBe('handle');
    expect(r.tipped.en).toBe(
      "Handle in support: The issue has a documented solution or known workaround; The customer needs guidance or training, not a fix, which answers the concern: issue is beyond support's ability to diagnose; feature gap causing customer pain.",
    );
  });

  test('a churn threat stands even with a known limitation', () => {
    expect(run({ 'churn-threat': true, 'known-limitation': true }).decision).toBe('escalate');
  });

  test('security plus a workaround: escalate and the reason names security', () => {
    const r = run({ security: true, 'documented-solution': true, 'config-issue': true });
    expect(r.decision).toBe('escalate');
    expect(r.tipped.en).toContain('Security concern');
    expect(r.handleReasons.map((x) => x.criterion)).toEqual(['documented-solution', 'config-issue']);
  });

  test('an agent override to "no" beats a live SLA signal from the ticket', () => {
    const overdue: TicketContext = {
      helpdesk: 'zendesk',
      url: 'https://a.zendesk.com/agent/tickets/1',
      source: 'api',
      missing: [],
      dueAt: '2026-11-20T00:00:00Z',
    };
    expect(triage(effectiveSignals(draft({ ticket: overdue }), NOW)).decision).toBe('escalate');
    const overridden = draft({ ticket: overdue }, { 'sla-breach': false, 'open-beyond-sla': false });
    expect(triage(effectiveSignals(overridden, NOW)).decision).toBe('handle');
  });
});

describe('Chinese tickets that name no criterion', () => {
  test.each([
    '媒体库里上传的图片缩略图不显示',
    '点击"管理层报表"标签后页面是空白的',
    '在手机上无法访问附件预览,电脑上正常',
    '客户流失率报表里的数字和仪表盘上的不一致',
  ])('%s: handle in support, not Critical, not Leadership', (text) => {
    const fromTicket = draftFromTicket(
      { helpdesk: 'zendesk', url: 'u', source: 'dom', missing: [], messages: [{ role: 'customer', text }] },
      { id: 'e1', now: NOW },
    );
    const signals = effectiveSignals(fromTicket, NOW);
    expect(triage(signals).decision).toBe('handle');
    expect(suggestSeverity(fromTicket, signals, NOW).suggested).not.toBe('critical');
    expect(route(signals, 'l2').primary).not.toBe('leadership');
  });
});

// What the agent states in Impact answers the criteria it names, as severity and routing read it: the
// recommendation never says "no criterion applies" beside a severity suggested for an SLA breach.
describe('triage: what Impact states', () => {
  const fromImpact = (impact: EscalationInput['impact'], answers: Partial<Record<SignalId, boolean>> = {}) =>
    assess({ draft: draft({ impact }, answers), now: NOW, agentTier: 'l1', timeZone: 'UTC' });

  test.each([
    ['an SLA breached', { contractual: { slaStatus: 'breached' } }, ['sla-breach', 'open-beyond-sla']],
    ['an SLA at risk', { contractual: { slaStatus: 'at_risk' } }, ['sla-breach']],
    ['a public risk', { reputation: { publicRisk: true } }, ['pr-legal-risk']],
    ['two customers affected', { breadth: { count: 2 } }, ['multiple-customers']],
    ['three customers affected', { breadth: { count: 3 } }, ['multiple-customers', 'three-plus-customers']],
  ] as const)('%s → escalate, citing the criterion it answers, from Impact', (_name, impact, ids) => {
    const a = fromImpact(impact);
    expect(a.decision).toBe('escalate');
    expect(a.reasons.map((r) => [r.criterion, r.source])).toEqual(ids.map((id) => [id, 'impact']));
  });

  test('a public risk routes to Leadership once, as the PR or legal risk criterion', () => {
    const a = fromImpact({ reputation: { publicRisk: true } });
    expect(a.routing.reasons.leadership?.map((r) => r.text.en)).toEqual(['PR or legal risk']);
  });

  test('one customer, an SLA within, no public risk: nothing to escalate on', () => {
    const a = fromImpact({ breadth: { count: 1 }, contractual: { slaStatus: 'within' } });
    expect(a.decision).toBe('handle');
  });

  test("the agent's answer in Triage wins over Impact", () => {
    const a = fromImpact({ contractual: { slaStatus: 'at_risk' } }, { 'sla-breach': false });
    expect(a.decision).toBe('handle');
    expect(a.signals['sla-breach']).toEqual({ value: false, source: 'agent' });
  });

  test("an SLA status chosen in Impact replaces the ticket's clock", () => {
    const overdue = draft({
      ticket: {
        helpdesk: 'zendesk',
        url: 'https://acme.zendesk.com/agent/tickets/1',
        source: 'api',
        missing: [],
        dueAt: '2026-01-01T00:00:00Z',
      },
    });
    const clock = assess({ draft: overdue, now: NOW, agentTier: 'l1', timeZone: 'UTC' });
    expect(clock.signals['sla-breach']?.source).toBe('ticket');
    const within = {
      ...overdue,
      impact: { ...overdue.impact, contractual: { slaStatus: 'within' as const, obligations: '' } },
    };
    const chosen = assess({ draft: within, now: NOW, agentTier: 'l1', timeZone: 'UTC' });
    expect(chosen.signals['sla-breach']).toBeUndefined();
    expect(chosen.decision).toBe('handle');
  });
});
