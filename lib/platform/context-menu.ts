import { browser } from 'wxt/browser';
import type { Locale } from '../brief/labels';
import { HELPDESK_MATCHES, ticketKeyAt } from '../helpdesks/registry';
import { originPattern } from '../settings/domains';
import { addToInbox } from './evidence-inbox';
import { reportError } from './report';
import { loadSettings, onSettingsChange } from './settings-store';
import { inLatestLanguage, translatorFor } from './translators';

const MENU_ID = 'add-selection-as-evidence';

const patternsFor = (customDomains: readonly string[]) => [...HELPDESK_MATCHES, ...customDomains.map(originPattern)];

const titleIn = async (locale: Locale) => (await translatorFor(locale))('menu_addSelection');

// Shown on the helpdesks and on the custom domains the agent added, in the panel's language, kept in step
// with the options. The browser's language (`fallbackTitle`) names it while the panel's cannot be read.
export function setUpSelectionMenu(fallbackTitle: string): void {
  browser.runtime.onInstalled.addListener(() => {
    loadSettings()
      .then(async ({ customDomains, uiLocale }) =>
        browser.contextMenus.create({
          id: MENU_ID,
          title: await titleIn(uiLocale).catch(() => fallbackTitle),
          contexts: ['selection'],
          documentUrlPatterns: patternsFor(customDomains),
        }),
      )
      .catch(reportError('the "Add selection as evidence" menu could not be made'));
  });
  // The sites at once; the title once its language is read.
  const inLanguage = inLatestLanguage();
  onSettingsChange(({ customDomains, uiLocale }) => {
    Promise.resolve(browser.contextMenus.update(MENU_ID, { documentUrlPatterns: patternsFor(customDomains) })).catch(
      reportError('the "Add selection as evidence" menu could not follow the custom domains'),
    );
    inLanguage(uiLocale, (t) => browser.contextMenus.update(MENU_ID, { title: t('menu_addSelection') })).catch(
      reportError('the "Add selection as evidence" menu could not follow the panel\'s language'),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const text = info.selectionText?.trim();
    if (info.menuItemId !== MENU_ID || !tab?.url || !text) return;
    const url = tab.url;
    return loadSettings()
      .then(({ customDomains }) => {
        const ticket = ticketKeyAt(url, customDomains);
        return ticket ? addToInbox(ticket.key, text) : undefined;
      })
      .catch(reportError('a selection could not be kept as evidence'));
  });
}
