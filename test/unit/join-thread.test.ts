import { describe, expect, test } from 'vitest';
import type { TicketMessage } from '../../lib/escalation/model';
import { joinThread, withId } from '../../lib/helpdesks/join-thread';
import { MAX_MESSAGES } from '../../lib/helpdesks/limits';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 20, 9, minute, second)).toISOString();
const say = (text: string, minute?: number): TicketMessage => ({
  author: 'Dana Whitfield',
  role: 'customer',
  at: minute === undefined ? undefined : at(minute),
  text,
});
// What the API listed from the start: the report and two replies.
const oldest = () => [say('Export stops at 10,000 rows', 0), say('Looking into it', 5), say('Any update?', 10)];
const texts = (messages: readonly TicketMessage[] | undefined) => messages?.map((m) => m.text);

describe('the oldest messages an API read, joined to the newest the page shows', () => {
  test('a page that shows the last one read continues the thread: nothing is missing, nothing is read twice', () => {
    // The page writes the same message its own way: markup, spacing, capitals, seconds.
    const shown = [{ ...say('ANY   update ?', 10), at: at(10, 42) }, say('Fixed in 4.2.1', 20)];
    expect(joinThread(oldest(), shown)).toEqual({
      messages: [...oldest(), say('Fixed in 4.2.1', 20)],
    });
  });

  test('a page that shows only later messages: both ends are kept, and the thread says those between may be missing', () => {
    const { messages, truncated } = joinThread(oldest(), [say('Fixed in 4.2.1', 20)]);
    expect(texts(messages)).toEqual([...(texts(oldest()) ?? []), 'Fixed in 4.2.1']);
    expect(truncated).toEqual({ keptMessages: 4, totalMessages: 4, keptChars: 67, uncounted: true });
  });

  test('another message in the same minute, or one without a time, is not taken for one read', () => {
    const shown = [say('Any news on this?', 10), say('Any update?')];
    const { messages, truncated } = joinThread(oldest(), shown);
    expect(texts(messages)?.slice(3)).toEqual(['Any news on this?', 'Any update?']);
    expect(truncated?.uncounted).toBe(true);
  });

  test('with ids, a message is matched by its id alone, whatever its text or time', () => {
    const read = oldest().map((m, i) => withId(m, `note_${i}`));
    const shown = [withId(say('> quoted: any update?', 11), 'note_2'), withId(say('Any update?', 30), 'note_9')];
    const { messages, truncated } = joinThread(read, shown);
    expect(texts(messages)).toEqual([...(texts(oldest()) ?? []), 'Any update?']);
    expect(truncated).toBeUndefined();
  });

  test('no thread on the page: none is read, rather than the oldest messages alone', () => {
    expect(joinThread(oldest(), [])).toEqual({});
  });

  test('a joined thread past the caps keeps its first message and the most recent, and says so', () => {
    const many = Array.from({ length: MAX_MESSAGES }, (_, i) => say(`m${i}`, i));
    const { messages, truncated } = joinThread(many, [say('newest', MAX_MESSAGES + 5)]);
    expect(messages).toHaveLength(MAX_MESSAGES);
    expect(messages?.[0]?.text).toBe('m0');
    expect(messages?.[1]?.text).toBe('m2');
    expect(messages?.at(-1)?.text).toBe('newest');
    expect(truncated).toMatchObject({ keptMessages: MAX_MESSAGES, totalMessages: MAX_MESSAGES + 1, uncounted: true });
  });
});
