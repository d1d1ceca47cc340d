// A large file takes the page a long while to import: the page says it is importing, and takes no second
// file meanwhile, then says what it did.
import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { DataSection } from '../../components/options/DataSection';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

let host: HTMLDivElement;

beforeEach(async () => {
  fakeBrowser.reset();
  serveLocaleMessages();
  host = await mount(
    <I18nProvider locale="en">
      <DataSection onChanged={() => undefined} />
    </I18nProvider>,
  );
  await act(async () => new Promise((r) => setTimeout(r, 20)));
});

const settle = () => act(async () => new Promise((r) => setTimeout(r, 50)));

test('while a file is read and planned, the status says it is importing and the import control is disabled', async () => {
  const input = host.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  let release: (text: string) => void = () => undefined;
  const file = new File([''], 'escalation-brief-2026-12-01.json');
  Object.defineProperty(file, 'text', { value: () => new Promise<string>((r) => (release = r)) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  const status = () => host.querySelector('[role="status"]')?.textContent;
  expect(status()).toBe('Importing escalation-brief-2026-12-01.json…');
  expect(input.disabled).toBe(true);

  release(JSON.stringify({ format: 'escalation-brief-export', version: 1, exportedAt: 'x', items: {} }));
  await settle();
  expect(status()).toBe('Imported 0, skipped 0.');
  expect(input.disabled).toBe(false);
});

test('a file the page cannot read gives the control back, with the reason', async () => {
  const input = host.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  const file = new File([''], 'gone.json');
  Object.defineProperty(file, 'text', { value: () => Promise.reject(new Error('NotReadableError')) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
  expect(host.querySelector('[role="status"]')?.textContent).toContain('NotReadableError');
  expect(input.disabled).toBe(false);
});
