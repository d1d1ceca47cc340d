import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationsView } from '../../components/escalations/EscalationsView';
import { indexRowOf } from '../../lib/escalation/migrate';
import { filterRecords } from '../../lib/followup/list';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { BLANK_ACCOUNT_AT_GLOBEX, draft, NOW } from './engine-draft';
import { mount } from './support/mount';

// Without messages loaded, the panel shows message keys: "followup_noCustomer" is "Unnamed customer".
let host: HTMLDivElement;

beforeEach(async () => {
  fakeBrowser.reset();
  const named = (id: string, name: string, account: string) =>
    escalateDraft(
      draft({ id, key: `zendesk:${id}`, summary: `Issue ${id}`, customer: { name, email: '', account } }),
      NOW,
      DEFAULT_SETTINGS,
    );
  const globex = await escalateDraft(
    draft({
      id: 'globex',
      key: 'zendesk:globex',
      summary: 'Issue globex',
      ...BLANK_ACCOUNT_AT_GLOBEX,
    }),
    NOW,
    DEFAULT_SETTINGS,
  );
  const records = [await named('blank', ' ', '  '), await named('dana', 'Dana', ' '), globex];
  host = await mount(
    <EscalationsView
      records={records.map(indexRowOf)}
      now={NOW}
      settings={DEFAULT_SETTINGS}
      patterns={{ library: undefined, version: 0 }}
    />,
  );
});

const row = (id: string) => host.querySelector(`button[data-record="${id}"]`) as HTMLButtonElement;

test('an account or customer name of only spaces is no name, in the list and the escalation', async () => {
  expect(row('blank').querySelector('strong')?.textContent).toBe('followup_noCustomer');
  expect(row('dana').querySelector('strong')?.textContent).toBe('Dana');
  await act(async () => row('blank').click());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(host.querySelector('h2')?.textContent).toBe('followup_noCustomer — Issue blank');
});

test('the list and the escalation name the customer as the brief does: the helpdesk organization before the requester', async () => {
  expect(row('globex').querySelector('strong')?.textContent).toBe('Globex');
  await act(async () => row('globex').click());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(host.querySelector('h2')?.textContent).toBe('Globex — Issue globex');
});

test('a search for the organization finds the escalation it names', () => {
  const indexed = indexRowOf(
    draft({
      id: 'g',
      ...BLANK_ACCOUNT_AT_GLOBEX,
    }),
  );
  expect(filterRecords([indexed], { status: 'all', query: 'globex' })).toHaveLength(1);
});
