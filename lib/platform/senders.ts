import { type Browser, browser } from 'wxt/browser';

// Only our own extension pages (panel, offscreen document, worker) may drive the worker; content
// scripts and other extensions are ignored even though they can reach runtime.onMessage.
export function isOwnExtensionPage(sender: unknown): boolean {
  const s = sender as Browser.runtime.MessageSender | undefined;
  return s?.id === browser.runtime.id && !!s.url?.startsWith(browser.runtime.getURL('/'));
}

export function isOwnExtension(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}
