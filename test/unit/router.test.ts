import { describe, expect, test, vi } from 'vitest';
import type { ReadTicketResult } from '../../lib/messages/panel';
import { type RouterDeps, routePanelMessage } from '../../lib/worker/router';

const OWN = { id: 'own', url: 'chrome-extension://own/sidepanel.html' };
const read: ReadTicketResult = { ok: false, reason: 'unreachable' };

function deps(
  opening?: Promise<ReadTicketResult>,
): RouterDeps & { readTicketInTab: ReturnType<typeof vi.fn>; writeClipboard: ReturnType<typeof vi.fn> } {
  return {
    isOwnExtensionPage: (s) => (s as { id?: string } | undefined)?.id === 'own',
    readTicketInTab: vi.fn(async () => read),
    takeOpeningRead: () => opening,
    writeClipboard: vi.fn(async () => ({ ok: true })),
  };
}

describe('routePanelMessage', () => {
  test.each([
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['a sender without id', {}],
    ['nothing', undefined],
  ])('ignores messages from %s', (_name, sender) => {
    const d = deps();
    expect(routePanelMessage({ type: 'read-ticket', tabId: 1 }, sender, d)).toBeUndefined();
    expect(d.readTicketInTab).not.toHaveBeenCalled();
  });

  test.each([
    ['an unknown type', { type: 'delete-everything' }],
    ['a negative tab id', { type: 'read-ticket', tabId: -1 }],
    ['a tab id as text', { type: 'read-ticket', tabId: '4' }],
    ['copy without text', { type: 'copy' }],
    ['a string', 'read-ticket'],
  ])('ignores %s', (_name, message) => {
    const d = deps();
    expect(routePanelMessage(message, OWN, d)).toBeUndefined();
    expect(d.readTicketInTab).not.toHaveBeenCalled();
    expect(d.writeClipboard).not.toHaveBeenCalled();
  });

  test('reads the requested tab', async () => {
    const d = deps();
    await expect(routePanelMessage({ type: 'read-ticket', tabId: 7 }, OWN, d)).resolves.toEqual(read);
    expect(d.readTicketInTab).toHaveBeenCalledWith(7);
  });

  test("the panel's opening read takes the read the toolbar click started; a re-read reads the tab again", async () => {
    const early: ReadTicketResult = { ok: false, reason: 'no-access' };
    const d = deps(Promise.resolve(early));
    await expect(routePanelMessage({ type: 'read-ticket', tabId: 7, opening: true }, OWN, d)).resolves.toEqual(early);
    expect(d.readTicketInTab).not.toHaveBeenCalled();
    await expect(routePanelMessage({ type: 'read-ticket', tabId: 7, opening: false }, OWN, d)).resolves.toEqual(read);
    expect(d.readTicketInTab).toHaveBeenCalledWith(7);
  });

  test('an opening read with none started by a click reads the tab', async () => {
    const d = deps();
    await expect(routePanelMessage({ type: 'read-ticket', tabId: 7, opening: true }, OWN, d)).resolves.toEqual(read);
    expect(d.readTicketInTab).toHaveBeenCalledWith(7);
  });

  test('copies text and html, and turns a clipboard failure into an answer', async () => {
    const d = deps();
    await expect(routePanelMessage({ type: 'copy', text: 'brief', html: '<p>brief</p>' }, OWN, d)).resolves.toEqual({
      ok: true,
    });
    expect(d.writeClipboard).toHaveBeenCalledWith({ text: 'brief', html: '<p>brief</p>' });
    d.writeClipboard.mockRejectedValueOnce(new Error('no offscreen document'));
    await expect(routePanelMessage({ type: 'copy', text: 'brief' }, OWN, d)).resolves.toEqual({
      ok: false,
      detail: 'no offscreen document',
    });
  });
});
