import { act } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { ImpactStep } from '../../components/steps/ImpactStep';
import { assess } from '../../lib/escalation/assess';
import type { Escalation } from '../../lib/escalation/model';
import { draft, NOW } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

beforeEach(() => {
  serveLocaleMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const start = draft({});
let form: UseFormReturn<Escalation>;

function Impact() {
  form = useForm<Escalation>({ defaultValues: start });
  return (
    <ImpactStep
      form={form}
      draft={start}
      assessment={assess({ draft: start, now: NOW, agentTier: 'l1', timeZone: 'UTC' })}
      prefilled={new Set()}
      thread={[]}
      timeZone="UTC"
      goToField={() => undefined}
    />
  );
}

function field(host: HTMLElement, label: string): HTMLInputElement | HTMLSelectElement {
  const id = [...host.querySelectorAll('label')].find((l) => l.textContent === label)?.htmlFor ?? '';
  return host.ownerDocument.getElementById(id) as HTMLInputElement | HTMLSelectElement;
}

function type(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

test('a revenue typed in a currency the menu does not list (CHF 5000) is in that currency, shown chosen beside it', async () => {
  const host = await mount(
    <I18nProvider locale="en">
      <Impact />
    </I18nProvider>,
  );
  const revenue = field(host, 'Revenue at risk') as HTMLInputElement;
  await act(async () => type(revenue, 'CHF 5000'));
  await act(async () => revenue.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
  expect(form.getValues('impact.revenueAtRisk')).toEqual({ amount: 5000, currency: 'CHF' });
  expect(field(host, 'Currency').value).toBe('CHF');
  expect(host.querySelector('[role=alert]')).toBeNull();
});

test('choosing a currency from the menu after that is kept', async () => {
  const host = await mount(
    <I18nProvider locale="en">
      <Impact />
    </I18nProvider>,
  );
  const revenue = field(host, 'Revenue at risk') as HTMLInputElement;
  await act(async () => type(revenue, 'CHF 5000'));
  await act(async () => revenue.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
  const menu = field(host, 'Currency') as HTMLSelectElement;
  await act(async () => {
    menu.value = 'EUR';
    menu.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(form.getValues('impact.revenueAtRisk.currency')).toBe('EUR');
  expect(field(host, 'Currency').value).toBe('EUR');
});

test.each([
  ['Customers affected', '2.5', 'A count is a whole number, such as 3 or 1,200.'],
  ['Customers affected', '0', 'Enter at least 1; if none are affected, leave the field empty.'],
  ['Pending deals affected', '1.5', 'A count is a whole number, such as 3 or 1,200.'],
])('%s: %s is refused with “%s”', async (label, text, message) => {
  const host = await mount(
    <I18nProvider locale="en">
      <Impact />
    </I18nProvider>,
  );
  await act(async () => type(field(host, label) as HTMLInputElement, text));
  expect(host.querySelector('[role=alert]')?.textContent).toBe(message);
});

test('no revenue at risk, $0, is a figure', async () => {
  const host = await mount(
    <I18nProvider locale="en">
      <Impact />
    </I18nProvider>,
  );
  await act(async () => type(field(host, 'Revenue at risk') as HTMLInputElement, '0'));
  expect(form.getValues('impact.revenueAtRisk.amount')).toBe(0);
  expect(host.querySelector('[role=alert]')).toBeNull();
});
