import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection } from '../../components/options/DataSection';
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
