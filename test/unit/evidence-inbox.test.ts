import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ticketKeyAt } from '../../lib/helpdesks/registry';
import { setUpSelectionMenu } from '../../lib/platform/context-menu';
import { addToInbox, MAX_SELECTION_CHARS, takeInbox } from '../../lib/platform/evidence-inbox';
import { titleToolbarButton } from '../../lib/platform/panel';
import { updateSettings } from '../../lib/platform/settings-store';
import { servedMessages, serveLocaleMessages } from './support/messages';

beforeEach(() => {
  fakeBrowser.reset();
  // The worker reads the compiled messages of the panel's language from the extension's own files.
  serveLocaleMessages();
});
afterEach(() => vi.unstubAllGlobals());

describe('the evidence inbox', () => {
  test('selections queue per ticket and are taken once', async () => {
    await addToInbox('zendesk:1', 'ERROR one');
    await addToInbox('zendesk:1', 'ERROR two');
    await addToInbox('zendesk:2', 'other ticket');
    expect(await takeInbox('zendesk:1')).toEqual(['ERROR one', 'ERROR two']);
    expect(await takeInbox('zendesk:1')).toEqual([]);
    expect(await takeInbox('zendesk:2')).toEqual(['other ticket']);
  });

  test('a selection loses what could reorder it, as ticket text does', async () => {
    await addToInbox('zendesk:4', 'Attachment \u202egnp.exe\u202c failed');
    expect(await takeInbox('zendesk:4')).toEqual(['Attachment gnp.exe failed']);
  });

  test('a huge selection is cut, and an unreadable inbox is set aside, not dropped, nor in the way', async () => {
    await fakeBrowser.storage.local.set({ 'inbox:zendesk:3': 'not a list' });
    await addToInbox('zendesk:3', 'x'.repeat(MAX_SELECTION_CHARS + 10));
    const [item, ...rest] = await takeInbox('zendesk:3');
    expect(item?.length).toBe(MAX_SELECTION_CHARS);
    expect(rest).toEqual([]);
    const all = await fakeBrowser.storage.local.get(null);
    const aside = Object.keys(all).filter((k) => k.startsWith('quarantine:inbox:zendesk:3:'));
    expect(aside.map((k) => all[k])).toEqual(['not a list']);
    expect(Object.keys(all).filter((k) => k.startsWith('inbox:'))).toEqual([]);
  });

  test('a selection picked while the panel takes the inbox waits for the next take', async () => {
    await addToInbox('zendesk:5', 'first');
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    // The second pick lands between the panel's read and its removal of what it read.
    let picked = false;
    const during = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const read = await get(keys);
      // The read of the waiting selections' values (a list of keys), not the listing of the keys.
      if (!picked && Array.isArray(keys)) {
        picked = true;
        await addToInbox('zendesk:5', 'second');
      }
      return read;
    });
    expect(await takeInbox('zendesk:5')).toEqual(['first']);
    during.mockRestore();
    expect(await takeInbox('zendesk:5')).toEqual(['second']);
  });

  test('a list an earlier release queued is taken first, then the selections since', async () => {
    await fakeBrowser.storage.local.set({ 'inbox:zendesk:6': ['from before the update'] });
    await addToInbox('zendesk:6', 'after the update');
    await addToInbox('zendesk:60', 'another ticket whose key starts alike');
    expect(await takeInbox('zendesk:6')).toEqual(['from before the update', 'after the update']);
    expect(await takeInbox('zendesk:60')).toEqual(['another ticket whose key starts alike']);
  });
});

describe('which ticket a URL shows', () => {
  test.each([
    [
      'https://acme.zendesk.com/agent/tickets/4821',
      { key: 'zendesk:acme.zendesk.com:4821', ticketId: '4821', helpdesk: 'zendesk' },
    ],
    [
      'https://acme.zendesk.com/agent/tickets/4821/events',
      { key: 'zendesk:acme.zendesk.com:4821', ticketId: '4821', helpdesk: 'zendesk' },
    ],
    ['https://acme.zendesk.com/agent/dashboard', undefined],
    ['https://example.com/agent/tickets/1', undefined],
    ['not a url', undefined],
  ])('%s', (url, expected) => {
    expect(ticketKeyAt(url)).toEqual(expected);
  });
});

