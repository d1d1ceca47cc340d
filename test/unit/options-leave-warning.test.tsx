// Leaving the options page (closing its tab, reloading it) with settings typed and not saved: the browser asks
// first, as it does for a form on the web; with nothing unsaved it does not.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';

let host: HTMLDivElement;
let unmount: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('fetch', async () => new Response('{}'));
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  await fakeBrowser.storage.local.set({
    settings: { ...DEFAULT_SETTINGS, timeZone: 'UTC', holidays: ['2026-12-25'], reporter: { name: 'Sam', team: '' } },
  });
  host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  unmount = () => act(() => root.unmount());
  await act(async () => root.render(<OptionsApp />));
  await settle();
});
afterEach(() => {
  unmount();
  host.remove();
  vi.unstubAllGlobals();
});

const settle = () => act(async () => new Promise((r) => setTimeout(r, 50)));
// Without messages loaded, the page shows message keys.
const field = (label: string) => {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  return document.getElementById(found?.htmlFor ?? '') as HTMLInputElement | HTMLTextAreaElement;
};
const type = (label: string, value: string) =>
  act(async () => {
    const input = field(label);
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
// What the browser asks when the page is left: whether the page held it back.
const asksBeforeLeaving = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

test('the browser asks before the page is left with a setting typed and not saved, and not once it is saved', async () => {
  expect(asksBeforeLeaving()).toBe(false);
  await type('options_reporterName', 'Sam Rivera');
  expect(asksBeforeLeaving()).toBe(true);
  await act(async () => [...host.querySelectorAll('button')].find((b) => b.textContent === 'options_save')?.click());
  await settle();
  expect(asksBeforeLeaving()).toBe(false);
});

test('a holiday line typed and not yet a date asks too; typed back as it was, nothing does', async () => {
  await type('options_holidays', '2026-12-25\n2026-12-');
  expect(asksBeforeLeaving()).toBe(true);
  await type('options_holidays', '2026-12-25');
  expect(asksBeforeLeaving()).toBe(false);
});
