import { describe, expect, test } from 'vitest';
import { assess, isEscalating, withSuggestions } from '../../lib/escalation/assess';
import { CATEGORY_NAMES, CRITERIA, TIER_WHEN } from '../../lib/escalation/criteria';
import { TARGETS } from '../../lib/escalation/model';
import { readiness } from '../../lib/escalation/readiness';
import { effectiveSignals } from '../../lib/escalation/reasons';
import { lintRepro } from '../../lib/escalation/repro-lint';
import { suggestSeverity } from '../../lib/escalation/severity';
import { listedAt, openPerStep } from '../../lib/escalation/steps';
import { draft, NOW } from './engine-draft';

const CJK = /[\u4e00-\u9fff]/;

describe('assess()', () => {
  test('a security concern from an L1 agent with a workaround: escalate, critical, to Security', () => {
    const a = assess({
      draft: draft({}, { security: true, 'documented-solution': true }),
      now: NOW,
      agentTier: 'l1',
      timeZone: 'UTC',
    });
    expect(a.decision).toBe('escalate');
    expect(a.severity).toBe('critical');
    expect(a.target).toBe('security');
    expect(a.reasons.map((r) => r.criterion)).toEqual(['security']);
    expect(a.handleReasons.map((r) => r.criterion)).toEqual(['documented-solution']);
    expect(a.readiness.checklist.map((i) => i.id)).toContain('security.containment');
  });

  test("the agent's chosen target decides which checklist readiness uses; the suggestion stays", () => {
    const a = assess({
      draft: draft({ target: 'leadership' }, { 'confirmed-bug': true }),
      now: NOW,
      agentTier: 'l2',
      timeZone: 'UTC',
    });
    expect(a.target).toBe('engineering');
    expect(a.readiness.checklist.map((i) => i.id)).toContain('leadership.revenue');
    expect(a.readiness.checklist.map((i) => i.id)).toContain('method.repro-for-bugs');
  });

  test('repro lint findings join the findings for bugs', () => {
    const a = assess({ draft: draft({}, { 'confirmed-bug': true }), now: NOW, agentTier: 'l2', timeZone: 'UTC' });
    expect(a.readiness.findings.map((f) => f.id)).toContain('repro.no-steps');
  });

  test('an SLA due date already past makes an otherwise plain ticket an escalation', () => {
    const d = draft({
      ticket: { helpdesk: 'zendesk', url: 'u', source: 'api', missing: [], dueAt: '2026-11-22T08:00:00Z' },
    });
    const a = assess({ draft: d, now: NOW, agentTier: 'l2', timeZone: 'UTC' });
    expect(a.decision).toBe('escalate');
    expect(a.severity).toBe('high');
    expect(a.reasons.map((r) => r.criterion)).toEqual(['sla-breach', 'open-beyond-sla']);
  });
});

test("the header and the brief show the agent's severity and team, else the suggested ones", () => {
  const handled = draft({}, { 'documented-solution': true });
  const a = assess({ draft: handled, now: NOW, agentTier: 'l1', timeZone: 'UTC' });
  expect(a.decision).toBe('handle');
  expect(isEscalating(handled, a)).toBe(false);
  expect(withSuggestions(handled, a)).toMatchObject({ severity: a.severity, target: a.target });

  const chosen = { ...handled, severity: 'critical' as const };
  expect(isEscalating(chosen, a)).toBe(true);
  expect(withSuggestions(chosen, a)).toMatchObject({ severity: 'critical', target: a.target });
  expect(withSuggestions({ ...handled, target: 'product' }, a).target).toBe('product');
});

describe('every text the engine shows exists in English and Simplified Chinese', () => {
  test('criteria, categories and tiers', () => {
    for (const c of CRITERIA) {
      expect(c.text.en, c.id).toMatch(/[a-z]/i);
      expect(c.text['zh-CN'], c.id).toMatch(CJK);
    }
    for (const name of Object.values(CATEGORY_NAMES)) expect(name['zh-CN']).toMatch(CJK);
    for (const t of TARGETS) expect(TIER_WHEN[t]['zh-CN']).toMatch(CJK);
  });

  test('readiness items, findings and repro lint', () => {
    const empty = draft({});
    for (const target of TARGETS) {
      const r = readiness(empty, target, true, lintRepro({ ...empty.repro, steps: ['try to do something etc.'] }));
      for (const item of r.checklist) {
        expect(item.label['zh-CN'], item.id).toMatch(CJK);
        expect(item.fix['zh-CN'], item.id).toMatch(CJK);
      }
      for (const f of r.findings) {
        expect(f.text['zh-CN'], f.id).toMatch(CJK);
        expect(f.fix['zh-CN'], f.id).toMatch(CJK);
      }
    }
  });

  test('severity reasons at every level', () => {
    const cases = [
      draft({}, { security: true }),
      draft({ impact: { depth: 'blocked' } }),
      draft({}, { 'workaround-exists': true }),
    ];
    for (const d of cases) {
      for (const r of suggestSeverity(d, effectiveSignals(d, NOW), NOW).reasons)
        expect(r.text['zh-CN'], r.criterion).toMatch(CJK);
    }
  });
});

describe('a deadline already past', () => {
  test('is a finding at the deadline field, counted on the Communication step; a future one is not', () => {
    const past = draft(
      { needed: { asks: [{ kind: 'fix', detail: '' }], deadline: '2020-01-01T09:00' } },
      { 'confirmed-bug': true },
    );
    const a = assess({ draft: past, now: NOW, agentTier: 'l1', timeZone: 'UTC' });
    expect(a.readiness.findings.find((f) => f.id === 'deadline.past')).toMatchObject({ field: 'needed.deadline' });
    const future = { ...past, needed: { ...past.needed, deadline: '2099-01-01T09:00' } };
    expect(
      assess({ draft: future, now: NOW, agentTier: 'l1', timeZone: 'UTC' }).readiness.findings.map((f) => f.id),
    ).not.toContain('deadline.past');
  });
});

test("the step list counts every open finding of a step, and the step's own list leaves out the hints beside each repro step", () => {
  const escalating = draft({ repro: { steps: ['click it'] } }, { 'confirmed-bug': true });
  const a = assess({ draft: escalating, now: NOW, agentTier: 'l1', timeZone: 'UTC' });
  expect(a.decision).toBe('escalate');
  const repro = a.readiness.findings.filter((f) => f.field.startsWith('repro'));
  const inPlace = repro.filter((f) => /^repro\.steps\.\d+$/.test(f.field));
  expect(inPlace.length).toBeGreaterThan(0);
  expect(openPerStep(a).repro).toBe(repro.length);
  expect(listedAt(a, 'repro').map((f) => f.field)).toEqual(
    repro.filter((f) => !inPlace.includes(f)).map((f) => f.field),
  );

  const handled = assess({
    draft: draft({}, { 'documented-solution': true }),
    now: NOW,
    agentTier: 'l1',
    timeZone: 'UTC',
  });
  expect(openPerStep(handled)).toEqual({});
  expect(listedAt(handled, 'impact')).toEqual([]);
});
