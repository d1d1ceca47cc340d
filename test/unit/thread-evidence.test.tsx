import { act } from 'react';
import { type UseFormReturn, useForm } from 'react-hook-form';
import { beforeEach, expect, test } from 'vitest';
import { ThreadEvidence } from '../../components/ThreadEvidence';
import type { Escalation, TicketMessage } from '../../lib/escalation/model';
import { draft } from './engine-draft';
import { mount } from './support/mount';

// Without messages loaded, the panel shows message keys: the tests look for those.
const ERROR = 'Export failed: HTTP 500 at row 10,001';
const messages: TicketMessage[] = [
  { role: 'customer', author: 'Dana', text: 'Exports stop at 10,000 rows.' },
  { role: 'customer', author: 'Dana', text: ERROR },
];
let host: HTMLDivElement;
let form: UseFormReturn<Escalation>;

function Harness() {
  form = useForm<Escalation>({ defaultValues: draft({ repro: { evidence: [ERROR] } }) });
  return <ThreadEvidence form={form} messages={messages} />;
}

beforeEach(async () => {
  host = await mount(<Harness />);
});

const buttons = () => [...host.querySelectorAll('li button')] as HTMLButtonElement[];
const status = () => host.querySelector('[role="status"]');

test('a message added to the evidence says so, and its button keeps focus', async () => {
  const live = status();
  expect(live?.textContent).toBe('');
  const [first] = buttons();
  first?.focus();
  await act(async () => first?.click());
  expect(form.getValues('repro.evidence')).toEqual([ERROR, messages[0]?.text]);
  expect(status()).toBe(live);
  expect(live?.textContent).toBe('fields_evidenceAdded');
  expect(first?.textContent).toBe('fields_inEvidence');
  expect(first?.getAttribute('aria-label')).toBe('fields_messageInEvidence');
  expect(first?.getAttribute('aria-disabled')).toBe('true');
  expect(document.activeElement).toBe(first);
});

test('a message already in the evidence is shown as added, and a click says it is already there', async () => {
  const second = buttons()[1];
  expect(second?.textContent).toBe('fields_inEvidence');
  expect(second?.getAttribute('aria-disabled')).toBe('true');
  await act(async () => second?.click());
  expect(form.getValues('repro.evidence')).toEqual([ERROR]);
  expect(status()?.textContent).toBe('fields_evidenceAlready');
});

test('removed from the evidence list, the message can be added again', async () => {
  await act(async () => form.setValue('repro.evidence', []));
  expect(buttons()[1]?.textContent).toBe('fields_addToEvidence');
  expect(buttons()[1]?.hasAttribute('aria-disabled')).toBe(false);
});
