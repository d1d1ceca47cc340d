import { act } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { beforeEach, expect, test } from 'vitest';
import { NumberField } from '../../components/fields';
import { Escalation } from '../../lib/escalation/model';
import { mount } from './support/mount';

const START = Escalation.parse({
  id: 'e1',
  schemaVersion: 2,
  key: 'zendesk:1',
  createdAt: '2026-11-22T11:00:00.000Z',
  updatedAt: '2026-11-22T11:00:00.000Z',
});

let host: HTMLDivElement;
let form: UseFormReturn<Escalation>;

function Harness() {
  form = useForm<Escalation>({ defaultValues: START });
  return <NumberField label="Revenue at risk" control={form.control} name="impact.revenueAtRisk.amount" />;
}

// React tracks an input's value itself: set it through the native setter, then dispatch, as a user's
// typing does.
function type(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(async () => {
  host = await mount(<Harness />);
});

const input = () => host.querySelector('input') as HTMLInputElement;
const amount = () => form.getValues('impact.revenueAtRisk.amount');

test('what the agent types stays as typed, and the draft holds the number it means', async () => {
  for (const text of ['1', '12', '12,', '12,0', '12,000', '120k']) {
    await act(async () => type(input(), text));
    expect(input().value).toBe(text);
  }
  expect(amount()).toBe(120000);
});

test('twelve thousand euros written the European way is twelve thousand', async () => {
  await act(async () => type(input(), '12.000 €'));
  expect(amount()).toBe(12000);
  expect(host.querySelector('[role=alert]')).toBeNull();
});

test('a figure being corrected into something unreadable stays on screen and leaves no figure', async () => {
  await act(async () => type(input(), '50000'));
  await act(async () => type(input(), '50000 or so'));
  expect(input().value).toBe('50000 or so');
  expect(amount()).toBeUndefined();
  expect(host.textContent).toContain('numberInvalid');
});

test.each([
  ['-5', 'numberNegative'],
  ['1e9', 'numberExponent'],
  ['50000 or so', 'numberInvalid'],
])('%s is refused at the field with its own reason', async (text, message) => {
  await act(async () => type(input(), text));
  expect(amount()).toBeUndefined();
  expect(host.querySelector('[role=alert]')?.textContent).toBe(message);
});

test('a 401-digit number is no number: saving goes on', async () => {
  await act(async () => type(input(), '9'.repeat(401)));
  expect(amount()).toBeUndefined();
  expect(Escalation.safeParse(form.getValues()).success).toBe(true);
});

test('a value from elsewhere that returns to what the agent typed is shown', async () => {
  await act(async () => type(input(), '5000'));
  await act(async () => form.setValue('impact.revenueAtRisk.amount', 7000));
  expect(input().value).toBe('7000');
  await act(async () => form.setValue('impact.revenueAtRisk.amount', 5000));
  expect(input().value).toBe('5000');
});

test('a value set from elsewhere is shown', async () => {
  await act(async () => type(input(), '5'));
  await act(async () => form.setValue('impact.revenueAtRisk.amount', 50000));
  expect(input().value).toBe('50000');
  await act(async () => form.setValue('impact.revenueAtRisk.amount', undefined));
  expect(input().value).toBe('');
});

test.each([1234.567, 0.005, 1e21])(
  'a stored value of %d (older releases kept any decimals) opens without looping',
  async (n) => {
    await act(async () => form.setValue('impact.revenueAtRisk.amount', n));
    expect(input().value).toBe(String(n));
    await act(async () => type(input(), '5'));
    expect(input().value).toBe('5');
  },
);
