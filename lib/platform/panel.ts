import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

// Chrome opens the side panel itself on a toolbar click; Firefox's sidebar must be opened from the
// click handler (a user gesture).
export function openPanelOnToolbarClick(): void {
  if (browser.sidePanel) {
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
    return;
  }
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.open());
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
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
