import { browser } from 'wxt/browser';
import type { ClipboardPayload } from '../brief/render';
import { withoutControls } from '../brief/sanitize';
import { CopyResult, type PanelRequest, ReadTicketResult } from '../messages/panel';

async function ask(request: PanelRequest): Promise<unknown> {
  try {
    return await browser.runtime.sendMessage(request);
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The worker's answer to a read request, as the panel may use it. */
export function ticketReadFrom(answer: unknown): ReadTicketResult {
  const parsed = ReadTicketResult.safeParse(answer);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  return parsed.data.ok ? { ...parsed.data, ticket: withoutControls(parsed.data.ticket) } : parsed.data;
}

export async function copyToClipboard(payload: ClipboardPayload): Promise<CopyResult> {
  const parsed = CopyResult.safeParse(await ask({ type: 'copy', ...payload }));
  return parsed.success ? parsed.data : { ok: false, detail: 'The background worker did not answer.' };
}
