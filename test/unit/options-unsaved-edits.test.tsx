// The options page as it runs: an import or Delete all data reloads the stored settings under the form, which
// must not throw away what the agent typed and did not save.
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
    settings: { ...DEFAULT_SETTINGS, timeZone: 'UTC', reporter: { name: 'Sam Rivera', team: 'EMEA' } },
  });
  host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  unmount = () => act(() => root.unmount());
  await act(async () => root.render(<OptionsApp />));
  await act(async () => new Promise((r) => setTimeout(r, 50)));
});
afterEach(() => {
  unmount();
  host.remove();
  vi.unstubAllGlobals();
});

// Without messages loaded, the page shows message keys.
const field = (label: string) => {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  return document.getElementById(found?.htmlFor ?? '') as HTMLInputElement | HTMLTextAreaElement;
};
const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);
const settle = () => act(async () => new Promise((r) => setTimeout(r, 50)));
const type = (label: string, value: string) =>
  act(async () => {
    const input = field(label);
    const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
// What the settings form's live regions say, in page order.
const statusLines = () => [...host.querySelectorAll('form [role="status"]')].map((p) => p.textContent);
async function deleteAllData() {
  await act(async () => button('options_deleteAll')?.click());
  await act(async () => button('options_deleteConfirm')?.click());
  await settle();
}

test('an import keeps what was typed in the settings and not saved', async () => {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
      field('options_timeZone'),
      'Asia/Tokyo',
    );
    field('options_timeZone').dispatchEvent(new Event('input', { bubbles: true }));
  });
  const file = new File(
    [JSON.stringify({ format: 'escalation-brief-export', version: 1, exportedAt: '2026-12-01T00:00:00Z', items: {} })],
    'export.json',
  );
  const input = field('options_import');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  expect(host.textContent).toContain('options_imported');
  expect(field('options_timeZone').value).toBe('Asia/Tokyo');
  expect(field('options_reporterName').value).toBe('Sam Rivera');
});

test('Delete all data keeps what was typed, shows the rest as stored now, and says the stored ones changed', async () => {
  await type('options_reporterName', 'Sam R.');
  await deleteAllData();
  expect(field('options_reporterName').value).toBe('Sam R.');
  expect(field('options_reporterTeam').value).toBe('');
  expect(statusLines()).toContain('options_changedElsewhere');
});

test("the stored settings changing and a save each have a status line: neither takes the other's place", async () => {
  await type('options_reporterName', 'Sam R.');
  await deleteAllData();
  await type('options_timeZone', 'Not/AZone');
  await act(async () => button('options_save')?.click());
  await settle();
  expect(statusLines()).toEqual(['options_invalid', 'options_changedElsewhere']);
  // Saved, what it said of the typed values is done with.
  await type('options_timeZone', 'Asia/Tokyo');
  await act(async () => button('options_save')?.click());
  await settle();
  expect(statusLines()).toEqual(['options_saved', '']);
});

// Leaving the page (closing its tab, reloading it) with settings typed and not saved: the browser asks first,
// as it does for a form on the web; with nothing unsaved it does not. Whether the page held it back:
const asksBeforeLeaving = () => !window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

test('the browser asks before the page is left with a setting typed and not saved, and not once it is saved', async () => {
  expect(asksBeforeLeaving()).toBe(false);
  await type('options_reporterName', 'Dana Whitfield');
  expect(asksBeforeLeaving()).toBe(true);
  await act(async () => button('options_save')?.click());
  await settle();
  expect(asksBeforeLeaving()).toBe(false);
});

test('a holiday line typed and not yet a date asks too; typed back as it was, nothing does', async () => {
  await type('options_holidays', '2026-12-');
  expect(asksBeforeLeaving()).toBe(true);
  await type('options_holidays', '');
  expect(asksBeforeLeaving()).toBe(false);
});
