import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ImpactStep } from '../../components/steps/ImpactStep';
import { serveLocaleMessages } from './support/messages';
import { fieldByLabel, mountStep, stepForm, typeInto } from './support/step';

beforeEach(() => {
  serveLocaleMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test('a revenue typed in a currency the menu does not list (CHF 5000) is in that currency, shown chosen beside it', async () => {
  const host = await mountStep(ImpactStep);
  const revenue = fieldByLabel(host, 'Revenue at risk');
  await act(async () => typeInto(revenue, 'CHF 5000'));
  await act(async () => revenue.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
  expect(stepForm.getValues('impact.revenueAtRisk')).toEqual({ amount: 5000, currency: 'CHF' });
  expect(fieldByLabel<HTMLSelectElement>(host, 'Currency').value).toBe('CHF');
  expect(host.querySelector('[role=alert]')).toBeNull();
});

test('choosing a currency from the menu after that is kept', async () => {
  const host = await mountStep(ImpactStep);
  const revenue = fieldByLabel(host, 'Revenue at risk');
  await act(async () => typeInto(revenue, 'CHF 5000'));
  await act(async () => revenue.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
  const menu = fieldByLabel<HTMLSelectElement>(host, 'Currency');
  await act(async () => {
    menu.value = 'EUR';
    menu.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(stepForm.getValues('impact.revenueAtRisk.currency')).toBe('EUR');
  expect(fieldByLabel<HTMLSelectElement>(host, 'Currency').value).toBe('EUR');
});

test.each([
  ['Customers affected', '2.5', 'A count is a whole number, such as 3 or 1,200.'],
  ['Customers affected', '0', 'Enter at least 1; if none are affected, leave the field empty.'],
  ['Pending deals affected', '1.5', 'A count is a whole number, such as 3 or 1,200.'],
])('%s: %s is refused with “%s”', async (label, text, message) => {
  const host = await mountStep(ImpactStep);
  await act(async () => typeInto(fieldByLabel(host, label), text));
  expect(host.querySelector('[role=alert]')?.textContent).toBe(message);
});

test('1.234 customers is 1234 customers: a dot before three digits groups thousands', async () => {
  const host = await mountStep(ImpactStep);
  await act(async () => typeInto(fieldByLabel(host, 'Customers affected'), '1.234'));
  expect(stepForm.getValues('impact.breadth.count')).toBe(1234);
  expect(host.querySelector('[role=alert]')).toBeNull();
});

test('no revenue at risk, $0, is a figure', async () => {
  const host = await mountStep(ImpactStep);
  await act(async () => typeInto(fieldByLabel(host, 'Revenue at risk'), '0'));
  expect(stepForm.getValues('impact.revenueAtRisk.amount')).toBe(0);
  expect(host.querySelector('[role=alert]')).toBeNull();
});
