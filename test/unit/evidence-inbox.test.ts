import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ticketKeyAt } from '../../lib/helpdesks/registry';
import { addToInbox, MAX_SELECTION_CHARS, takeInbox } from '../../lib/platform/evidence-inbox';

beforeEach(() => fakeBrowser.reset());

describe('the evidence inbox', () => {
  test('selections queue per ticket and are taken once', async () => {
    await addToInbox('zendesk:1', 'ERROR one');
    await addToInbox('zendesk:1', 'ERROR two');
    await addToInbox('zendesk:2', 'other ticket');
    expect(await takeInbox('zendesk:1')).toEqual(['ERROR one', 'ERROR two']);
    expect(await takeInbox('zendesk:1')).toEqual([]);
    expect(await takeInbox('zendesk:2')).toEqual(['other ticket']);
  });

  test('a huge selection is cut, and a corrupt inbox starts over instead of failing', async () => {
    await fakeBrowser.storage.local.set({ 'inbox:zendesk:3': 'not a list' });
    await addToInbox('zendesk:3', 'x'.repeat(MAX_SELECTION_CHARS + 10));
    const [item] = await takeInbox('zendesk:3');
    expect(item?.length).toBe(MAX_SELECTION_CHARS);
  });
});

describe('which ticket a URL shows', () => {
  test.each([
    ['https://acme.zendesk.com/agent/tickets/4821', { key: 'zendesk:4821', ticketId: '4821' }],
    ['https://acme.zendesk.com/agent/tickets/4821/events', { key: 'zendesk:4821', ticketId: '4821' }],
    ['https://acme.zendesk.com/agent/dashboard', undefined],
    ['https://example.com/agent/tickets/1', undefined],
    ['not a url', undefined],
  ])('%s', (url, expected) => {
    expect(ticketKeyAt(url)).toEqual(expected);
  });
});
