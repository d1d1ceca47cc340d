import { browser } from 'wxt/browser';
import type { Locale } from '../brief/labels';
import { reportError } from './report';
import { loadSettings, onSettingsChange } from './settings-store';
import { inLatestLanguage } from './translators';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

// The panel is opened from our own click handler, not by Chrome's openPanelOnActionClick: only a click
// the extension handles grants activeTab, which lets the panel read any page the agent is on (the
// generic reader) without asking for access to every site. Both browsers need the open call made
// synchronously in the handler (a user gesture). `opened` then gets the clicked tab's id, unless a panel was
// open already: a click on an open panel opens nothing, and a read it started would go unused. Chrome gives a
// side panel no window (-1) in getContexts, so a panel open in another window counts too; that click's panel
// then reads the tab itself, as it did before clicks started reads.
export function openPanelOnToolbarClick(opened: (tabId: number) => void): void {
  const onClick = (open: (windowId: number) => void) => (tab: { id?: number; windowId?: number }) => {
    const { id, windowId } = tab;
    if (windowId === undefined) return;
    // Asked before the open call, so the answer is about the panels that were there before this click.
    const wasOpen = browser.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] }).then(
      (panels) => panels.length > 0,
      () => false,
    );
    open(windowId);
    void wasOpen.then((already) => {
      if (!already && id !== undefined) opened(id);
    });
  };
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
    browser.action.onClicked.addListener(onClick((windowId) => void browser.sidePanel.open({ windowId })));
    return;
  }
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(onClick(() => void sidebar.open()));
}

// Firefox's sidebar, which the browser's types (Chrome's) do not name.
const sidebar = () =>
  (browser as unknown as { sidebarAction?: { setTitle(details: { title: string }): Promise<void> } }).sidebarAction;

// The manifest's tooltip, and Firefox's sidebar title, follow the browser's language; the agent may have
// chosen another for the panel.
export function titleToolbarButton(): void {
  const failed = reportError("the toolbar button's title could not follow the panel's language");
  const inLanguage = inLatestLanguage();
  const title = (locale: Locale) =>
    inLanguage(locale, (t) =>
      Promise.all([browser.action.setTitle({ title: t('actionTitle') }), sidebar()?.setTitle({ title: t('extName') })]),
    ).catch(failed);
  loadSettings().then(({ uiLocale }) => title(uiLocale), failed);
  onSettingsChange(({ uiLocale }) => void title(uiLocale));
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's address, where the browser shows it to the extension (a helpdesk, a custom domain). */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  return (await browser.tabs.get(tabId).catch(() => undefined))?.url;
}

export function onActiveTabChange(listener: () => void): () => void {
  browser.tabs.onActivated.addListener(listener);
  return () => browser.tabs.onActivated.removeListener(listener);
}

// The same panel in its own window, bound to the ticket's tab so it keeps reading that ticket.
export async function popOutPanel(boundTabId: number | undefined): Promise<void> {
  const tabId = boundTabId ?? (await activeTabId());
  const url = browser.runtime.getURL(
    `/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}` as '/sidepanel.html',
  );
  await browser.windows.create({ url, type: 'popup', width: 440, height: 860 });
}

// Helpdesks are single-page apps: switching tickets changes the URL without a page load. The browser
// reports it (for sites we hold a host permission for), and the panel offers to re-read.
export function onTabUrlChange(listener: (tabId: number, url: string) => void): () => void {
  const handle = (tabId: number, change: { url?: string }) => {
    if (change.url) listener(tabId, change.url);
  };
  browser.tabs.onUpdated.addListener(handle);
  return () => browser.tabs.onUpdated.removeListener(handle);
}

export function openOptions(): void {
  browser.runtime.openOptionsPage().catch(reportError('the options page could not be opened'));
}
