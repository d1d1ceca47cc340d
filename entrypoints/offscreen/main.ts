import { browser } from 'wxt/browser';
import { OffscreenCopy } from '../../lib/messages/panel';
import { copyWithEvent } from '../../lib/platform/clipboard-dom';
import { isOwnExtension } from '../../lib/platform/senders';

browser.runtime.onMessage.addListener((raw, sender) => {
  if (!isOwnExtension(sender)) return undefined;
  const request = OffscreenCopy.safeParse(raw);
  if (!request.success) return undefined;
  const ok = copyWithEvent(document, { text: request.data.text, html: request.data.html });
  return Promise.resolve(ok ? { ok } : { ok, detail: 'The browser refused the copy.' });
});
