import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { HELPDESK_MATCHES, readerFor } from '../lib/helpdesks/registry';
import type { FetchLike } from '../lib/helpdesks/types';
import { ContentRequest } from '../lib/messages/content';

// Firefox runs a content script's own fetch with the extension's principal; `content.fetch` sends the
// request as the page does (same origin, the agent's session), which is what the helpdesk API expects.
const firefoxPage = (globalThis as { content?: { fetch?: typeof fetch } }).content;
const pageFetchImpl: typeof fetch = firefoxPage?.fetch ? firefoxPage.fetch.bind(firefoxPage) : fetch;
const pageFetch: FetchLike = (input, init) => pageFetchImpl(input, { ...init, method: 'GET' });

// Idle until asked: no observers or timers on the helpdesk page.
export default defineContentScript({
  matches: HELPDESK_MATCHES,
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener(async (raw, sender) => {
      if (sender.id !== browser.runtime.id || !ContentRequest.safeParse(raw).success) return undefined;
      const url = new URL(location.href);
      const reader = readerFor(url);
      if (!reader) return { ok: false, reason: 'not-a-ticket' };
      const started = performance.now();
      try {
        const ticket = await reader.read(document, url, pageFetch);
        return { ok: true, ticket, readMs: performance.now() - started };
      } catch (error) {
        return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
      }
    });
  },
});
