import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildExport, planImport } from '../../lib/data/backup';
import { Escalation } from '../../lib/escalation/model';
import { logUpdate } from '../../lib/followup/actions';
import { deleteAllStored, importInTurn } from '../../lib/platform/data-store';
import { saveDraft } from '../../lib/platform/draft-store';
import { escalateDraft, updateRecord } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { stubLocks } from './support/web-locks';

beforeEach(() => fakeBrowser.reset());

test('escalating moves the draft into a record with an audit entry, and the draft is gone', async () => {
  const d = draft({ summary: 'Exports stop at 10,000 rows', severity: 'high', target: 'engineering' });
  await saveDraft(d);
  const record = await escalateDraft(d, new Date('2026-11-22T13:00:00Z'), DEFAULT_SETTINGS);
  const stored = await fakeBrowser.storage.local.get(null);
  expect(stored[`draft:${d.key}`]).toBeUndefined();
  const saved = Escalation.parse(stored[`record:${d.id}`]);
  expect(saved).toEqual(record);
  expect(saved).toMatchObject({
    status: 'escalated',
    summary: 'Exports stop at 10,000 rows',
    updatedAt: '2026-11-22T13:00:00.000Z',
  });
  expect(saved.log).toEqual([{ at: '2026-11-22T13:00:00.000Z', kind: 'created', text: 'Escalated' }]);
  // High: check in with the team every 4 h, update the customer in 4-8 h.
  expect(saved.followUps).toMatchObject({
    internal: { dueAt: '2026-11-22T17:00:00.000Z', overdueAt: '2026-11-22T17:00:00.000Z' },
    customer: { dueAt: '2026-11-22T17:00:00.000Z', overdueAt: '2026-11-22T21:00:00.000Z' },
  });
});

test('an action applies to the record as stored now; a record no longer stored is not written back', async () => {
  const d = draft({ summary: 'Exports stop at 10,000 rows', severity: 'high' });
  const record = await escalateDraft(d, new Date('2026-11-22T13:00:00Z'), DEFAULT_SETTINGS);
  // Another panel logged an update after this one last read the record.
  const elsewhere = logUpdate(
    record,
    'note',
    'Called the customer',
    new Date('2026-11-22T14:00:00Z'),
    DEFAULT_SETTINGS,
  );
  if (!elsewhere.ok) throw new Error(elsewhere.error);
  await fakeBrowser.storage.local.set({ [`record:${d.id}`]: elsewhere.record });
  const at = new Date('2026-11-22T14:05:00Z');
  const result = await updateRecord(d.id, (stored) =>
    logUpdate(stored, 'note', 'Engineering on it', at, DEFAULT_SETTINGS),
  );
  expect(result.ok).toBe(true);
  const stored = Escalation.parse((await fakeBrowser.storage.local.get(`record:${d.id}`))[`record:${d.id}`]);
  expect(stored.log.map((e) => e.text)).toEqual(['Escalated', 'Called the customer', 'Engineering on it']);

  await fakeBrowser.storage.local.remove(`record:${d.id}`);
  expect(await updateRecord(d.id, (s) => logUpdate(s, 'note', 'Lost?', at, DEFAULT_SETTINGS))).toEqual({
    ok: false,
    error: 'gone',
  });
  expect(await fakeBrowser.storage.local.get(`record:${d.id}`)).toEqual({});
});

// Starts `other` as the next storage read returns (a change has read what it will write over, not yet
// written it), and gives a wait for it.
function startWhileRead(other: () => Promise<unknown>): () => Promise<unknown> {
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  let started: Promise<unknown> | undefined;
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
    const read = await get(keys);
    started = other();
    await new Promise((done) => setTimeout(done, 5));
    return read;
  });
  return async () => started;
}

test('Delete all data in the middle of a logged update leaves nothing behind', async () => {
  stubLocks();
  try {
    const d = draft({ summary: 'Exports stop at 10,000 rows', severity: 'high' });
    await escalateDraft(d, new Date('2026-11-22T13:00:00Z'), DEFAULT_SETTINGS);
    const at = new Date('2026-11-22T14:00:00Z');
    // Delete all is clicked on the options page while the panel has read the record and not yet written it.
    const deleting = startWhileRead(deleteAllStored);
    await updateRecord(d.id, (s) => logUpdate(s, 'note', 'Logged as Delete all was clicked', at, DEFAULT_SETTINGS));
    await deleting();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  } finally {
    vi.unstubAllGlobals();
  }
});

test('an import planned while an update is being logged plans from the logged update, and keeps it', async () => {
  stubLocks();
  try {
    const d = draft({ summary: 'Exports stop at 10,000 rows', severity: 'high' });
    const record = await escalateDraft(d, new Date('2026-11-22T13:00:00Z'), DEFAULT_SETTINGS);
    // A backup of the same escalation, saved after it was escalated but before the update below.
    const backup = { ...record, summary: 'From the backup', updatedAt: '2026-11-22T13:30:00.000Z' };
    const file = JSON.stringify({ ...buildExport({}, new Date()), items: { [`record:${d.id}`]: backup } });
    const importing = startWhileRead(() => importInTurn((stored) => planImport(file, stored)));
    const at = new Date('2026-11-22T14:00:00Z');
    await updateRecord(d.id, (s) => logUpdate(s, 'note', 'Logged during the import', at, DEFAULT_SETTINGS));
    await importing();
    const stored = Escalation.parse((await fakeBrowser.storage.local.get(`record:${d.id}`))[`record:${d.id}`]);
    expect([stored.summary, stored.log.at(-1)?.text]).toEqual([
      'Exports stop at 10,000 rows',
      'Logged during the import',
    ]);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('two changes made in the same moment (two panels, or Snooze and Log update) are both kept', async () => {
  stubLocks();
  try {
    const d = draft({ summary: 'Exports stop at 10,000 rows', severity: 'high' });
    await escalateDraft(d, new Date('2026-11-22T13:00:00Z'), DEFAULT_SETTINGS);
    const at = new Date('2026-11-22T14:00:00Z');
    await Promise.all([
      updateRecord(d.id, (s) => logUpdate(s, 'note', 'From panel A', at, DEFAULT_SETTINGS)),
      updateRecord(d.id, (s) => logUpdate(s, 'note', 'From panel B', at, DEFAULT_SETTINGS)),
    ]);
    const stored = Escalation.parse((await fakeBrowser.storage.local.get(`record:${d.id}`))[`record:${d.id}`]);
    expect(stored.log.map((e) => e.text)).toEqual(['Escalated', 'From panel A', 'From panel B']);
  } finally {
    vi.unstubAllGlobals();
  }
});
