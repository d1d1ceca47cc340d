import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Escalation } from '../../lib/escalation/model';
import {
  type DraftChange,
  listSetAside,
  loadDraft,
  onDraftChange,
  onSetAsideChange,
  removeSetAside,
  restoreSetAside,
  type SetAsideDraft,
  saveDraft,
  setAsideDraft,
} from '../../lib/platform/draft-store';

const draft = (key: string) =>
  Escalation.parse({
    id: 'esc-1',
    schemaVersion: 2,
    key,
    summary: 'Data export stops at 10,000 rows',
    createdAt: '2026-11-22T11:00:00.000Z',
    updatedAt: '2026-11-22T11:00:00.000Z',
    repro: { steps: ['Open Reports', 'Export'] },
  });

describe('draft store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('a saved draft loads back unchanged', async () => {
    const d = draft('zendesk:4821');
    await saveDraft(d);
    // Read through the fake directly: the store's `browser` must be the one the WxtVitest plugin fakes.
    expect(await fakeBrowser.storage.local.get('draft:zendesk:4821')).toEqual({ 'draft:zendesk:4821': d });
    await expect(loadDraft('zendesk:4821')).resolves.toEqual({ state: 'ok', value: d });
  });

  test('drafts of different tickets do not overwrite each other', async () => {
    await saveDraft(draft('zendesk:1'));
    await saveDraft({ ...draft('zendesk:2'), summary: 'Other ticket' });
    const one = await loadDraft('zendesk:1');
    const two = await loadDraft('zendesk:2');
    expect(one.state === 'ok' && one.value.summary).toBe('Data export stops at 10,000 rows');
    expect(two.state === 'ok' && two.value.summary).toBe('Other ticket');
  });

  test('a key never saved is empty', async () => {
    await expect(loadDraft('zendesk:404')).resolves.toEqual({ state: 'empty' });
  });

  test.each([
    ['a wrong shape', { id: 5 }],
    ['a newer schema', { ...draft('zendesk:1'), schemaVersion: 3 }],
    ['a string', 'not a draft'],
  ])('%s is quarantined, not lost', async (_name, raw) => {
    await fakeBrowser.storage.local.set({ 'draft:zendesk:1': raw });

    const read = await loadDraft('zendesk:1');
    expect(read.state).toBe('quarantined');
    if (read.state !== 'quarantined') return;
    expect(read.quarantineKey.startsWith('quarantine:draft:zendesk:1:')).toBe(true);
    expect(read.issue).not.toBe('');

    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored).toEqual({ [read.quarantineKey]: raw });
    // Once moved aside, the next load starts from an empty draft.
    await expect(loadDraft('zendesk:1')).resolves.toEqual({ state: 'empty' });
  });
});

test('a draft saved by the first release (v1) loads, migrated', async () => {
  fakeBrowser.reset();
  const v1 = {
    id: 'esc-0',
    schemaVersion: 1,
    key: 'zendesk:1',
    summary: 'Old draft',
    createdAt: '2026-11-01T11:00:00.000Z',
    updatedAt: '2026-11-01T11:00:00.000Z',
    followUps: { nextInternalAt: '2026-11-01T13:00:00.000Z' },
  };
  await fakeBrowser.storage.local.set({ 'draft:zendesk:1': v1 });
  const read = await loadDraft('zendesk:1');
  expect(read.state).toBe('ok');
  if (read.state !== 'ok') return;
  expect(read.value).toMatchObject({
    schemaVersion: 2,
    summary: 'Old draft',
    followUps: { internal: { dueAt: '2026-11-01T13:00:00.000Z', overdueAt: '2026-11-01T13:00:00.000Z' } },
  });
});

describe('writes to a draft made elsewhere', () => {
  beforeEach(() => fakeBrowser.reset());

  test('a listener hears saves and deletions of its draft only, and not what no longer parses', async () => {
    const heard: DraftChange[] = [];
    const stop = onDraftChange('zendesk:1', (change) => heard.push(change));
    await saveDraft(draft('zendesk:1'));
    await saveDraft(draft('zendesk:2'));
    await fakeBrowser.storage.local.set({ 'draft:zendesk:1': { summary: 42 } });
    await fakeBrowser.storage.local.remove('draft:zendesk:1');
    stop();
    await saveDraft(draft('zendesk:1'));
    expect(heard.map((c) => c.state)).toEqual(['saved', 'deleted']);
    expect(heard[0]).toMatchObject({ draft: { key: 'zendesk:1', summary: 'Data export stops at 10,000 rows' } });
  });

  test('a version that must not overwrite the stored one is set aside beside it, once per occasion', async () => {
    await saveDraft(draft('zendesk:1'));
    await setAsideDraft({ ...draft('zendesk:1'), summary: 'Typed in the other panel' }, 1000);
    await setAsideDraft({ ...draft('zendesk:1'), summary: 'Typed a little more' }, 1000);
    const aside = async () =>
      Object.entries(await fakeBrowser.storage.local.get(null))
        .filter(([k]) => k.startsWith('quarantine:draft:zendesk:1:'))
        .map(([, v]) => (v as { summary: string }).summary);
    expect(await aside()).toEqual(['Typed a little more']);
    expect(await loadDraft('zendesk:1')).toMatchObject({ value: { summary: 'Data export stops at 10,000 rows' } });
    await removeSetAside('zendesk:1', 1000);
    expect(await aside()).toEqual([]);
  });

  test("set-aside copies of a ticket's draft are listed newest first, and one can become the draft again", async () => {
    const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
    const original = local.getKeys;
    local.getKeys = undefined;
    try {
      await saveDraft(draft('zendesk:1'));
      await setAsideDraft({ ...draft('zendesk:1'), summary: 'Older' }, 1000);
      await setAsideDraft({ ...draft('zendesk:1'), summary: 'Newer' }, 2000);
      await setAsideDraft({ ...draft('zendesk:2'), summary: 'Another ticket' }, 3000);
      await fakeBrowser.storage.local.set({ 'quarantine:draft:zendesk:1:1500': { summary: 42 } });
      const list = await listSetAside('zendesk:1');
      expect(list.map((i) => [i.since, i.draft.summary])).toEqual([
        [2000, 'Newer'],
        [1000, 'Older'],
      ]);
      await restoreSetAside(list[0] as SetAsideDraft, new Date('2026-11-30T12:00:00Z'));
      expect(await loadDraft('zendesk:1')).toMatchObject({
        value: { summary: 'Newer', updatedAt: '2026-11-30T12:00:00.000Z' },
      });
      expect((await listSetAside('zendesk:1')).map((i) => i.draft.summary)).toEqual(['Older']);
    } finally {
      local.getKeys = original;
    }
  });
});

test("a panel hears when a version of its ticket's draft is set aside or removed, not another ticket's", async () => {
  const heard: string[] = [];
  const stop = onSetAsideChange('zendesk:acme.zendesk.com:1', () => heard.push('1'));
  const d = Escalation.parse({
    id: 'x',
    schemaVersion: 2,
    key: 'zendesk:acme.zendesk.com:1',
    createdAt: '2026-11-22T11:00:00.000Z',
    updatedAt: '2026-11-22T11:00:00.000Z',
  });
  await setAsideDraft(d, 5);
  await setAsideDraft({ ...d, key: 'zendesk:acme.zendesk.com:12' }, 6);
  await removeSetAside('zendesk:acme.zendesk.com:1', 5);
  stop();
  await setAsideDraft(d, 7);
  expect(heard).toEqual(['1', '1']);
});
