import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexRowOf, RECORD_INDEX_VERSION } from '../../lib/escalation/migrate';
import type { Escalation } from '../../lib/escalation/model';
import { DATES_KEY, INDEX_KEY, OPEN_KEY } from '../../lib/platform/record-index';
import { draft } from './engine-draft';
import { mount } from './support/mount';
import { ReadyPanel } from './support/ready-panel';

const TICKET = 'zendesk:acme.zendesk.com:4821';
const existing: Escalation = draft({
  id: 'r1',
  key: TICKET,
  status: 'escalated',
  severity: 'high',
  summary: 'CSV export stops at 10,000 rows',
});

let indexReads: () => number;
beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({
    'record:r1': existing,
    [INDEX_KEY]: { version: RECORD_INDEX_VERSION, rows: { r1: indexRowOf(existing) } },
    [OPEN_KEY]: { version: 1, byTicket: { [TICKET]: ['r1'] } },
    [DATES_KEY]: { version: 1, newestFirst: ['r1'] },
  });
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  indexReads = () => get.mock.calls.filter(([keys]) => [keys].flat().includes(INDEX_KEY)).length;
});

// Without messages loaded, the panel shows message keys.
const notice = (host: HTMLElement) =>
  [...host.querySelectorAll('[role="status"]')].find((p) => p.textContent?.includes('app_alreadyOpen'));
const until = async (done: () => boolean) => {
  for (let i = 0; i < 250 && !done(); i++) await act(async () => new Promise((r) => setTimeout(r, 20)));
  return done();
};

test('says the ticket is already escalated without reading the record index first', async () => {
  const host = await mount(<ReadyPanel ticketKey={TICKET} />);
  expect(await until(() => notice(host) !== undefined)).toBe(true);
  expect(notice(host)?.querySelector('button')?.textContent).toBe('app_openExisting');
  expect(indexReads()).toBe(0);
  // With few stored, the Escalations tab's rows are read ahead once similar-issue matching has counted them.
  expect(await until(() => indexReads() > 0)).toBe(true);
});

test('the notice goes when the escalation is resolved elsewhere', async () => {
  const host = await mount(<ReadyPanel ticketKey={TICKET} />);
  expect(await until(() => notice(host) !== undefined)).toBe(true);
  const resolved = { ...existing, status: 'resolved' as const };
  await act(async () => {
    await fakeBrowser.storage.local.set({
      'record:r1': resolved,
      [INDEX_KEY]: { version: RECORD_INDEX_VERSION, rows: { r1: indexRowOf(resolved) } },
      [OPEN_KEY]: { version: 1, byTicket: {} },
    });
  });
  expect(await until(() => notice(host) === undefined)).toBe(true);
});

test('with more than 3,000 stored, the Escalations tab’s rows are read when it is opened, not ahead', async () => {
  const many = Object.fromEntries(
    Array.from({ length: 3_001 }, (_, i) => [
      `record:m${i}`,
      draft({ id: `m${i}`, key: `zendesk:acme.zendesk.com:${i}`, status: 'resolved', summary: `Issue ${i}` }),
    ]),
  );
  await fakeBrowser.storage.local.set({
    ...many,
    [DATES_KEY]: { version: 1, newestFirst: ['r1', ...Object.keys(many).map((k) => k.slice('record:'.length))] },
  });
  const host = await mount(<ReadyPanel ticketKey={TICKET} />);
  const indexing = () => host.textContent?.includes('patterns_progress') ?? false;
  expect(await until(indexing)).toBe(true);
  expect(await until(() => !indexing())).toBe(true);
  await act(async () => new Promise((r) => setTimeout(r, 100)));
  expect(indexReads()).toBe(0);
  const tab = [...host.querySelectorAll('button')].find((b) => b.textContent === 'esc_tab');
  await act(async () => tab?.click());
  expect(await until(() => indexReads() > 0)).toBe(true);
});
