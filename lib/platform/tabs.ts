import { browser } from 'wxt/browser';
import { CONTENT_READ_TICKET, type ContentRequest } from '../messages/content';
import { type ReadTicketResult, ReadTicketResult as ReadTicketResultSchema } from '../messages/panel';

// The content script only exists on helpdesk pages we hold a host permission for; anywhere else the
// message has no receiver, which the panel explains as "not a ticket we can read".
export async function readTicketInTab(tabId: number): Promise<ReadTicketResult> {
  const request: ContentRequest = { type: CONTENT_READ_TICKET };
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, request);
  } catch (error) {
    return { ok: false, reason: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  const parsed = ReadTicketResultSchema.safeParse(answer);
  return parsed.success ? parsed.data : { ok: false, reason: 'invalid', detail: parsed.error.issues[0]?.message };
}
