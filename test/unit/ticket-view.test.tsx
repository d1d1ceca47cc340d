import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test } from 'vitest';
import { TicketView } from '../../components/TicketView';
import type { TicketContext } from '../../lib/escalation/model';

// Without messages loaded, the panel shows message keys: the test looks for those.
function shown(ticket: TicketContext): string {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<TicketView ticket={ticket} />));
  const text = host.textContent ?? '';
  act(() => root.unmount());
  return text;
}

const page = (found: TicketContext['page']): TicketContext => ({
  helpdesk: 'generic',
  url: 'https://portal.acme.example/case/7781',
  source: 'generic',
  missing: [],
  page: found,
});

test('a page read as nothing but its address says what the agent can do instead', () => {
  expect(shown(page({}))).toContain('ticket_pageEmpty');
  expect(shown(page({ title: 'Case 7781' }))).not.toContain('ticket_pageEmpty');
});
