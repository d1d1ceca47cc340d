import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationsView } from '../../components/escalations/EscalationsView';
import { indexRowOf } from '../../lib/escalation/migrate';
import { createLibrary, type PatternLibrary } from '../../lib/patterns/library';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { mount } from './support/mount';

let library: PatternLibrary;
const records = [
  ['e1', 'CSV export stops at 10,000 rows', 'Globex'],
  ['e2', 'CSV export cut off at 10,000 rows', 'Umbrella'],
  ['e3', 'Login loops back to the sign-in page', 'Initech'],
].map(([id, summary, account]) =>
  draft({ id, key: `zendesk:${id}`, status: 'escalated', summary, customer: { name: '', email: '', account } }),
);

beforeEach(() => {
  fakeBrowser.reset();
  library = createLibrary();
  for (const r of records) library.put(r, 'record');
});

const view = (version: number) => (
  <EscalationsView
    records={records.map(indexRowOf)}
    now={NOW}
    settings={DEFAULT_SETTINGS}
    patterns={{ library, version }}
  />
);
const settle = () => act(async () => new Promise((done) => setTimeout(done, 20)));
const click = async (host: HTMLElement, name: string) => {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  await act(async () => button?.click());
};
const clusters = (host: HTMLElement) => host.querySelector('ol[aria-label="patterns_clusters"]');

test('the Patterns tab opened again with nothing written since shows its clusters at once, not compared again', async () => {
  const compare = vi.spyOn(library, 'clusters');
  const host = await mount(view(1));
  await click(host, 'patterns_tabPatterns');
  await settle();
  expect(clusters(host)?.textContent).toContain('CSV export cut off at 10,000 rows');
  await click(host, 'patterns_tabList');
  await click(host, 'patterns_tabPatterns');
  expect(clusters(host)?.textContent).toContain('CSV export cut off at 10,000 rows');
  expect(compare).toHaveBeenCalledTimes(1);
});

test('with something written since (the library changed), the clusters are found again', async () => {
  const compare = vi.spyOn(library, 'clusters');
  const first = await mount(view(1));
  await click(first, 'patterns_tabPatterns');
  await settle();
  const second = await mount(view(2));
  await click(second, 'patterns_tabPatterns');
  await settle();
  expect(compare).toHaveBeenCalledTimes(2);
});
