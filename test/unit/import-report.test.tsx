// What Import a file says, in the page's words: an empty file, and skipped entries named as the agent knows them.
import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { DataSection } from '../../components/options/DataSection';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
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

async function importText(text: string) {
  const input = host.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [new File([text], 'export.json')], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await act(async () => new Promise((r) => setTimeout(r, 20)));
}

test('an empty file is said to be empty', async () => {
  await importText('');
  expect(host.querySelector('[role="status"]')?.textContent).toBe('That file is empty, so nothing was imported.');
});

test('a skipped escalation is named by its customer and summary, not only by its storage key', async () => {
  const broken = {
    id: '22b87bd0-aaaa',
    severity: 'bogus',
    customer: { name: 'Acme\u0007 Corp' },
    summary: 'Export stops at 10,000 rows',
  };
  await importText(
    JSON.stringify({
      format: 'escalation-brief-export',
      version: 1,
      exportedAt: '2026-12-01T00:00:00Z',
      items: { 'record:22b87bd0-aaaa': broken },
    }),
  );
  const line = host.querySelector('li')?.textContent ?? '';
  expect(line).toMatch(/^record:22b87bd0-aaaa \(Acme Corp — Export stops at 10,000 rows\): /);
});

test('a refused custom domain of 300 characters is shown by its start, and why it was refused', async () => {
  const domain = `https://${'a'.repeat(300)}.com`;
  await importText(
    JSON.stringify({
      format: 'escalation-brief-export',
      version: 1,
      exportedAt: '2026-12-01T00:00:00Z',
      items: { settings: { ...DEFAULT_SETTINGS, customDomains: [domain] } },
    }),
  );
  const line = [...host.querySelectorAll('li')]
    .map((li) => li.textContent ?? '')
    .find((l) => l.includes('customDomains'));
  expect(line).toBe(
    `settings.customDomains: https://${'a'.repeat(51)}…: That name is too long for a site (at most 253 characters, and 63 between two dots).`,
  );
});

// A large file takes the page a long while to import: the page says it is importing, and takes no second
// file meanwhile, then says what it did.
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
