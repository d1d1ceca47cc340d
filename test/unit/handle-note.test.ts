import { expect, test } from 'vitest';
import { assess } from '../../lib/escalation/assess';
import { handleNote } from '../../lib/escalation/handle-note';
import { draft, NOW } from './engine-draft';

const OFF = { emails: false, phones: false, keep: [] };

test('the note left on a ticket handled in support is masked as the brief is, and keeps result-only rows', () => {
  const d = draft(
    {
      summary: 'Webhook fails \u202egnp.exe\u202c for key sk_live_abcdefghijklmnop1234',
      tried: [
        { action: 'Rotated password: Hunter2Secret', result: 'works' },
        { action: ' ', result: 'Cache cleared, still fails' },
      ],
    },
    { 'documented-solution': true },
  );
  const note = handleNote(d, assess({ draft: d, now: NOW, agentTier: 'l1', timeZone: 'UTC' }), 'en', OFF);
  expect(note).toContain('Handled in support (not escalated)');
  expect(note).toContain('[API key removed]');
  expect(note).toContain('[secret removed]');
  expect(note).not.toMatch(/sk_live|Hunter2Secret|\u202e/);
  expect(note).toContain('- Cache cleared, still fails\n');
});

test('the copied note labels its lines with a full-width colon in Chinese and ": " in English', () => {
  const d = draft({ summary: '支付回调失败' }, { 'documented-solution': true });
  const a = assess({ draft: d, now: NOW, agentTier: 'l1', timeZone: 'UTC' });
  const zh = handleNote(d, a, 'zh-CN', OFF).split('\n');
  expect(zh[1]).toBe('问题：支付回调失败');
  expect(zh[2]).toBe(`原因：${a.tipped['zh-CN']}`);
  const en = handleNote(d, a, 'en', OFF).split('\n');
  expect(en[1]).toBe('Issue: 支付回调失败');
  expect(en[2]).toBe(`Why: ${a.tipped.en}`);
});

test('the note masks a card number written with soft hyphens between its groups', () => {
  const d = draft({ summary: 'Charge fails for 4111\u00ad1111\u00ad1111\u00ad1111' }, { 'documented-solution': true });
  const note = handleNote(d, assess({ draft: d, now: NOW, agentTier: 'l1', timeZone: 'UTC' }), 'en', OFF);
  expect(note).toContain('Charge fails for [card •••• 1111]');
});

test('the note lists only the criteria that answer the concern: a known limitation, not the workaround beside it', () => {
  const d = draft(
    { summary: 'Data export stops at 10,000 rows' },
    { 'feature-gap': true, 'documented-solution': true, 'known-limitation': true },
  );
  const a = assess({ draft: d, now: NOW, agentTier: 'l2', timeZone: 'UTC' });
  const note = handleNote(d, a, 'en', OFF);
  expect(note).toContain('\n- The issue is a known limitation with a documented alternative\n');
  expect(note).not.toContain('documented solution or known workaround');
  expect(handleNote(d, a, 'zh-CN', OFF)).not.toContain('问题已有文档化的解决方案或已知的规避方法');
});
