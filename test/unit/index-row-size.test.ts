import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { filterRecords } from '../../lib/followup/list';
import { INDEX_KEY, loadIndex } from '../../lib/platform/record-index';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';

beforeEach(() => fakeBrowser.reset());

// A summary pasted with a whole log in it (6 MB): every panel open read it back in the list's index, ~3.5 s.
const HUGE = `Export stops at 10,000 rows ${'x'.repeat(6_000_000)} tail-word`;

test("the Escalations list's index keeps the beginning of a huge summary, not all of it, and search finds what it keeps", async () => {
  await escalateDraft(
    draft({ id: 'big', key: 'zendesk:big', summary: HUGE, customer: { name: 'Dana', email: '', account: 'Acme' } }),
    NOW,
    DEFAULT_SETTINGS,
  );
  const [row] = await loadIndex();
  expect(row?.summary.startsWith('Export stops at 10,000 rows xxx')).toBe(true);
  expect(row?.summary.endsWith('…')).toBe(true);
  expect(row?.summary.length).toBeLessThanOrEqual(1001);
  expect(JSON.stringify((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY]).length).toBeLessThan(5_000);
  const rows = await loadIndex();
  expect(filterRecords(rows, { status: 'all', query: '10,000 rows' }).map((r) => r.id)).toEqual(['big']);
  expect(filterRecords(rows, { status: 'all', query: 'tail-word' })).toEqual([]);
});

test('a customer name, account or e-mail pasted huge is kept in the index as its beginning too', async () => {
  const long = `Acme ${'y'.repeat(100_000)}`;
  await escalateDraft(
    draft({ id: 'c', key: 'zendesk:c', summary: 'Login fails', customer: { name: long, email: long, account: long } }),
    NOW,
    DEFAULT_SETTINGS,
  );
  const [row] = await loadIndex();
  expect([row?.customer.name, row?.customer.email, row?.customer.account].map((t) => t?.length)).toEqual([
    1001, 1001, 1001,
  ]);
});
