import { describe, expect, test } from 'vitest';
import type { TicketContext } from '../../lib/escalation/model';
import { draftFromTicket } from '../../lib/escalation/prefill';
import { withoutSalutations } from '../../lib/escalation/salutations';

const REPORT = 'Our export stops at 10,000 rows. Finance is blocked.';

describe('a message without its greeting and sign-off', () => {
  test.each([
    ['a greeting line', `Hello support,\n${REPORT}`, REPORT],
    ['a greeting line and a blank line', `Dear Acme support,\n\n${REPORT}`, REPORT],
    [
      'a greeting that opens the first sentence',
      'Hi team, our export stops at 10,000 rows.',
      'Our export stops at 10,000 rows.',
    ],
    [
      '"Hello," before the news',
      'Hello, I have a problem with the export\nIt stops.',
      'I have a problem with the export\nIt stops.',
    ],
    ['您好 on its own line', '您好，\n导出在一万行处停止。', '导出在一万行处停止。'],
    ['你好 before the news', '你好，导出在一万行处停止。', '导出在一万行处停止。'],
    ['"Thanks, Dana"', `${REPORT}\nThanks, Dana`, REPORT],
    [
      'a sign-off over a name, title and company',
      `${REPORT}\n\nBest regards,\nDana Whitfield, IT lead, Northwind Traders`,
      REPORT,
    ],
    ['"Thanks in advance," over a name', `${REPORT}\nThanks in advance,\nPat`, REPORT],
    ['谢谢', '导出在一万行处停止。\n谢谢！', '导出在一万行处停止。'],
    ['a bare name under the last sentence', `${REPORT}\nDana`, REPORT],
    [
      'a bare name and title under the last sentence',
      `${REPORT}\n\nDana Whitfield, IT lead, Northwind Traders`,
      REPORT,
    ],
    ['both', `Hi team,\n${REPORT}\nThanks,\nDana`, REPORT],
  ])('leaves out %s', (_name, text, expected) => {
    expect(withoutSalutations(text)).toBe(expected);
  });

  test.each([
    ['a short last line of news', 'It started on Monday.\nUsers get a blank page'],
    ['a closing request', 'Export fails.\nThanks, we need this fixed by Friday.'],
    ['a word like "High"', 'High CPU since Monday, please check.'],
    ['a message that is only a greeting', 'Hi,'],
    ['a message that is only a sign-off', 'Thanks, Dana'],
  ])('keeps %s', (_name, text) => {
    expect(withoutSalutations(text)).toBe(text);
  });

  test('a name capitalised inside stays as written', () => {
    expect(withoutSalutations('Hi Sam, iOS 18 crashes on login.')).toBe('iOS 18 crashes on login.');
  });
});

describe('the prefilled description', () => {
  const draftFor = (text: string) => {
    const ticket: TicketContext = {
      helpdesk: 'zendesk',
      ticketId: '7401',
      url: 'https://acme.zendesk.com/agent/tickets/7401',
      source: 'api',
      missing: [],
      messages: [{ role: 'customer', text }],
    };
    return draftFromTicket(ticket, { id: 'd1', now: new Date('2026-11-30T12:00:00Z') });
  };

  test('starts with the report and ends with it, not with the greeting or the signature', () => {
    const draft = draftFor(
      'Hello support,\nOur export stops at 10,000 rows.\nUsers get a blank page.\nPlease help.\n\nBest regards,\nDana Whitfield, IT lead, Northwind Traders',
    );
    expect(draft.description).toBe('Our export stops at 10,000 rows. Users get a blank page. Please help.');
  });

  test('a greeting in the first sentence is cut and the sentence starts with a capital', () => {
    expect(draftFor('Hi team, our export stops at 10,000 rows.\nThanks, Dana').description).toBe(
      'Our export stops at 10,000 rows.',
    );
    expect(draftFor('您好，导出在一万行处停止。\n谢谢！').description).toBe('导出在一万行处停止。');
  });
});
