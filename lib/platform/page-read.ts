import { readGenericPage } from '../helpdesks/generic';
import type { FetchLike, HelpdeskReader } from '../helpdesks/types';
import type { ReadTicketResult } from '../messages/panel';

// Runs inside the helpdesk tab, injected on request (nothing of ours sits on the page until then).
// Firefox runs an injected script's own fetch with the extension's principal; `content.fetch` sends the
// request as the page does (same origin, the agent's session), which is what the helpdesk API expects.
function pageFetch(): FetchLike {
  const firefoxPage = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  const impl: typeof fetch = firefoxPage?.fetch ? firefoxPage.fetch.bind(firefoxPage) : fetch;
  return (input, init) => impl(input, { ...init, method: 'GET' });
}

export async function readThisPage(reader: HelpdeskReader): Promise<ReadTicketResult> {
  const started = performance.now();
  try {
    const ticket = await reader.read(document, new URL(location.href), pageFetch(), new Date());
    return { ok: true, ticket, readMs: performance.now() - started };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

export function readThisPageGenerically(): ReadTicketResult {
  const started = performance.now();
  try {
    const ticket = readGenericPage(document, new URL(location.href), getSelection()?.toString());
    return { ok: true, ticket, readMs: performance.now() - started };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
