import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { DataSection } from '../../components/options/DataSection';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

// Without messages loaded, the page shows message keys: the tests look for those.
let host: HTMLDivElement;

beforeEach(async () => {
  fakeBrowser.reset();
  host = await mount(<DataSection onChanged={() => undefined} />);
});

const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
const ask = async () => {
  const remove = button('options_deleteAll');
  remove?.focus();
  await act(async () => remove?.click());
};

test('Delete all data puts keyboard focus on the safe answer of its question', async () => {
  await ask();
  expect(host.querySelector('[role="alertdialog"]')).not.toBeNull();
  expect(document.activeElement).toBe(button('options_deleteCancel'));
});

test('Keep my data closes the question and returns focus to Delete all data', async () => {
  await ask();
  await act(async () => button('options_deleteCancel')?.click());
  expect(host.querySelector('[role="alertdialog"]')).toBeNull();
  expect(document.activeElement).toBe(button('options_deleteAll'));
});

test('Escape closes the question, keeping the data, and returns focus to Delete all data', async () => {
  await fakeBrowser.storage.local.set({ 'draft:zendesk:1': { id: 'd1' } });
  await ask();
  await act(async () =>
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })),
  );
  expect(host.querySelector('[role="alertdialog"]')).toBeNull();
  expect(document.activeElement).toBe(button('options_deleteAll'));
  expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'draft:zendesk:1': { id: 'd1' } });
});

test('while the question is open, Tab and Shift+Tab go round its two answers, not out of it', async () => {
  await ask();
  const tab = async (shiftKey = false) => {
    const event = new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, cancelable: true });
    await act(async () => document.activeElement?.dispatchEvent(event));
    return event.defaultPrevented;
  };
  // From the last answer forward, and from the first back, focus wraps round instead of leaving.
  expect(await tab()).toBe(true);
  expect(document.activeElement).toBe(button('options_deleteConfirm'));
  expect(await tab(true)).toBe(true);
  expect(document.activeElement).toBe(button('options_deleteCancel'));
});

test('Escape pressed elsewhere on the page closes the question too, keeping the data', async () => {
  await fakeBrowser.storage.local.set({ 'draft:zendesk:1': { id: 'd1' } });
  await ask();
  await act(async () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  expect(host.querySelector('[role="alertdialog"]')).toBeNull();
  expect(document.activeElement).toBe(button('options_deleteAll'));
  expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'draft:zendesk:1': { id: 'd1' } });
});

test('once deleted, focus is back on Delete all data and the status says so', async () => {
  await ask();
  await act(async () => button('options_deleteConfirm')?.click());
  expect(host.querySelector('[role="status"]')?.textContent).toBe('options_deleted');
  expect(document.activeElement).toBe(button('options_deleteAll'));
});

test('a delete or an export the browser refuses is said on the page, and the data stays', async () => {
  await fakeBrowser.storage.local.set({ 'draft:zendesk:1': { id: 'd1' } });
  const refused = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
  const clear = vi.spyOn(fakeBrowser.storage.local, 'clear').mockImplementation(refused);
  await ask();
  await act(async () => button('options_deleteConfirm')?.click());
  expect(host.querySelector('[role="status"]')?.textContent).toBe('options_storageRefused');
  expect(host.querySelector('[role="alertdialog"]')).toBeNull();
  clear.mockRestore();
  expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'draft:zendesk:1': { id: 'd1' } });

  const get = vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(refused);
  await act(async () => button('options_export')?.click());
  get.mockRestore();
  // Said again: the status line empties first, so a screen reader hears the second refusal too.
  await act(async () => new Promise((done) => setTimeout(done, 400)));
  expect(host.querySelector('[role="status"]')?.textContent).toBe('options_storageRefused');
});

test('a second Export all is announced again: the status line empties, then says it again', async () => {
  await act(async () => button('options_export')?.click());
  const status = host.querySelector('[role="status"]');
  expect(status?.textContent).toBe('options_exported');
  const texts: string[] = [];
  new MutationObserver(() => texts.push(status?.textContent ?? '')).observe(status as Element, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  await act(async () => button('options_export')?.click());
  await act(async () => new Promise((done) => setTimeout(done, 400)));
  expect(texts).toEqual(['', 'options_exported']);
});

test('the question says how many escalations (and how many open) and drafts it would delete', async () => {
  serveLocaleMessages();
  const settings = { ...DEFAULT_SETTINGS };
  await escalateDraft(draft({ id: 'e1', key: 'zendesk:1', summary: 'Exports stop' }), NOW, settings);
  await escalateDraft(draft({ id: 'e2', key: 'zendesk:2', summary: 'Login loops' }), NOW, settings);
  const e3 = await escalateDraft(draft({ id: 'e3', key: 'zendesk:3', summary: 'Slow search' }), NOW, settings);
  await fakeBrowser.storage.local.set({
    'record:e3': { ...e3, status: 'resolved' },
    'draft:zendesk:4': draft({ id: 'd4', key: 'zendesk:4' }),
  });
  const page = await mount(
    <I18nProvider locale="en">
      <DataSection onChanged={() => undefined} />
    </I18nProvider>,
  );
  const remove = await vi.waitFor(() => {
    const found = [...page.querySelectorAll('button')].find((b) => b.textContent === 'Delete all data');
    if (!found) throw new Error('not shown yet');
    return found;
  });
  await act(async () => remove.click());
  await vi.waitFor(() =>
    expect(page.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'escalations: 3 (2 of them open, whose reminders stop); drafts: 1.',
    ),
  );
  // A screen reader hears them with the question, though focus is already on its safe answer.
  const dialog = page.querySelector('[role="alertdialog"]');
  expect(page.querySelector(`[id="${dialog?.getAttribute('aria-describedby')}"]`)?.textContent).toContain('drafts: 1.');
  // Where the follow-up schedule can be read, the statuses come from it, without reading every record.
  const ids = Array.from({ length: 1204 }, (_, i) => `r${i}`);
  // A hand-edited schedule's rows of records not stored are not counted.
  const rows = Object.fromEntries(
    [...ids, 'gone1', 'gone2'].map((id, i) => [
      id,
      [i < 87 || i > 1203 ? 'escalated' : 'resolved', 'high', 0, 0, 0, 0, 0, 0],
    ]),
  );
  await fakeBrowser.storage.local.set({
    'index:schedule': { version: 1, rows },
    ...Object.fromEntries(ids.map((id) => [`record:${id}`, { id }])),
  });
  const keep = [...page.querySelectorAll('button')].find((b) => b.textContent === 'Keep my data');
  await act(async () => keep?.click());
  await act(async () => [...page.querySelectorAll('button')].find((b) => b.textContent === 'Delete all data')?.click());
  await vi.waitFor(() =>
    expect(page.querySelector('[role="alertdialog"]')?.textContent).toContain('escalations: 1,207 (87 of them open'),
  );
  // What was set aside as unreadable is deleted too, and said.
  await fakeBrowser.storage.local.set({
    'quarantine:record:r9:1764000000000': 'not a record',
    'quarantine:draft:zendesk:4:1764000000000': { id: 4 },
  });
  await act(async () => [...page.querySelectorAll('button')].find((b) => b.textContent === 'Keep my data')?.click());
  await act(async () => [...page.querySelectorAll('button')].find((b) => b.textContent === 'Delete all data')?.click());
  await vi.waitFor(() =>
    expect(page.querySelector('[role="alertdialog"]')?.textContent).toContain(
      'drafts: 1; unreadable items set aside: 2. Use Export all first',
    ),
  );
  vi.unstubAllGlobals();
});
