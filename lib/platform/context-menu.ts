import { browser } from 'wxt/browser';
import { HELPDESK_MATCHES, ticketKeyAt } from '../helpdesks/registry';
import { originPattern } from '../settings/domains';
import { addToInbox } from './evidence-inbox';
import { loadSettings, onSettingsChange } from './settings-store';

const MENU_ID = 'add-selection-as-evidence';

const patternsFor = (customDomains: readonly string[]) => [...HELPDESK_MATCHES, ...customDomains.map(originPattern)];

// Shown on the helpdesks and on the custom domains the agent added, kept in step with the options.
export function setUpSelectionMenu(title: string): void {
  browser.runtime.onInstalled.addListener(async () => {
    const { customDomains } = await loadSettings();
    browser.contextMenus.create({
      id: MENU_ID,
      title,
      contexts: ['selection'],
      documentUrlPatterns: patternsFor(customDomains),
    });
  });
  onSettingsChange(({ customDomains }) => {
    void browser.contextMenus.update(MENU_ID, { documentUrlPatterns: patternsFor(customDomains) });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    const text = info.selectionText?.trim();
    if (info.menuItemId !== MENU_ID || !tab?.url || !text) return;
    const ticket = ticketKeyAt(tab.url, (await loadSettings()).customDomains);
    if (ticket) await addToInbox(ticket.key, text);
  });
}
