// The Chinese panel sets a Latin name or a number with its measure word off with a space ("SLA 状态", "3 个客户"),
// as its messages do; the signal criteria, the routing and the severity reasons too.
import { expect, test } from 'vitest';
import { CATEGORY_NAMES, CRITERIA, criterion, TIER_WHEN } from '../../lib/escalation/criteria';
import { effectiveSignals } from '../../lib/escalation/reasons';
import { route } from '../../lib/escalation/routing';
import { suggestSeverity } from '../../lib/escalation/severity';
import { draft, NOW } from './engine-draft';

// A Chinese character directly against a Latin letter or a digit.
const UNSPACED = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;

test('the criteria read with a space around a Latin name and a number', () => {
  expect(criterion('confirmed-bug').text['zh-CN']).toBe('已确认是 Bug 且需要代码修复');
  expect(criterion('open-beyond-sla').text['zh-CN']).toBe('问题已超出 SLA 规定的处理时间');
  expect(criterion('three-plus-customers').text['zh-CN']).toBe('3 个及以上客户报告同一问题');
  expect(TIER_WHEN.engineering['zh-CN']).toContain('已确认是 Bug、');
  expect(TIER_WHEN.leadership['zh-CN']).toContain('关键客户的 SLA 被违反');
  const texts = [...CRITERIA, ...Object.values(CATEGORY_NAMES), ...Object.values(TIER_WHEN)].map((c) =>
    'text' in c ? c.text['zh-CN'] : c['zh-CN'],
  );
  expect(texts.filter((t) => UNSPACED.test(t))).toEqual([]);
});

test('the routing and severity reasons read so too', () => {
  const breached = draft({}, { 'open-beyond-sla': true, 'critical-account': true });
  const routed = JSON.stringify(route(effectiveSignals(breached, NOW), 'l2'));
  expect(routed).toContain('关键客户的 SLA 被违反');
  const atRisk = draft({ impact: { contractual: { slaStatus: 'at_risk' } } });
  const severity = suggestSeverity(atRisk, effectiveSignals(atRisk, NOW), NOW);
  expect(severity.reasons[0]?.text['zh-CN']).toBe('高：核心功能故障、关键客户受阻、SLA 面临风险。需要当日处理。');
});
