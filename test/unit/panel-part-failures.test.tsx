import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Boot } from '../../components/boot';
import { App } from '../../components/Panel';
import { PartBoundary } from '../../components/PartBoundary';
import { Escalation } from '../../lib/escalation/model';
import { listSetAside, loadDraft, saveDraft, setAsideDraft } from '../../lib/platform/draft-store';
import { SETTINGS_KEY, updateSettings } from '../../lib/platform/settings-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { mount } from './support/mount';
import { ReadyPanel } from './support/ready-panel';

// A renderer bug the brief trips over, for as long as `failing` is set.
const brief = vi.hoisted(() => ({ failing: false }));
vi.mock('../../lib/brief/render', async (original) => {
  const real = await original<typeof import('../../lib/brief/render')>();
  return {
    ...real,
    renderBrief: (...args: Parameters<typeof real.renderBrief>) => {
      if (brief.failing) throw new Error('Cannot read properties of undefined (reading "label")');
      return real.renderBrief(...args);
    },
  };
});

beforeEach(() => {
  fakeBrowser.reset();
  brief.failing = false;
  // Messages are not served here (the panel shows their keys), and the failures are meant.
  vi.stubGlobal('fetch', async () => Response.json({}));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// Without messages loaded, the panel shows message keys: the tests look for those.
const buttonIn = (host: HTMLElement, name: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const settle = async (until: () => boolean) => {
  for (let i = 0; i < 250 && !until(); i++) await act(async () => new Promise((done) => setTimeout(done, 20)));
};

test('a brief that fails to draw takes down only the brief: the draft and Mark as escalated stay, and Try again draws it', async () => {
  const host = await mount(<ReadyPanel />);
  brief.failing = true;
  await act(async () => buttonIn(host, 'steps_brief').click());
  await settle(() => !!host.querySelector('[role="alert"]'));
  const alert = host.querySelector('[role="alert"]');
  expect(alert?.querySelector('p')?.textContent).toBe('app_partFailed');
  expect(alert?.querySelector('details:not([open])')?.textContent).toContain('reading "label"');
  expect(host.querySelector('#brief-heading')).toBeNull();
  expect(buttonIn(host, 'fields_markEscalated')).toBeTruthy();
  expect(host.querySelector('input[name="reportedBy"]')).not.toBeNull();

  brief.failing = false;
  await act(async () => buttonIn(host, 'app_drawAgain').click());
  expect(host.querySelector('[role="alert"]')).toBeNull();
  expect(host.querySelector('.preview pre, [class*="preview"] pre')?.textContent).toContain(
    'Exports stop for all EU customers',
  );
  await act(async () => buttonIn(host, 'steps_triage').click());
  expect(host.querySelector<HTMLInputElement>('input[name="summary"]')?.value).toBe(
    'Exports stop for all EU customers',
  );
});

test('a failed part stays folded while what it shows is unchanged, and is drawn again once it changes', async () => {
  let failing = true;
  function Part({ text }: { text: string }) {
    if (failing) throw new Error('bad text');
    return <p>{text}</p>;
  }
  const host = document.createElement('div');
  const root = createRoot(host);
  const show = (text: string) =>
    act(async () =>
      root.render(
        <PartBoundary from={text}>
          <Part text={text} />
        </PartBoundary>,
      ),
    );
  await show('first');
  expect(host.querySelector('[role="alert"] p')?.textContent).toBe('app_partFailed');
  failing = false;
  await show('first');
  expect(host.querySelector('[role="alert"] p')?.textContent).toBe('app_partFailed');
  await show('second');
  expect(host.textContent).toBe('second');
  act(() => root.unmount());
});

// Zendesk ticket 4821 open in a tab, read from its page as the panel opens.
async function panelOn4821() {
  const url = 'https://acme.zendesk.com/agent/tickets/4821';
  const tab = await fakeBrowser.tabs.create({ url });
  const boot: Boot = {
    settings: Promise.resolve(DEFAULT_SETTINGS),
    firstRead: Promise.resolve({
      tabId: tab.id,
      read: {
        ok: true,
        ticket: { helpdesk: 'zendesk', ticketId: '4821', url, source: 'dom', missing: [], subject: 'Export fails' },
        readMs: 1,
      },
    }),
  };
  const host = await mount(<App boundTabId={tab.id} boot={boot} />);
  await settle(() => !!host.querySelector('input[name="summary"]'));
  return host;
}

// Storage refuses writes under keys matching `refused` until `refusing` is cleared.
function refuseWrites(refused: (key: string) => boolean) {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  const remove = local.remove.bind(local);
  const state = { refusing: true };
  const refuses = (keys: string | string[] | Record<string, unknown>) =>
    state.refusing &&
    (typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys)).some(refused);
  const full = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
  vi.spyOn(local, 'set').mockImplementation(((items: Record<string, unknown>) =>
    refuses(items) ? full() : set(items)) as never);
  vi.spyOn(local, 'remove').mockImplementation(((keys: string | string[]) =>
    refuses(keys) ? full() : remove(keys)) as never);
  return state;
}

test('a language change storage refuses stays applied in the panel, says so, and is saved with the next change there', async () => {
  const host = await panelOn4821();
  const storage = refuseWrites((key) => key === SETTINGS_KEY);
  const choose = async (id: string, value: string) => {
    const select = host.querySelector<HTMLSelectElement>(id);
    if (!select) throw new Error(`no ${id}`);
    await act(async () => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  };
  const stored = async () =>
    (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<typeof DEFAULT_SETTINGS> | undefined;
  await choose('#ui-locale', 'zh-CN');
  await settle(() => !!host.querySelector('[role="alert"]'));
  expect(host.querySelector('[role="alert"]')?.textContent).toBe('app_settingsNotSaved');
  expect(host.querySelector<HTMLSelectElement>('#ui-locale')?.value).toBe('zh-CN');

  // The options page saves meanwhile: the panel keeps its language.
  storage.refusing = false;
  await updateSettings((s) => ({ ...s, reporter: { name: 'Dana', team: 'Support' } }));
  await act(async () => new Promise((done) => setTimeout(done, 50)));
  expect(host.querySelector<HTMLSelectElement>('#ui-locale')?.value).toBe('zh-CN');
  expect(host.querySelector('[role="alert"]')?.textContent).toBe('app_settingsNotSaved');

  // The agent's next change in the panel, their tier, writes the language with it.
  await act(async () => buttonIn(host, 'steps_target').click());
  await settle(() => !!host.querySelector('#agent-tier'));
  await choose('#agent-tier', 'l2');
  await settle(() => !host.querySelector('[role="alert"]'));
  expect(host.querySelector('[role="alert"]')).toBeNull();
  expect(host.querySelector<HTMLSelectElement>('#ui-locale')?.value).toBe('zh-CN');
  expect(await stored()).toMatchObject({ uiLocale: 'zh-CN', agentTier: 'l2', reporter: { name: 'Dana' } });
});

// Ticket 4821's draft ("Kept version") and a version of it set aside ("Set-aside version"), offered back.
async function panelOfferingSetAside() {
  const key = 'zendesk:acme.zendesk.com:4821';
  const draft = (summary: string, at: string) =>
    Escalation.parse({ id: 'd1', schemaVersion: 2, key, summary, createdAt: at, updatedAt: at });
  await saveDraft(draft('Kept version', '2026-11-22T11:00:00.000Z'));
  await setAsideDraft(draft('Set-aside version', '2026-11-22T10:00:00.000Z'), 1_764_000_000_000);
  const host = await panelOn4821();
  await settle(() => host.textContent?.includes('app_setAsideDraft') ?? false);
  return { key, host };
}

test('Use or Delete of a set-aside version that storage refuses keeps it offered and says why', async () => {
  const { key, host } = await panelOfferingSetAside();
  const storage = refuseWrites((k) => k.includes(key));

  await act(async () => buttonIn(host, 'app_discardSetAside').click());
  await settle(() => !!host.querySelector('[role="alert"]'));
  expect(host.querySelector('[role="alert"]')?.textContent).toBe('app_setAsideRefused');
  await act(async () => buttonIn(host, 'app_useSetAside').click());
  await settle(() => host.querySelectorAll('[role="alert"]').length > 0);
  expect(host.querySelector('[role="alert"]')?.textContent).toBe('app_setAsideRefused');
  expect(host.textContent).toContain('app_setAsideDraft');
  expect((await listSetAside(key)).map((item) => item.draft.summary)).toEqual(['Set-aside version']);
  expect(host.querySelector<HTMLInputElement>('input[name="summary"]')?.value).toBe('Kept version');

  storage.refusing = false;
  await act(async () => buttonIn(host, 'app_discardSetAside').click());
  await settle(() => !host.textContent?.includes('app_setAsideDraft'));
  expect(host.querySelector('[role="alert"]')).toBeNull();
  expect(await listSetAside(key)).toEqual([]);
});

test('Use this version that storage saves but whose copy it will not delete says the version is the draft now', async () => {
  const { key, host } = await panelOfferingSetAside();
  refuseWrites((k) => k.startsWith('quarantine:'));

  await act(async () => buttonIn(host, 'app_useSetAside').click());
  await settle(() => !!host.querySelector('[role="alert"]'));
  expect(host.querySelector('[role="alert"]')?.textContent).toBe('app_setAsideLeft');
  const stored = await loadDraft(key);
  expect(stored.state === 'ok' && stored.value.summary).toBe('Set-aside version');
  await settle(() => host.querySelector<HTMLInputElement>('input[name="summary"]')?.value === 'Set-aside version');
  expect(host.querySelector<HTMLInputElement>('input[name="summary"]')?.value).toBe('Set-aside version');
});
