import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { SettingsForm } from '../../components/options/SettingsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';

// The messages the test reads; any other shows as its key.
const MESSAGES = {
  options_start: 'Start',
  options_end: 'End',
  options_timeZone: 'Time zone',
  options_holidays: 'Holidays',
  options_customerMin: '$1 customer update, from (hours)',
  options_customerMax: '$1 customer update, by (hours)',
  options_save: 'Save settings',
  options_err_holiday: 'Line $1 is not a date.',
  options_err_hoursOrder: 'Business hours must end after they start.',
  options_invalid: 'Not saved: $1',
  options_invalidMany: 'Not saved: $1 values to fix. The first: $2',
  options_saved: 'Saved.',
  options_storageRefused: "The browser's storage refused that ($1). Nothing was changed.",
};
let host: HTMLDivElement;
let root: Root;
let saved: number;
let refuse: boolean;
// What storage holds: saving writes onto it, as the options page does.
let stored: Settings;
// Set, a save waits on it: the stored settings may come back before the write is said to be done.
let writing: Promise<void> | undefined;

// The form as the options page shows it, for the settings stored now.
const show = (initial: Settings) =>
  act(async () =>
    root.render(
      <I18nProvider locale="en">
        <SettingsForm
          initial={initial}
          onSave={async (changed) => {
            if (refuse) throw new Error('QUOTA_BYTES quota exceeded');
            saved++;
            stored = { ...stored, ...changed };
            await writing;
            return stored;
          }}
        />
      </I18nProvider>,
    ),
  );

beforeEach(async () => {
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const body = JSON.stringify(Object.fromEntries(Object.entries(MESSAGES).map(([k, message]) => [k, { message }])));
  vi.stubGlobal('fetch', async () => new Response(body));
  saved = 0;
  refuse = false;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  stored = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
  writing = undefined;
  await show(stored);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

function field(label: string): HTMLInputElement | HTMLTextAreaElement {
  const found = [...host.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = found && document.getElementById(found.htmlFor);
  if (!input) throw new Error(`no field ${label}`);
  return input as HTMLInputElement;
}
async function type(label: string, value: string) {
  const input = field(label);
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
// What the form's live regions say, in page order: the save's, then whether the stored settings changed.
const statusLines = () => [...host.querySelectorAll('[role="status"]')].map((p) => p.textContent);
const description = (input: Element) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
async function save() {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save settings');
  button?.focus();
  await act(async () => button?.click());
}

async function saveFourMistakes() {
  await type('Start', '18:00');
  await type('Time zone', 'Beijing');
  await type('Holidays', '2026-10-01\n2026-13-45\n国庆节');
  await type('High customer update, from (hours)', '10');
  await save();
}

test('a refused save is announced once, with how many values to fix, not as one alert per field', async () => {
  await saveFourMistakes();
  expect(saved).toBe(0);
  expect(host.querySelectorAll('[role="alert"]')).toHaveLength(0);
  expect(host.querySelector('[role="status"]')?.textContent).toBe(
    'Not saved: 4 values to fix. The first: Business hours must end after they start.',
  );
});

test('each field a save refuses is marked invalid and described by its reason (and its hint)', async () => {
  await saveFourMistakes();
  const end = field('End');
  expect(end.getAttribute('aria-invalid')).toBe('true');
  expect(description(end)).toBe('Business hours must end after they start.');
  const tz = field('Time zone');
  expect(tz.getAttribute('aria-invalid')).toBe('true');
  expect(description(tz)).toMatch(/^options_err_timeZone \| options_timeZoneHint$/);
  expect(field('Holidays').getAttribute('aria-invalid')).toBe('true');
  const max = field('High customer update, by (hours)');
  expect(max.getAttribute('aria-invalid')).toBe('true');
  expect(description(max)).toBe('options_err_window');
  expect(field('Start').hasAttribute('aria-invalid')).toBe(false);
});

test('every holiday line that is not a date is named, not only the first', async () => {
  await saveFourMistakes();
  expect(description(field('Holidays'))).toBe('Line 2 is not a date. Line 3 is not a date.');
});

test('keyboard focus moves to the first field a refused save explains', async () => {
  await saveFourMistakes();
  expect(document.activeElement).toBe(field('End'));
});

test('a save the browser refuses says so, and does not say Saved', async () => {
  refuse = true;
  await type('Start', '08:00');
  await save();
  expect(host.querySelector('[role="status"]')?.textContent).toBe(
    "The browser's storage refused that (Error: QUOTA_BYTES quota exceeded). Nothing was changed.",
  );
  refuse = false;
  await save();
  expect(host.querySelector('[role="status"]')?.textContent).toBe('Saved.');
});

test('a second Save settings is announced again: the status line empties, then says Saved. again', async () => {
  await type('Start', '08:00');
  await save();
  const status = host.querySelector('[role="status"]');
  expect(status?.textContent).toBe('Saved.');
  const texts: string[] = [];
  new MutationObserver(() => texts.push(status?.textContent ?? '')).observe(status as Element, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  await save();
  await act(async () => new Promise((done) => setTimeout(done, 400)));
  expect(saved).toBe(2);
  expect(texts).toEqual(['', 'Saved.']);
});

test('after saving a time zone typed in lower case, the field shows it as saved and the form follows the panel again', async () => {
  await type('Time zone', 'europe/berlin');
  await save();
  expect(stored.timeZone).toBe('Europe/Berlin');
  expect(field('Time zone').value).toBe('Europe/Berlin');
  // The tier changed in the side panel afterwards: nothing is being edited here, so the page shows it.
  stored = { ...stored, agentTier: 'manager' };
  await show(stored);
  expect(field('fields_tier').value).toBe('manager');
});

test('settings stored anew (an import, Delete all data) keep what was typed and not saved, and show the rest', async () => {
  await type('Start', '08:00');
  await show({ ...stored, agentTier: 'l1', holidays: ['2026-12-25'] });
  expect(field('Start').value).toBe('08:00');
  expect(field('fields_tier').value).toBe('l1');
  expect(field('Holidays').value).toBe('2026-12-25');
  // Only the stored ones changed where nothing was typed: nothing to say.
  expect(host.querySelector('[role="status"]')?.textContent).toBe('');
  await save();
  expect(stored).toMatchObject({ businessHours: { start: '08:00' } });
});

test('where a typed field was changed in storage too, what was typed stays and the page says the stored ones changed', async () => {
  await type('Start', '08:00');
  await show({ ...stored, businessHours: { ...stored.businessHours, start: '10:00' } });
  expect(field('Start').value).toBe('08:00');
  expect(statusLines()).toEqual(['', 'options_changedElsewhere']);
});

test('the settings being saved coming back before the save is done are not said to have changed elsewhere', async () => {
  let done: () => void = () => undefined;
  writing = new Promise((resolve) => (done = resolve));
  await type('Time zone', 'europe/berlin');
  await save();
  await show(stored);
  expect(statusLines()).toEqual(['', '']);
  await act(async () => done());
  expect(field('Time zone').value).toBe('Europe/Berlin');
  expect(statusLines()).toEqual(['Saved.', '']);
});
