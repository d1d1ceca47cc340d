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

export async function readTicket(tabId: number): Promise<ReadTicketResult> {
  const parsed = ReadTicketResult.safeParse(await ask({ type: 'read-ticket', tabId }));
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  return parsed.data.ok ? { ...parsed.data, ticket: withoutControls(parsed.data.ticket) } : parsed.data;
}

export async function copyToClipboard(payload: ClipboardPayload): Promise<CopyResult> {
  const parsed = CopyResult.safeParse(await ask({ type: 'copy', ...payload }));
  return parsed.success ? parsed.data : { ok: false, detail: 'The background worker did not answer.' };
}
