import type { TicketContext, TicketMessage } from '../escalation/model';

// A thread of several megabytes would stall the panel and fill storage; past these caps the reader
// keeps the earliest messages and says how many it kept.
export const MESSAGE_CHAR_CAP = 20_000;
export const THREAD_CHAR_CAP = 400_000;
export const MAX_MESSAGES = 1_000;

export function capThread(messages: TicketMessage[]): Pick<TicketContext, 'messages' | 'truncated'> {
  const kept: TicketMessage[] = [];
  let chars = 0;
  let cut = false;
  for (const m of messages) {
    if (kept.length >= MAX_MESSAGES || chars >= THREAD_CHAR_CAP) {
      cut = true;
      break;
    }
    const room = Math.min(MESSAGE_CHAR_CAP, THREAD_CHAR_CAP - chars);
    if (m.text.length > room) {
      cut = true;
      kept.push({ ...m, text: `${m.text.slice(0, room)}…` });
      chars += room;
    } else {
      kept.push(m);
      chars += m.text.length;
    }
  }
  return cut
    ? { messages: kept, truncated: { keptMessages: kept.length, totalMessages: messages.length, keptChars: chars } }
    : { messages: kept };
}
