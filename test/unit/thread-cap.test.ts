import { describe, expect, test } from 'vitest';
import type { TicketMessage } from '../../lib/escalation/model';
import { capItems, capThread, MAX_MESSAGES, MESSAGE_CHAR_CAP, THREAD_CHAR_CAP } from '../../lib/helpdesks/limits';

const thread = (count: number, chars: number): TicketMessage[] =>
  Array.from({ length: count }, (_, i) => ({
    author: i % 2 ? 'Sam Rivera' : 'Priya Natarajan',
    role: i % 2 ? 'agent' : 'customer',
    text: `Message ${i + 1}. `.padEnd(chars, 'x'),
  }));
const numbers = (messages: readonly TicketMessage[] | undefined) =>
  (messages ?? []).map((m) => Number(/^Message (\d+)\./.exec(m.text)?.[1]));

describe('a very long thread keeps its first message and the most recent ones', () => {
  test('past the character cap: the report, then the latest messages in order, and it says so', () => {
    const all = thread(1200, 1000);
    const { messages, truncated } = capThread(all);
    const kept = numbers(messages);
    expect(kept[0]).toBe(1);
    expect(kept.at(-1)).toBe(1200);
    // Consecutive up to the last message: only the middle is left out.
    expect(kept.slice(1)).toEqual(Array.from({ length: kept.length - 1 }, (_, i) => 1200 - kept.length + 2 + i));
    expect(kept.length).toBe(THREAD_CHAR_CAP / 1000);
    expect(truncated).toEqual({ keptMessages: kept.length, totalMessages: 1200, keptChars: THREAD_CHAR_CAP });
  });

  test('past the message cap: at most MAX_MESSAGES, the first and the latest', () => {
    const { messages, truncated } = capThread(thread(2500, 20));
    const kept = numbers(messages);
    expect(kept).toHaveLength(MAX_MESSAGES);
    expect(kept[0]).toBe(1);
    expect(kept[1]).toBe(2500 - MAX_MESSAGES + 2);
    expect(kept.at(-1)).toBe(2500);
    expect(truncated?.totalMessages).toBe(2500);
  });

  test('a message longer than its cap is cut short and marked; a short thread is left as it is', () => {
    const [long] = thread(1, MESSAGE_CHAR_CAP * 3);
    const short = thread(3, 200);
    const cut = capThread([...short, long as TicketMessage]);
    expect(cut.messages?.at(-1)?.text).toHaveLength(MESSAGE_CHAR_CAP + 1);
    expect(cut.messages?.at(-1)?.text.endsWith('…')).toBe(true);
    expect(cut.truncated?.keptMessages).toBe(4);
    expect(capThread(short)).toEqual({ messages: short });
    expect(capThread([])).toEqual({ messages: [] });
  });
});

describe('a thread an API listed is read only as far as it is kept', () => {
  test.each([
    ['past the character cap', thread(1200, 1000)],
    ['past the message cap', thread(2500, 20)],
    ['within both', thread(30, 200)],
  ])('%s: what capThread keeps of the whole thread, and only that is read', (_, all) => {
    let read = 0;
    const kept = capItems(all, (m) => {
      read++;
      return m;
    });
    expect(kept).toEqual(capThread(all));
    expect(read).toBe(kept.messages?.length);
  });

  test('an opening message given apart; items that make no message are skipped and not kept', () => {
    const [opening, ...rest] = thread(5, 50) as [TicketMessage, ...TicketMessage[]];
    const items = [undefined, ...rest, undefined];
    expect(capItems(items, (m) => m, opening)).toEqual({ messages: [opening, ...rest] });
    expect(capItems(items, (m) => m)).toEqual({ messages: rest });
    expect(capItems([undefined], (m) => m)).toEqual({ messages: [] });
  });
});

describe('a message the page shows twice', () => {
  const reply: TicketMessage = {
    author: 'Sam Rivera',
    role: 'agent',
    at: '2026-11-18T10:05:00Z',
    text: 'Looking into it.',
  };
  const ask: TicketMessage = {
    author: 'Dana Whitfield',
    role: 'customer',
    at: '2026-11-18T09:12:00Z',
    text: 'Any update?',
  };

  test('same author, time and text: kept once, where it first appears', () => {
    expect(capThread([ask, reply, ask, reply])).toEqual({ messages: [ask, reply] });
  });

  test('the same words at another time, by someone else, or without a time are other messages', () => {
    const later = { ...ask, at: '2026-11-19T08:00:00Z' };
    const other = { ...ask, author: 'Lee Park' };
    const undated = { ...ask, at: undefined };
    expect(capThread([ask, later, other, undated, undated]).messages).toEqual([ask, later, other, undated, undated]);
  });
});
