import { browser } from 'wxt/browser';
import { ticketKeyAt } from '../helpdesks/registry';
import { addToInbox } from './evidence-inbox';

const MENU_ID = 'add-selection-as-evidence';

export function setUpSelectionMenu(title: string, documentUrlPatterns: string[]): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.create({ id: MENU_ID, title, contexts: ['selection'], documentUrlPatterns });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const ticket = tab?.url ? ticketKeyAt(tab.url) : undefined;
    const text = info.selectionText?.trim();
    if (info.menuItemId !== MENU_ID || !ticket || !text) return;
    void addToInbox(ticket.key, text);
  });
}
