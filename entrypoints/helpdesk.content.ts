import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { readerFor } from '../lib/helpdesks/registry';
import type { FetchLike } from '../lib/helpdesks/types';
import { ContentRequest } from '../lib/messages/content';

const pageFetch: FetchLike = (input, init) => fetch(input, { ...init, method: 'GET' });

// Idle until asked: no observers or timers on the helpdesk page.
export default defineContentScript({
  matches: ['https://*.zendesk.com/*'],
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
