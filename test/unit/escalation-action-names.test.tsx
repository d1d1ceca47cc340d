import { screen } from '@testing-library/react';
import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationDetail } from '../../components/escalations/EscalationDetail';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { mount } from './support/mount';

// Without messages loaded, the panel shows message keys: the tests look for those.
beforeEach(async () => {
  fakeBrowser.reset();
  await escalateDraft(draft({ id: 'e1', key: 'zendesk:1', summary: 'Exports stop' }), NOW, DEFAULT_SETTINGS);
  await mount(
    <EscalationDetail id="e1" settings={DEFAULT_SETTINGS} now={NOW} startWith="view" onBack={() => undefined} />,
  );
  await act(async () => new Promise((done) => setTimeout(done, 20)));
});

test('each box of actions on an escalation is a group a screen reader names by its summary', () => {
  const names = ['followup_logUpdate', 'esc_changeSeverity', 'esc_customerUpdate', 'esc_deEscalate', 'esc_resolve'];
  for (const name of names)
    expect(screen.getByRole('group', { name }).querySelector('summary')?.textContent).toBe(name);
});
