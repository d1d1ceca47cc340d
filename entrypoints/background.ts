import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { i18n } from '#i18n';
import { writeClipboard } from '../lib/platform/clipboard';
import { setUpSelectionMenu } from '../lib/platform/context-menu';
import { wireFollowUps } from '../lib/platform/followup-worker';
import { openPanelOnToolbarClick, titleToolbarButton } from '../lib/platform/panel';
import { isOwnExtensionPage } from '../lib/platform/senders';
import { readTicketInTab } from '../lib/platform/tabs';
import { openingReads } from '../lib/worker/opening-reads';
import { routePanelMessage } from '../lib/worker/router';

export default defineBackground(() => {
  const opening = openingReads(Date.now);
  openPanelOnToolbarClick((tabId) => opening.start(tabId, () => readTicketInTab(tabId, true)));
  titleToolbarButton();
  setUpSelectionMenu(i18n.t('menu.addSelection'));
  wireFollowUps();
  browser.runtime.onMessage.addListener((raw, sender) =>
    routePanelMessage(raw, sender, {
      isOwnExtensionPage,
      readTicketInTab,
      takeOpeningRead: opening.take,
      writeClipboard,
    }),
  );
});
