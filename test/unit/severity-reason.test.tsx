import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationDetail } from '../../components/escalations/EscalationDetail';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { mount } from './support/mount';

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

test('Change severity without a reason: focus goes to the reason, marked invalid and described by the error', async () => {
  const reason = host.querySelector('input#sev-reason') as HTMLInputElement;
  const change = [...host.querySelectorAll('details > button')].find(
    (b) => b.textContent === 'esc_changeSeverity',
  ) as HTMLButtonElement;
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
  const change = [...host.querySelectorAll('details > button')].find(
    (b) => b.textContent === 'esc_changeSeverity',
  ) as HTMLButtonElement;
  await act(async () => change.click());
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(reason, 'Customer escalated');
    reason.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(reason.getAttribute('aria-invalid')).toBeNull();
  expect(host.textContent).not.toContain('esc_error_reasonrequired');
});
