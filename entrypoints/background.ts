import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { PanelRequest } from '../lib/messages/panel';
import { writeClipboard } from '../lib/platform/clipboard';
import { openPanelOnToolbarClick } from '../lib/platform/panel';
import { isOwnExtensionPage } from '../lib/platform/senders';
import { readTicketInTab } from '../lib/platform/tabs';

export default defineBackground(() => {
  openPanelOnToolbarClick();

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isOwnExtensionPage(sender)) return undefined;
    const request = PanelRequest.safeParse(raw);
    if (!request.success) return undefined;
    switch (request.data.type) {
      case 'read-ticket':
        return readTicketInTab(request.data.tabId);
      case 'copy':
        return writeClipboard({ text: request.data.text, html: request.data.html }).catch((error: unknown) => ({
          ok: false,
          detail: error instanceof Error ? error.message : String(error),
        }));
    }
  });
});
