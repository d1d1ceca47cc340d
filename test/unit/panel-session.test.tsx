import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Boot } from '../../components/boot';
import { Panel } from '../../components/Panel';
import { type PanelSession, usePanelSession } from '../../components/usePanelSession';
import { Escalation } from '../../lib/escalation/model';
import type { ReadTicketResult } from '../../lib/messages/panel';
import { saveDraft } from '../../lib/platform/draft-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { mount } from './support/mount';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => fakeBrowser.reset());

async function sessionAfter(read: ReadTicketResult, url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  const boot: Boot = {
    settings: Promise.resolve(DEFAULT_SETTINGS),
    firstRead: Promise.resolve({ tabId: tab.id, read }),
  };
  let session = { phase: 'loading' } as PanelSession;
  function Harness() {
    session = usePanelSession(tab.id, boot, DEFAULT_SETTINGS).session;
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Harness />));
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  act(() => root.unmount());
  return session;
}

// A draft typed on the ticket the day before.
const earlierDraft = (key: string) =>
  Escalation.parse({
    id: 'd1',
    schemaVersion: 2,
    key,
    summary: 'My earlier draft',
    createdAt: '2026-11-22T11:00:00.000Z',
    updatedAt: '2026-11-22T11:00:00.000Z',
  });

test("a read that failed on a ticket's address opens that ticket's draft, not the blank one", async () => {
  const key = 'zendesk:acme.zendesk.com:4821';
  await saveDraft(earlierDraft(key));
  const failed = await sessionAfter({ ok: false, reason: 'failed' }, 'https://acme.zendesk.com/agent/tickets/4821');
  expect(failed.phase === 'ready' && [failed.draft.key, failed.draft.summary]).toEqual([key, 'My earlier draft']);

  const fresh = await sessionAfter({ ok: false, reason: 'unreachable' }, 'https://acme.zendesk.com/agent/tickets/77');
  expect(fresh.phase === 'ready' && [fresh.draft.key, fresh.draft.ticketUrl]).toEqual([
    'zendesk:acme.zendesk.com:77',
    'https://acme.zendesk.com/agent/tickets/77',
  ]);

  const elsewhere = await sessionAfter(
    { ok: false, reason: 'not-a-ticket' },
    'https://acme.zendesk.com/agent/dashboard',
  );
  expect(elsewhere.phase === 'ready' && elsewhere.draft.key).toBe('blank');
});

// Zendesk ticket 4821 open in a tab, read from the API as the panel opens.
async function ticket4821(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  const read: ReadTicketResult = {
    ok: true,
    ticket: { helpdesk: 'zendesk', ticketId: '4821', url, source: 'api', missing: [], subject: 'Export fails' },
    readMs: 1,
  };
  const boot: Boot = {
    settings: Promise.resolve(DEFAULT_SETTINGS),
    firstRead: Promise.resolve({ tabId: tab.id, read }),
  };
  return { tab, boot };
}

test('Start a new draft for the ticket just escalated does not offer again the matches dismissed on it', async () => {
  const url = 'https://acme.zendesk.com/agent/tickets/4821';
  const { tab, boot } = await ticket4821(url);
  let api = {} as ReturnType<typeof usePanelSession>;
  function Harness() {
    api = usePanelSession(tab.id, boot, DEFAULT_SETTINGS);
    return null;
  }
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(<Harness />));
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  const first = api.session.phase === 'ready' ? api.session.draft : undefined;
  if (!first) throw new Error('no draft');
  await act(() => api.escalate({ ...first, patterns: { ...first.patterns, dismissed: ['other-1', 'other-2'] } }));
  await act(() => api.newDraft());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  act(() => root.unmount());
  const next = api.session.phase === 'ready' ? api.session.draft : undefined;
  expect(next && next.id !== first.id && next.key === first.key).toBe(true);
  expect(next?.patterns.dismissed).toEqual(['other-1', 'other-2']);
  expect(next?.patterns.linked).toEqual([]);
});

test('a draft storage would not read is not replaced by a fresh one: the panel says so and reads it again on Try again', async () => {
  const url = 'https://acme.zendesk.com/agent/tickets/4821';
  const key = 'zendesk:acme.zendesk.com:4821';
  const stored = earlierDraft(key);
  await saveDraft(stored);
  const { tab, boot } = await ticket4821(url);
  const original = fakeBrowser.storage.local.get;
  const get = (k: string): Promise<Record<string, unknown>> => Reflect.apply(original, fakeBrowser.storage.local, [k]);
  let refuse = true;
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: string) =>
    refuse && keys === `draft:${key}` ? Promise.reject(new Error('IO error: database locked')) : get(keys)) as never);
  function Harness() {
    const api = usePanelSession(tab.id, boot, DEFAULT_SETTINGS);
    return <Panel api={api} settings={DEFAULT_SETTINGS} onSettings={() => undefined} boundTabId={tab.id} />;
  }
  const host = await mount(<Harness />);
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(host.querySelector('[role="alert"]')?.textContent).toContain('app_draftUnreadable');
  expect(host.querySelector('input[name="summary"]')).toBeNull();
  expect((await get(`draft:${key}`))[`draft:${key}`]).toEqual(stored);
  // The helpdesk moving within the same ticket is no other ticket.
  await act(async () => {
    await fakeBrowser.tabs.update(tab.id, { url: `${url}#comment-2` });
  });
  expect(host.textContent).not.toContain('app_moved');

  refuse = false;
  const again = [...host.querySelectorAll('button')].find((b) => b.textContent === 'app_readDraftAgain');
  await act(async () => again?.click());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(host.querySelector('[role="alert"]')).toBeNull();
  expect(host.querySelector<HTMLInputElement>('input[name="summary"]')?.value).toBe('My earlier draft');
});

test("a draft kept under this ticket's key that names another ticket is set aside, not opened nor written over that ticket's", async () => {
  const here = 'zendesk:acme.zendesk.com:4821';
  const other = 'zendesk:acme.zendesk.com:4823';
  const misfiled = { ...earlierDraft(other), summary: 'Hand-edited into the wrong key' };
  await fakeBrowser.storage.local.set({ [`draft:${here}`]: misfiled, [`draft:${other}`]: earlierDraft(other) });

  const session = await sessionAfter({ ok: false, reason: 'failed' }, 'https://acme.zendesk.com/agent/tickets/4821');

  expect(session.phase === 'ready' && [session.draft.key, session.draft.summary]).toEqual([here, '']);
  const aside = session.phase === 'ready' ? session.quarantined : undefined;
  expect(aside?.startsWith(`quarantine:draft:${here}:`)).toBe(true);
  const stored = await fakeBrowser.storage.local.get(null);
  expect(stored[aside ?? '']).toEqual(misfiled);
  expect(stored[`draft:${here}`]).toBeUndefined();
  expect(stored[`draft:${other}`]).toEqual(earlierDraft(other));
});