describe('"Add selection as evidence" (the context menu)', () => {
  // The fake browser has no contextMenus: a stand-in records what the worker asks of it.
  function menuStandIn() {
    const created: { id: string; title: string; documentUrlPatterns: string[] }[] = [];
    const updated: { title: string; documentUrlPatterns: string[] }[] = [];
    let onClick: ((info: object, tab?: { url?: string }) => Promise<void>) | undefined;
    Object.assign(fakeBrowser, {
      contextMenus: {
        create: (props: { id: string; title: string; documentUrlPatterns: string[] }) => created.push(props),
        update: async (_id: string, props: { title: string; documentUrlPatterns: string[] }) => updated.push(props),
        onClicked: { addListener: (fn: typeof onClick) => (onClick = fn) },
      },
    });
    return { created, updated, click: (info: object, tab?: { url?: string }) => onClick?.(info, tab) };
  }

  test('shown on helpdesks and custom domains; a selection goes to the inbox of the ticket the tab shows', async () => {
    const menu = menuStandIn();
    await fakeBrowser.storage.local.set({
      settings: { schemaVersion: 2, customDomains: ['https://support.acme.com'] },
    });
    setUpSelectionMenu('Add selection as evidence');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menu.created[0]?.id).toBe('add-selection-as-evidence'));
    expect(menu.created[0]?.documentUrlPatterns).toEqual(
      expect.arrayContaining(['https://*.zendesk.com/*', 'https://support.acme.com/*']),
    );

    const id = 'add-selection-as-evidence';
    await menu.click(
      { menuItemId: id, selectionText: '  HTTP 502 at 09:14  ' },
      { url: 'https://acme.zendesk.com/agent/tickets/4821' },
    );
    await menu.click(
      { menuItemId: id, selectionText: 'on the custom domain' },
      { url: 'https://support.acme.com/agent/tickets/77' },
    );
    await menu.click(
      { menuItemId: id, selectionText: 'not a ticket' },
      { url: 'https://acme.zendesk.com/agent/dashboard' },
    );
    await menu.click(
      { menuItemId: 'other', selectionText: 'another menu' },
      { url: 'https://acme.zendesk.com/agent/tickets/4821' },
    );
    await menu.click({ menuItemId: id, selectionText: '   ' }, { url: 'https://acme.zendesk.com/agent/tickets/4821' });
    expect(await takeInbox('zendesk:acme.zendesk.com:4821')).toEqual(['HTTP 502 at 09:14']);
    expect(await takeInbox('zendesk:support.acme.com:77')).toEqual(['on the custom domain']);
  });

  test("the menu item and the toolbar button's title speak the panel's language, and follow it", async () => {
    const menu = menuStandIn();
    const titles: string[] = [];
    vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(async ({ title }) => void titles.push(String(title)));
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 2, uiLocale: 'zh-CN' } });
    setUpSelectionMenu('Add selection as evidence (browser language)');
    titleToolbarButton();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menu.created[0]?.title).toBe('将所选内容添加为证据（升级简报）'));
    await vi.waitFor(() => expect(titles).toEqual(['打开升级简报']));

    await updateSettings((s) => ({ ...s, uiLocale: 'en' }));
    await vi.waitFor(() => expect(menu.updated.at(-1)?.title).toBe('Add selection as evidence (Escalation Brief)'));
    await vi.waitFor(() => expect(titles.at(-1)).toBe('Open Escalation Brief'));
  });

  test("Firefox's sidebar title speaks the panel's language, and follows it", async () => {
    const sidebar: string[] = [];
    const setTitle = async ({ title }: { title: string }) => void sidebar.push(title);
    Object.assign(fakeBrowser, { sidebarAction: { setTitle } });
    try {
      await fakeBrowser.storage.local.set({ settings: { schemaVersion: 2, uiLocale: 'zh-CN' } });
      titleToolbarButton();
      await vi.waitFor(() => expect(sidebar).toEqual(['升级简报']));
      await updateSettings((s) => ({ ...s, uiLocale: 'en' }));
      await vi.waitFor(() => expect(sidebar.at(-1)).toBe('Escalation Brief'));
    } finally {
      Reflect.deleteProperty(fakeBrowser, 'sidebarAction');
    }
  });

  test("without the panel language's messages the menu is still made, in the browser's language", async () => {
    const menu = menuStandIn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 2, uiLocale: 'zh-CN' } });
    // A worker just started: no language read yet.
    vi.resetModules();
    const fresh = await import('../../lib/platform/context-menu');
    fresh.setUpSelectionMenu('Add selection as evidence (browser language)');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(menu.created[0]?.title).toBe('Add selection as evidence (browser language)'));
  });

  test('a language read late does not undo the sites or language chosen after it', async () => {
    const menu = menuStandIn();
    const titles: string[] = [];
    vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(async ({ title }) => void titles.push(String(title)));
    // Chinese messages take a while to read the first time.
    vi.stubGlobal('fetch', async (url: string) =>
      url.includes('zh_CN')
        ? new Promise((done) => setTimeout(() => done(servedMessages(url)), 30))
        : servedMessages(url),
    );
    // A worker just started: no language read yet.
    vi.resetModules();
    (await import('../../lib/platform/context-menu')).setUpSelectionMenu('Add selection as evidence');
    (await import('../../lib/platform/panel')).titleToolbarButton();
    await updateSettings((s) => ({ ...s, uiLocale: 'zh-CN' }));
    await updateSettings((s) => ({ ...s, uiLocale: 'en', customDomains: ['https://support.acme.com'] }));
    await new Promise((done) => setTimeout(done, 80));
    expect(menu.updated.filter((u) => u.title).at(-1)?.title).toBe('Add selection as evidence (Escalation Brief)');
    expect(menu.updated.filter((u) => u.documentUrlPatterns).at(-1)?.documentUrlPatterns).toContain(
      'https://support.acme.com/*',
    );
    expect(titles.at(-1)).toBe('Open Escalation Brief');
  });
});
