import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationDetail } from '../../components/escalations/EscalationDetail';
import { escalateDraft, loadRecord } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { mount } from './support/mount';

// A severity change lacking what it needs is never a button that looks pressable and does nothing: it stays
// enabled, and pressed, it says at the field what is missing and moves focus there.
// Without messages loaded, the panel shows message keys: the tests look for those.
let host: HTMLDivElement;

beforeEach(async () => {
  fakeBrowser.reset();
  await escalateDraft(draft({ id: 'e1', key: 'zendesk:1', summary: 'Exports stop' }), NOW, DEFAULT_SETTINGS);
  host = await mount(
    <EscalationDetail id="e1" settings={DEFAULT_SETTINGS} now={NOW} startWith="view" onBack={() => undefined} />,
  );
  await act(async () => new Promise((done) => setTimeout(done, 20)));
});

const changeButton = () =>
  [...host.querySelectorAll('details > button')].find(
    (b) => b.textContent === 'esc_changeSeverity',
  ) as HTMLButtonElement;
const pick = (severity: string) =>
  act(async () => {
    const select = host.querySelector('select#sev-new') as HTMLSelectElement;
    select.value = severity;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const type = (field: HTMLInputElement, text: string) =>
  act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });

test('Change severity without a reason: focus goes to the reason, marked invalid and described by the error', async () => {
  const reason = host.querySelector('input#sev-reason') as HTMLInputElement;
  await pick('critical');
  const change = changeButton();
  change.focus();
  await act(async () => change.click());
  expect(document.activeElement).toBe(reason);
  expect(reason.getAttribute('aria-invalid')).toBe('true');
  expect(host.querySelector(`#${reason.getAttribute('aria-describedby')}`)?.textContent).toBe(
    'esc_error_reasonrequired',
  );
});

test('typing a reason clears the mark', async () => {
  const reason = host.querySelector('input#sev-reason') as HTMLInputElement;
  await pick('critical');
  await act(async () => changeButton().click());
  await type(reason, 'Customer escalated');
  expect(reason.getAttribute('aria-invalid')).toBeNull();
  expect(host.textContent).not.toContain('esc_error_reasonrequired');
});

test('after a change the reason box is empty again, and focus is on the severity', async () => {
  const reason = host.querySelector('input#sev-reason') as HTMLInputElement;
  // Escalated as Medium ("Medium → Medium" is nothing to change: escalation-needed.test.tsx).
  expect((host.querySelector('select#sev-new') as HTMLSelectElement).value).toBe('medium');
  await pick('high');
  await type(reason, 'Customer asked');
  changeButton().focus();
  await act(async () => changeButton().click());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(host.querySelector('[role="status"]')?.textContent).toBe('esc_severityChanged');
  expect(reason.value).toBe('');
  expect(document.activeElement?.id).toBe('sev-new');
});

test('Change severity with the severity it already has: nothing is logged, and focus goes to the severity, which says to choose another', async () => {
  const severity = host.querySelector('select#sev-new') as HTMLSelectElement;
  await type(host.querySelector('input#sev-reason') as HTMLInputElement, 'Customer asked');
  const change = changeButton();
  expect(change.disabled).toBe(false);
  change.focus();
  await act(async () => change.click());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
  expect(document.activeElement).toBe(severity);
  expect(severity.getAttribute('aria-invalid')).toBe('true');
  expect(host.querySelector(`#${severity.getAttribute('aria-describedby')}`)?.textContent).toBe(
    'esc_error_severityunchanged',
  );
  const stored = await loadRecord('e1');
  expect(stored.state === 'ok' && stored.value.log.map((e) => e.kind)).toEqual(['created']);
  // Choosing another severity clears the mark.
  await pick('high');
  expect(severity.getAttribute('aria-invalid')).toBeNull();
  expect(host.textContent).not.toContain('esc_error_severityunchanged');
});
