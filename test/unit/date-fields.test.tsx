import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CommsStep } from '../../components/steps/CommsStep';
import { ImpactStep } from '../../components/steps/ImpactStep';
import { serveLocaleMessages } from './support/messages';
import { fieldByLabel, mountStep, typeInto } from './support/step';

beforeEach(() => {
  serveLocaleMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const UNREADABLE =
  'This date was not understood, so the brief shows it as typed. Write it as 2026-11-19 14:05 or Nov 19, 2026 2:05 PM.';
const FUTURE = 'This date is still to come: enter when it happened.';

const FIELDS = [
  [ImpactStep, 'Time in queue (since)'],
  [CommsStep, 'Last update to customer: date'],
] as const;

const CASES = [
  ['yesterday', UNREADABLE],
  ['19/11/2026 10:05', UNREADABLE],
  ['2099-01-01', FUTURE],
] as const;

test.each(FIELDS.flatMap(([step, label]) => CASES.map(([text, message]) => [label, text, message, step] as const)))(
  '%s: “%s” is kept as typed, with “%s” under it',
  async (label, text, message, step) => {
    const host = await mountStep(step);
    const input = fieldByLabel(host, label);
    await act(async () => typeInto(input, text));
    expect(input.value).toBe(text);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const shown = host.querySelector(`#${CSS.escape(input.id)}-error`);
    expect(shown?.textContent).toBe(message);
    expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-error`);
  },
);

test.each(FIELDS)('%s: a date understood gets no message', async (step, label) => {
  const host = await mountStep(step);
  const input = fieldByLabel(host, label);
  await act(async () => typeInto(input, 'Nov 19'));
  expect(input.getAttribute('aria-invalid')).toBeNull();
  expect(host.querySelector('[role=alert]')).toBeNull();
});

// The test page's date-time input drops a six-digit year (275760) that Chrome keeps; typed-date.test reads it.
test.each(['0001-01-01T00:00', '2101-01-01T00:00'])(
  'a deadline of %s is kept, with “Enter a date from 1970 to 2100.” under it',
  async (text) => {
    const host = await mountStep(CommsStep);
    const input = fieldByLabel(host, 'Deadline');
    await act(async () => typeInto(input, text));
    expect(input.value).toBe(text);
    expect(host.querySelector(`#${CSS.escape(input.id)}-error`)?.textContent).toBe('Enter a date from 1970 to 2100.');
  },
);

// A helpdesk's raw timestamp, or a date typed loosely, is shown back as the brief will write it.
test.each(FIELDS)('%s: a date understood is shown under it as the brief writes it', async (step, label) => {
  const host = await mountStep(step);
  const input = fieldByLabel(host, label);
  await act(async () => typeInto(input, '2026-11-18T09:02:11+01:00'));
  const hint = host.querySelector(`#${CSS.escape(input.id)}-hint`);
  expect(hint?.textContent).toBe('Read as Nov 18, 2026, 8:02 AM UTC.');
  expect(input.getAttribute('aria-describedby')).toContain(`${input.id}-hint`);
  await act(async () => typeInto(input, 'yesterday'));
  expect(host.querySelector(`#${CSS.escape(input.id)}-hint`)).toBeNull();
});
