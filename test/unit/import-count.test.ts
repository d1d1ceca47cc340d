// What an import says it did, counted the same whichever order a file lists two entries of one escalation in.
import { expect, test } from 'vitest';
import { buildExport, planImport } from '../../lib/data/backup';
import { draft } from './engine-draft';

const older = draft({ id: '6001', summary: 'FILE OLD', updatedAt: '2026-11-20T00:00:00Z' });
const newer = draft({ id: '6001', summary: 'FILE NEW', updatedAt: '2026-11-21T00:00:00Z' });

const planOf = (items: Record<string, unknown>) => {
  const file = buildExport({}, new Date());
  file.items = items;
  const r = planImport(JSON.stringify(file), {});
  if (!r.ok) throw new Error('expected a plan');
  return r.plan;
};

test.each([
  ['older first', { 'record:6001': older, 'record:6001x': newer }, 'record:6001'],
  ['newer first', { 'record:6001x': newer, 'record:6001': older }, 'record:6001'],
])(
  'of two entries for one escalation (%s), the newer is imported and the older reported skipped',
  (_, items, olderKey) => {
    const plan = planOf(items);
    expect(plan.imported).toEqual(['record:6001x']);
    expect(plan.skipped).toEqual([{ key: olderKey, reason: 'older-in-file' }]);
    expect((plan.writes['record:6001'] as { summary: string }).summary).toBe('FILE NEW');
    expect(plan.names[olderKey]).toContain('FILE OLD');
  },
);

test('three entries for one escalation, newest last: one imported, two skipped', () => {
  const middle = { ...older, summary: 'FILE MIDDLE', updatedAt: '2026-11-20T12:00:00Z' };
  const plan = planOf({ 'record:a': older, 'record:b': middle, 'record:c': newer });
  expect([plan.imported, plan.skipped.map((s) => s.key)]).toEqual([['record:c'], ['record:a', 'record:b']]);
});
