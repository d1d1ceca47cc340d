import type { TicketContext, TicketMessage } from '../escalation/model';

// A thread of several megabytes would stall the panel and fill storage; past these caps the reader
// keeps the first message (the report itself) and the most recent ones (where the latest reply, the
// churn threat and the current state are), drops those in between and says how many it kept.
export const MESSAGE_CHAR_CAP = 20_000;
export const THREAD_CHAR_CAP = 400_000;
export const MAX_MESSAGES = 1_000;

const clipped = (m: TicketMessage, room: number): TicketMessage =>
  m.text.length > room ? { ...m, text: `${m.text.slice(0, room)}…` } : m;

// A page can draw the same message twice (re-rendered, or shown in two places): a message
// with the same author, time and text as an earlier one is that one again. Without a time, two equal
// messages ("Any update?") may well be two.
function once(messages: TicketMessage[]): TicketMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    if (!m.at) return true;
    const key = JSON.stringify([m.author, m.at, m.text]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// `unread`: messages a reader left unfetched between the first ones and the newest (a helpdesk API's page
// cap); the thread is then cut already, and they count in its total.
export function capThread(thread: TicketMessage[], unread = 0): Pick<TicketContext, 'messages' | 'truncated'> {
  const messages = once(thread);
  const [first, ...rest] = messages;
  if (!first) return { messages: [] };
  const head = clipped(first, MESSAGE_CHAR_CAP);
  let chars = head.text.length;
  let cut = head !== first || unread > 0;
  const recent: TicketMessage[] = [];
  for (let i = rest.length - 1; i >= 0; i--) {
    const room = Math.min(MESSAGE_CHAR_CAP, THREAD_CHAR_CAP - chars);
    if (recent.length + 1 >= MAX_MESSAGES || room <= 0) {
      cut = true;
      break;
    }
    const m = rest[i] as TicketMessage;
    const kept = clipped(m, room);
    if (kept !== m) cut = true;
    recent.push(kept);
    chars += Math.min(m.text.length, room);
  }
  const kept = [head, ...recent.reverse()];
  return cut
    ? {
        messages: kept,
        truncated: { keptMessages: kept.length, totalMessages: messages.length + unread, keptChars: chars },
      }
    : { messages: kept };
}

/**
 * capThread for a thread an API listed, before its items are made messages (HTML to text is the costly
 * part): after `opening` (else the first item that makes one), only items from the newest back until the
 * caps are reached are read; those never read count in the total as left out.
 */
export function capItems<T>(
  items: readonly T[],
  read: (item: T) => TicketMessage | undefined,
  opening?: TicketMessage,
): Pick<TicketContext, 'messages' | 'truncated'> {
  let start = 0;
  let first = opening;
  while (!first && start < items.length) first = read(items[start++] as T);
  if (!first) return { messages: [] };
  const recent: TicketMessage[] = [];
  let chars = Math.min(first.text.length, MESSAGE_CHAR_CAP);
  let end = items.length;
  while (end > start && recent.length + 1 < MAX_MESSAGES && chars < THREAD_CHAR_CAP) {
    const m = read(items[--end] as T);
    if (!m) continue;
    recent.push(m);
    chars += Math.min(m.text.length, MESSAGE_CHAR_CAP);
  }
  return capThread([first, ...recent.reverse()], end - start);
}
