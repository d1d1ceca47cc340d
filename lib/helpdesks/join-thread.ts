import type { TicketContext, TicketMessage } from '../escalation/model';
import { capThread } from './limits';

// The helpdesk's own id for a message where its API and its page both show it (Jira's comment ids, Freshdesk's
// note_{id}): kept beside the message rather than in it, as nothing after the read has a use for it.
const ids = new WeakMap<TicketMessage, string>();

export function withId(message: TicketMessage, id: string | undefined): TicketMessage {
  if (id) ids.set(message, id);
  return message;
}

// Without ids, a message the page shows is one the API read when both were written in the same minute (a page
// shows minutes, an API seconds) and their words start alike: letters and digits only, as a page and an API
// write markup, quotes and spacing differently. Writers' names are no part of it: an API may give no name
// where the page shows one (Freshdesk's agents), or an address for it.
const LIKE_CHARS = 40;
function likeness(m: TicketMessage): string | undefined {
  const at = Date.parse(m.at ?? '');
  if (Number.isNaN(at)) return undefined;
  const words = m.text
    .slice(0, LIKE_CHARS * 4)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return `${Math.floor(at / 60_000)} ${words.slice(0, LIKE_CHARS)}`;
}

/**
 * A thread an API listed from its start only (its pages ran out with no count of the rest), joined to the
 * newest messages the page shows: the API's first, the report among them, then those of the page's it did not
 * read. When the page shows the last message the API read, the two meet and nothing is missing; otherwise
 * messages between them may be, and the thread says so. A page showing no thread leaves it unread.
 */
export function joinThread(
  oldest: readonly TicketMessage[],
  shown: readonly TicketMessage[],
): Pick<TicketContext, 'messages' | 'truncated'> {
  if (!shown.length) return {};
  const read = new Map<string, number>();
  oldest.forEach((m, i) => {
    const id = ids.get(m);
    if (id) read.set(`#${id}`, i);
    const like = likeness(m);
    if (like) read.set(like, i);
  });
  let meet = false;
  const added: TicketMessage[] = [];
  for (const m of shown) {
    const id = ids.get(m);
    const key = id ? `#${id}` : likeness(m);
    const at = key === undefined ? undefined : read.get(key);
    if (at === undefined) added.push(m);
    else if (at === oldest.length - 1) meet = true;
  }
  const thread = capThread([...oldest, ...added]);
  const messages = thread.messages ?? [];
  if (meet) return thread;
  const cut = thread.truncated;
  return {
    messages,
    truncated: {
      keptMessages: messages.length,
      totalMessages: cut?.totalMessages ?? messages.length,
      keptChars: cut?.keptChars ?? messages.reduce((n, m) => n + m.text.length, 0),
      uncounted: true,
    },
  };
}
