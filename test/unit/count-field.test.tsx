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
  return <NumberField label="Customers affected" control={form.control} name="impact.breadth.count" count />;
}

function type(input: HTMLInputElement, text: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(async () => {
  host = await mount(<Harness />);
});

const input = () => host.querySelector('input') as HTMLInputElement;
const count = () => form.getValues('impact.breadth.count');
const alert = () => host.querySelector('[role=alert]')?.textContent;

test.each([
  ['2.5', 'numberWhole'],
  ['0', 'numberAtLeastOne'],
])('%s customers is refused at the field: %s', async (text, message) => {
  await act(async () => type(input(), text));
  expect(count()).toBeUndefined();
  expect(alert()).toBe(message);
  expect(input().value).toBe(text);
});

test('1.234 customers is 1234 customers', async () => {
  await act(async () => type(input(), '1.234'));
  expect(count()).toBe(1234);
  expect(alert()).toBeUndefined();
});
