import { describe, expect, test } from 'vitest';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import type { Escalation } from '../../lib/escalation/model';
import {
  type ActionResult,
  changeSeverity,
  deEscalate,
  escalate,
  markCopied,
  resolve,
  snooze,
} from '../../lib/followup/actions';
import { outcomeText, timelineText } from '../../lib/followup/timeline-text';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { panelTranslator } from './support/messages';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const at = (iso: string) => new Date(iso);
const ok = (result: ActionResult): Escalation => {
  if (!result.ok) throw new Error(result.error);
  return result.record;
};

// The timeline of an escalation that went through every action, as the actions themselves logged it.
function lived(): { closed: Escalation[]; history: Escalation } {
  const escalated = escalate(
    draft({ severity: 'high', summary: 'Exports stop' }),
    at('2026-11-23T10:00:00Z'),
    SETTINGS,
  );
  const copied = markCopied(escalated, at('2026-11-23T11:00:00Z'), SETTINGS.timeZone);
  const raised = ok(changeSeverity(copied, 'critical', '影响扩大到所有分公司', at('2026-11-23T12:00:00Z'), SETTINGS));
  const snoozed = ok(snooze(raised, 'internal', 1, at('2026-11-23T13:00:00Z'), SETTINGS));
  const deEscalated = ok(deEscalate(snoozed, 'workaround', '客户已使用分批导出', at('2026-11-23T14:00:00Z')));
  const resolved = ok(resolve(snoozed, '导出游标10分钟后过期', '监控游标过期', at('2026-11-23T14:00:00Z')));
  const quiet = ok(deEscalate(snoozed, 'resolved-itself', ' ', at('2026-11-23T14:00:00Z')));
  return { closed: [deEscalated, resolved, quiet], history: snoozed };
}

const shown = (r: Escalation, locale: 'en' | 'zh-CN') =>
  r.log.map((e) => timelineText(e, panelTranslator(locale), BRIEF_LABELS[locale]));

describe('the timeline speaks the panel language', () => {
  test('Chinese: what the extension logged is said in Chinese, what the agent typed stays as typed', () => {
    const { closed, history } = lived();
    expect(shown(history, 'zh-CN')).toEqual([
      '',
      '更新简报',
      '从高调整为严重：影响扩大到所有分公司',
      '内部跟进推迟 1 小时',
    ]);
    expect(closed.map((r) => shown(r, 'zh-CN').at(-1))).toEqual([
      '已降级（临时方案已解除客户阻塞）：客户已使用分批导出',
      '已解决：导出游标10分钟后过期',
      '已降级（问题已自行恢复）',
    ]);
  });

  test('English says the same, with severities and reasons as the panel names them', () => {
    const { closed, history } = lived();
    expect(shown(history, 'en')).toEqual([
      '',
      'Update brief copied',
      'High → Critical: 影响扩大到所有分公司',
      'internal follow-up +1 h',
    ]);
    expect(closed.map((r) => shown(r, 'en').at(-1))).toEqual([
      'De-escalated (A workaround unblocks the customer): 客户已使用分批导出',
      'Resolved: 导出游标10分钟后过期',
      'De-escalated (The issue resolved itself)',
    ]);
  });

  test('an update the agent logged, and a sentence this release does not know, show as stored', () => {
    const t = panelTranslator('zh-CN');
    const L = BRIEF_LABELS['zh-CN'];
    expect(timelineText({ at: '', kind: 'update-team', text: 'Resolved: by hand' }, t, L)).toBe('Resolved: by hand');
    expect(timelineText({ at: '', kind: 'status', text: 'Reopened' }, t, L)).toBe('Reopened');
  });

  test("a closed escalation's root cause and learning use the language's punctuation", () => {
    const outcome = { rootCause: '导出游标10分钟后过期。', learning: '监控游标过期' };
    expect(outcomeText(outcome, panelTranslator('zh-CN'), BRIEF_LABELS['zh-CN'])).toBe(
      '根本原因：导出游标10分钟后过期。经验总结：监控游标过期',
    );
    expect(outcomeText({ rootCause: 'Stale cache.', learning: 'Alert' }, panelTranslator('en'), BRIEF_LABELS.en)).toBe(
      'Root cause: Stale cache. Learning: Alert',
    );
    expect(outcomeText({ rootCause: '', learning: 'Split exports' }, panelTranslator('en'), BRIEF_LABELS.en)).toBe(
      'Learning: Split exports',
    );
  });
});
