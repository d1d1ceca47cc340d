import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActiveTicket, startBoot } from '../../components/boot';
import { startFirstRead } from '../../lib/platform/first-read';

const ticket = {
  helpdesk: 'zendesk',
  ticketId: '4821',
  url: 'https://acme.zendesk.com/agent/tickets/4821',
  source: 'dom',
  missing: [],
};
let requests: unknown[];

beforeEach(() => {
  fakeBrowser.reset();
  requests = [];
  history.replaceState(null, '', '/sidepanel.html?tab=7');
});

// The fake browser answers a message through sendResponse, as Chrome's callback form does.
function workerAnswers(answer: (request: unknown) => unknown) {
  fakeBrowser.runtime.onMessage.addListener((request, _sender, sendResponse) => {
    requests.push(request);
    sendResponse(answer(request));
    return true;
  });
}

test("the page's first script asks for the ticket and the panel takes that answer instead of asking again", async () => {
  workerAnswers(() => ({ ok: true, ticket: { ...ticket, subject: 'Export\u202e stops' }, readMs: 3 }));
  startFirstRead();
  expect(requests).toEqual([{ type: 'read-ticket', tabId: 7, opening: true }]);
  const { firstRead } = startBoot(7);
  const { tabId, read } = await firstRead;
  expect(requests).toHaveLength(1);
  expect(tabId).toBe(7);
  expect(read.ok && read.ticket.subject).toBe('Export stops');
});

test('a panel started without that early request (its script did not load) asks itself, once', async () => {
  workerAnswers(() => ({ ok: true, ticket, readMs: 3 }));
  const { firstRead } = startBoot(7);
  expect((await firstRead).read.ok).toBe(true);
  expect(requests).toEqual([{ type: 'read-ticket', tabId: 7, opening: true }]);
});

// The worker may answer the panel's first read with the read the toolbar click started; a re-read must see
// the page as it is now.
test('a re-read is not the opening read', async () => {
  workerAnswers(() => ({ ok: true, ticket, readMs: 3 }));
  await readActiveTicket(7);
  expect(requests).toEqual([{ type: 'read-ticket', tabId: 7, opening: false }]);
});

test('the early request is taken once: a second panel start asks the worker again', async () => {
  workerAnswers(() => ({ ok: true, ticket, readMs: 3 }));
  startFirstRead();
  await startBoot(7).firstRead;
  await startBoot(7).firstRead;
  expect(requests).toHaveLength(2);
});

test('an answer that is not a read, or no answer at all, is a failed read the panel can explain', async () => {
  workerAnswers(() => ({ ok: true, ticket: { helpdesk: 'nowhere' } }));
  startFirstRead();
  expect((await startBoot(7).firstRead).read).toEqual({ ok: false, reason: 'invalid' });

  fakeBrowser.reset();
  startFirstRead();
  expect((await startBoot(7).firstRead).read).toMatchObject({ ok: false, reason: 'failed' });
});
