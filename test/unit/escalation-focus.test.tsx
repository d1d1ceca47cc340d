import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationsView } from '../../components/escalations/EscalationsView';
import { indexRowOf } from '../../lib/escalation/migrate';
import type { Escalation } from '../../lib/escalation/model';
import { escalateDraft, loadRecord } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { mount } from './support/mount';

// Without messages loaded, the panel shows message keys: the tests look for those.
let host: HTMLDivElement;
let records: Escalation[];

beforeEach(async () => {
  fakeBrowser.reset();
  records = [
    await escalateDraft(draft({ id: 'e1', key: 'zendesk:1', summary: 'Exports stop' }), NOW, DEFAULT_SETTINGS),
    await escalateDraft(draft({ id: 'e2', key: 'zendesk:2', summary: 'Login loops' }), NOW, DEFAULT_SETTINGS),
  ];
  host = await mount(
    <EscalationsView
      records={records.map(indexRowOf)}
      now={NOW}
      settings={DEFAULT_SETTINGS}
      patterns={{ library: undefined, version: 0 }}
    />,
  );
});

const button = (name: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const settle = () => act(async () => new Promise((done) => setTimeout(done, 20)));
const click = async (b: HTMLButtonElement) => {
  b.focus();
  await act(async () => b.click());
  await settle();
};

test('an escalation opened from the list has keyboard focus on its name, and Back returns to its row', async () => {
  await click(button('Login loops'));
  expect(document.activeElement?.tagName).toBe('H2');
  expect(document.activeElement?.textContent).toContain('Login loops');
  await click(button('esc_back'));
  expect(document.activeElement).toBe(button('Login loops'));
});

test('after Log update, focus stays in the update box, emptied for the next update', async () => {
  await click(button('Exports stop'));
  const box = host.querySelector('textarea#upd-text') as HTMLTextAreaElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(box, 'Engineering on it');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const log = [...host.querySelectorAll('details button')].find(
    (b) => b.textContent === 'followup_logUpdate',
  ) as HTMLButtonElement;
  await click(log);
  expect(host.querySelector('[role="status"]')?.textContent).toBe('esc_logged_updateteam');
  expect(document.activeElement).toBe(box);
  expect(box.value).toBe('');
});

test('Log update with an empty box logs nothing: focus goes to the box, which says to write the update first', async () => {
  await click(button('Exports stop'));
  const box = host.querySelector('textarea#upd-text') as HTMLTextAreaElement;
  const log = [...host.querySelectorAll('details button')].find(
    (b) => b.textContent === 'followup_logUpdate',
  ) as HTMLButtonElement;
  // Never a button that looks pressable and does nothing: it stays enabled and says what it lacks.
  expect(log.disabled).toBe(false);
  await click(log);
  expect(document.activeElement).toBe(box);
  expect(box.getAttribute('aria-invalid')).toBe('true');
  expect(host.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent).toBe('esc_error_updaterequired');
  const stored = await loadRecord('e1');
  expect(stored.state === 'ok' && stored.value.log.map((e) => e.kind)).toEqual(['created']);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(box, 'Engineering on it');
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(box.getAttribute('aria-invalid')).toBeNull();
});

test.each([
  ['esc_deEscalate', 'esc_deEscalated'],
  ['esc_resolve', 'esc_resolved'],
])('after %s, focus goes to the escalation name, not the page', async (action, done) => {
  await click(button('Exports stop'));
  if (action === 'esc_resolve') {
    const cause = host.querySelector('input#res-cause') as HTMLInputElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(cause, 'Row cap');
      cause.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  const go = [...host.querySelectorAll('details > button')].find((b) => b.textContent === action) as HTMLButtonElement;
  await click(go);
  expect(host.querySelector('[role="status"]')?.textContent).toBe(done);
  expect(document.activeElement?.tagName).toBe('H2');
});

test('the escalation’s status line is in the page before its first message, so the message is read out', async () => {
  await click(button('Exports stop'));
  const line = host.querySelector('[role="status"]');
  expect(line?.textContent).toBe('');
  await click(button('esc_copyUpdateBrief'));
  expect(host.querySelector('[role="status"]')).toBe(line);
  expect(line?.textContent).not.toBe('');
});
