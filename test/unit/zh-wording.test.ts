import { expect, test } from 'vitest';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import { Repro } from '../../lib/escalation/model';
import { readiness } from '../../lib/escalation/readiness';
import { lintRepro } from '../../lib/escalation/repro-lint';
import { deEscalationMessages } from '../../lib/followup/messages';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { messagesOf, translatorOf } from './support/messages';

const zh = messagesOf('locales/zh_CN.yml');
const t = translatorOf(zh);
const MASKING = redactionOf({ unmasked: [] }, DEFAULT_SETTINGS);

test('de-escalation messages in Chinese: "已将“…”降级：" to the team, "问题已不再出现" to the customer', () => {
  const record = draft({ summary: '导出中断', customer: { name: '王女士', email: '', account: '' } });
  expect(deEscalationMessages(record, 'workaround', '', t, MASKING).team).toBe(
    `已将“导出中断”降级：${t('deesc_reason_workaround')}。感谢协助，贵团队无需进一步处理。`,
  );
  expect(deEscalationMessages(record, 'resolved-itself', '', t, MASKING).customer).toBe(
    '王女士您好，关于“导出中断”：问题已不再出现，一切应已恢复正常。如再次出现请告诉我们。',
  );
});

test('the import report says the stored copy is newer, and a second escalation points to the tab by its name', () => {
  expect(t('options_skipOlder')).toBe('已保存的副本较新');
  expect(t('fields_alreadyOpen')).toContain(`请在“${t('esc_tab')}”中为它记录更新。`);
  expect(t('esc_tab')).toBe('升级列表');
});

test('Chinese calls an open escalation 进行中 wherever it appears, as the status filter does', () => {
  expect(t('esc_statusOpen')).toBe('进行中');
  expect(t('patterns_clusterHead', 2, 3)).toBe('2 个客户 · 3 个进行中的升级');
  expect(t('patterns_finding')).toBe('正在查找相似的进行中升级…');
  expect(t('options_patternWindowDays')).toBe('查找最近多少天内的相似升级（进行中和已解决）');
  expect([...zh].filter(([, v]) => v.includes('未结'))).toEqual([]);
});

test('Chinese says 重现 for reproduction, as the step is named, in labels, checklist and repro checks', () => {
  expect(t('steps_repro')).toBe('重现');
  const L = BRIEF_LABELS['zh-CN'];
  expect(L.reproForBugs).toBe('重现步骤（针对 Bug）');
  expect(L.frequencies.always).toBe('每次都能重现');
  const lint = lintRepro(Repro.parse({}));
  const said = lint.flatMap((f) => [f.text['zh-CN'], f.fix['zh-CN']]);
  expect(said).toContain('没有重现步骤。');
  expect(said).toContain('每次都能重现？间歇性出现？仅在特定条件下出现？');
  const checks = [
    ...readiness(draft(), 'engineering', true, []).checklist,
    ...readiness(draft(), 'l2', true, []).checklist,
  ];
  const labels = checks.flatMap((c) => [c.label['zh-CN'], c.fix['zh-CN']]);
  expect(labels).toContain('完整的重现步骤');
  expect(labels).toContain('Bug 的重现步骤');
  expect(
    [...zh.values(), ...said, ...labels, ...Object.values(L.frequencies)].filter((v) => v.includes('复现')),
  ).toEqual([]);
});

test('the Chinese panel says 你 to the agent; 您 is only in the messages copied for the customer', () => {
  expect(t('esc_customerUpdateHint')).toBe('发送前请先阅读。其中引用了你最近记录的更新，那条更新可能是写给团队的。');
  expect(t('app_draftUnreadable', 'QuotaExceeded')).toContain('因此不会覆盖你的草稿。');
  const polite = [...zh].filter(([, v]) => v.includes('您')).map(([k]) => k);
  // The greeting ("您好") is a message of its own, put before each message to the customer.
  expect(polite.sort()).toEqual([
    'deesc_msg_customer_lowerseverity',
    'deesc_msg_customer_supportresolvable',
    'deesc_msg_customer_workaround',
    'msg_greeting',
    'msg_greetingNoName',
    'resolve_msg_customer',
  ]);
});
