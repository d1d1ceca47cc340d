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
      requester: { name: 'Mal\u200elory', email: 'mallory@evil.example' },
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
    expect(clean.missing).toEqual([]);
  });
});
