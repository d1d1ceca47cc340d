import { describe, expect, test } from 'vitest';
import { withoutControls } from '../../lib/brief/sanitize';
import type { TicketContext } from '../../lib/escalation/model';

describe('a ticket as read loses control and direction characters everywhere', () => {
  test('subject, people, tags, thread and page text; numbers and flags untouched', () => {
    const ticket: TicketContext = {
      helpdesk: 'zendesk',
      ticketId: '4822',
      url: 'https://acme.zendesk.com/agent/tickets/4822',
      subject: 'Invoice \u202egnp.exe\u202c attached',
      requester: { name: 'Mal\u202dlory', email: 'mallory@evil.example' },
      customFields: { note: '\u05e9\u05dc\u05d5\u05dd 42\u200f' },
      organization: 'Evil\u0000 Corp',
      tags: ['ok', 'bi\u2066di\u2069'],
      messages: [{ role: 'customer', text: 'line one\u2028line two\ufeff' }],
      source: 'dom',
      missing: [],
      truncated: { keptMessages: 1, totalMessages: 3, keptChars: 20 },
    };
    const clean = withoutControls(ticket);
    expect(clean.subject).toBe('Invoice gnp.exe attached');
    expect(clean.requester).toEqual({ name: 'Mallory', email: 'mallory@evil.example' });
    expect(clean.organization).toBe('Evil Corp');
    expect(clean.tags).toEqual(['ok', 'bidi']);
    expect(clean.messages).toEqual([{ role: 'customer', text: 'line one\nline two' }]);
    expect(clean.truncated).toEqual(ticket.truncated);
    // A right-to-left mark beside a number in Hebrew stays: it orders nothing but the number.
    expect(clean.customFields).toEqual(ticket.customFields);
    expect(clean.missing).toEqual([]);
  });
});
