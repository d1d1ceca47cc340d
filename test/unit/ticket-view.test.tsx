import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { TicketView } from '../../components/TicketView';
import type { TicketContext } from '../../lib/escalation/model';
import { serveLocaleMessages } from './support/messages';

// Without messages loaded, the panel shows message keys: the test looks for those.
function shown(ticket: TicketContext): string {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const host = document.createElement('div');
  const root = createRoot(host);
  act(() => root.render(<TicketView ticket={ticket} timeZone="UTC" />));
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

test('a page with little text of its own beside a frame says the frame is not read, and how to add what it shows', () => {
  expect(shown(page({ title: 'Billing portal', framed: true }))).toContain('ticket_pageFramed');
  expect(shown(page({ title: 'Billing portal' }))).not.toContain('ticket_pageFramed');
  // A page read as nothing but its address already says it may be drawn in a frame.
  expect(shown(page({ framed: true }))).not.toContain('ticket_pageFramed');
});

test('a long page says that its middle was not read', () => {
  expect(shown(page({ title: 'Build 4411', cut: { keptChars: 199_990, totalChars: 2_031_442 } }))).toContain(
    'ticket_pageCut',
  );
  expect(shown(page({ title: 'Build 4411' }))).not.toContain('ticket_pageCut');
});

test('a ticket whose slash dates were read in a guessed order says so, and which order', () => {
  const ticket: TicketContext = {
    helpdesk: 'salesforce',
    url: 'https://acme.lightning.force.com/lightning/r/Case/500Hu00001Lx9QpIAJ/view',
    source: 'dom',
    missing: [],
    createdAt: '2026-03-11T10:00',
  };
  expect(shown(ticket)).not.toContain('ticket_dateOrder');
  expect(shown({ ...ticket, dateOrderGuessed: 'month-first' })).toContain('ticket_dateOrder_monthFirst');
  expect(shown({ ...ticket, dateOrderGuessed: 'day-first' })).toContain('ticket_dateOrder_dayFirst');
});

test('in Chinese, what could not be read is listed with 、 and full-width punctuation', async () => {
  serveLocaleMessages();
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const host = document.createElement('div');
  const root = createRoot(host);
  const ticket: TicketContext = {
    helpdesk: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/4821',
    source: 'dom',
    ticketId: '4821',
    subject: '导出在 10,000 行处停止',
    tags: ['导出', '账单'],
    missing: ['requester', 'organization', 'dueAt'],
  };
  await act(async () =>
    root.render(
      <I18nProvider locale="zh-CN">
        <TicketView ticket={ticket} timeZone="Asia/Shanghai" />
      </I18nProvider>,
    ),
  );
  await vi.waitFor(() => expect(host.textContent).toContain('无法读取'));
  expect(host.textContent).toContain('无法读取：请求人、组织、SLA 截止时间。');
  expect(host.textContent).toContain('导出、账单');
  act(() => root.unmount());
});

test("the ticket's created time and its messages' times are in the agent's time zone, named", () => {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const host = document.createElement('div');
  const root = createRoot(host);
  const ticket: TicketContext = {
    helpdesk: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/6601',
    source: 'api',
    ticketId: '6601',
    createdAt: '2026-11-28T01:12:00Z',
    messages: [{ author: 'Li Ming', role: 'agent', at: '2026-11-28T02:05:00Z', text: 'Looking into it' }],
    missing: [],
  };
  act(() => root.render(<TicketView ticket={ticket} timeZone="Asia/Shanghai" />));
  expect(host.textContent).toContain('Nov 28, 2026, 9:12 AM GMT+8');
  const thread = host.querySelector('details');
  if (!thread) throw new Error('no thread');
  act(() => {
    thread.open = true;
    thread.dispatchEvent(new Event('toggle'));
  });
  expect(host.textContent).toContain('Nov 28, 2026, 10:05 AM GMT+8');
  act(() => root.unmount());
});
