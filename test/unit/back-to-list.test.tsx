import { act, useState } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationsView } from '../../components/escalations/EscalationsView';
import { indexRowOf } from '../../lib/escalation/migrate';
import type { Escalation } from '../../lib/escalation/model';
import { landingRow, leftFilter } from '../../lib/followup/back-to-list';
import { createLibrary } from '../../lib/patterns/library';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { mount } from './support/mount';

// Without messages loaded, the panel shows message keys: the tests look for those.
let host: HTMLDivElement;
let records: Escalation[];
// What the panel does when an escalation changes in storage: the view gets the new rows.
let setRecords: (next: Escalation[]) => void;

function View() {
  const [rows, set] = useState(records);
  const [patterns, setPatterns] = useState(() => {
    const library = createLibrary();
    for (const r of records) library.put(r, 'record');
    return { library, version: 0 };
  });
  setRecords = (next) => {
    set(next);
    for (const r of next) patterns.library.put(r, 'record');
    setPatterns({ library: patterns.library, version: patterns.version + 1 });
  };
  return <EscalationsView records={rows.map(indexRowOf)} now={NOW} settings={DEFAULT_SETTINGS} patterns={patterns} />;
}

beforeEach(async () => {
  fakeBrowser.reset();
  const escalated = (id: string, summary: string, account: string) =>
    escalateDraft(
      draft({ id, key: `zendesk:${id}`, summary, customer: { name: '', email: '', account } }),
      NOW,
      DEFAULT_SETTINGS,
    );
  records = [
    await escalated('e1', 'CSV export stops at 10,000 rows', 'Globex'),
    await escalated('e2', 'CSV export cut off at 10,000 rows', 'Umbrella'),
    await escalated('e3', 'Login loops back to the sign-in page', 'Initech'),
  ];
  host = await mount(<View />);
});

const settle = () => act(async () => new Promise((done) => setTimeout(done, 20)));
const click = async (b: HTMLButtonElement) => {
  b.focus();
  await act(async () => b.click());
  await settle();
};
const button = (name: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const rows = () => [...host.querySelectorAll<HTMLButtonElement>('button[data-record]')];
const said = () => [...host.querySelectorAll('[role="status"]')].map((p) => p.textContent);

test('back from one opened in Patterns lands on that member in Patterns', async () => {
  await click(button('patterns_tabPatterns'));
  await settle();
  const member = button('CSV export cut off');
  await click(member);
  expect(document.activeElement?.tagName).toBe('H2');
  await click(button('esc_back'));
  await settle();
  expect(document.activeElement?.textContent).toContain('CSV export cut off');
  expect(document.activeElement?.closest('ol')).not.toBeNull();
});

test('back from one resolved meanwhile: the Open filter no longer shows it, so focus lands on the row after it and the list says why', async () => {
  const [, middle, after] = rows();
  const id = middle?.dataset.record;
  await click(middle as HTMLButtonElement);
  await act(async () => setRecords(records.map((r) => (r.id === id ? { ...r, status: 'resolved' as const } : r))));
  await click(button('esc_back'));
  expect(rows().map((b) => b.dataset.record)).not.toContain(id);
  expect(document.activeElement).toBe(rows().find((b) => b.dataset.record === after?.dataset.record));
  expect(said()).toContain('esc_left_resolved');
});

test('back from one resolved meanwhile in Patterns, which groups open escalations: a line says why it is gone', async () => {
  await click(button('patterns_tabPatterns'));
  await settle();
  await click(button('CSV export cut off'));
  const id = records.find((r) => r.summary.startsWith('CSV export cut off'))?.id;
  await act(async () => setRecords(records.map((r) => (r.id === id ? { ...r, status: 'resolved' as const } : r))));
  await click(button('esc_back'));
  await settle();
  expect(rows().map((b) => b.dataset.record)).not.toContain(id);
  expect(said()).toContain('esc_left_patterns');
  await click(button('patterns_tabList'));
  expect(said()).not.toContain('esc_left_patterns');
});

test('the last row gone, focus lands on the one before it; a changed severity is why a severity filter left one out', () => {
  expect(landingRow('c', ['a', 'b', 'c'], ['a', 'b'])).toBe('b');
  expect(landingRow('b', ['a', 'b', 'c'], ['a', 'c'])).toBe('c');
  expect(landingRow('a', ['a'], [])).toBeUndefined();
  const row = indexRowOf({ ...(records[0] as Escalation), severity: 'critical' });
  expect(leftFilter(row, { status: 'open', severity: 'high', query: '' })).toBe('severity');
  expect(leftFilter({ ...row, status: 'resolved' }, { status: 'open', severity: 'high', query: '' })).toBe('status');
  expect(leftFilter(row, { status: 'all', query: '' })).toBeUndefined();
});

test('a large cluster shows the first ten reported; shown whole, it stays whole after a visit to a member', async () => {
  const more: Escalation[] = [];
  for (let i = 0; i < 10; i++) {
    more.push(
      await escalateDraft(
        draft({
          id: `c${i}`,
          key: `zendesk:c${i}`,
          summary: 'CSV export stops at 10,000 rows',
          customer: { name: '', email: '', account: `Acme ${i}` },
        }),
        NOW,
        DEFAULT_SETTINGS,
      ),
    );
  }
  await act(async () => setRecords([...records, ...more]));
  await click(button('patterns_tabPatterns'));
  await settle();
  expect(rows()).toHaveLength(10);
  const whole = button('patterns_clusterAll');
  expect(whole.getAttribute('aria-expanded')).toBe('false');
  await click(whole);
  expect(rows()).toHaveLength(12);
  const last = rows()[11] as HTMLButtonElement;
  const id = last.dataset.record;
  await click(last);
  await click(button('esc_back'));
  await settle();
  expect(rows()).toHaveLength(12);
  expect((document.activeElement as HTMLElement | null)?.dataset.record).toBe(id);
  await click(button('patterns_clusterFewer'));
  expect(rows()).toHaveLength(10);
});
