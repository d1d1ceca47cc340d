import { act, useState } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../components/Panel';
import type { PanelSession } from '../../components/usePanelSession';
import type { ReadTicketResult } from '../../lib/messages/panel';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { mount } from './support/mount';

// As when the extension was updated while the panel stayed open: the step's chunk is gone.
vi.mock('../../components/steps/ImpactStep', () => {
  throw new Error('chunk not found');
});

// Without messages loaded, the panel shows message keys: the tests look for those.
let host: HTMLDivElement;
const read: ReadTicketResult = { ok: false, reason: 'unreachable' };

function Harness() {
  const [session] = useState<PanelSession>({
    phase: 'ready',
    read,
    draft: draft({ id: 'd1', summary: 'Exports stop for all EU customers' }),
  });
  const api = {
    session,
    reread: async () => undefined,
    escalate: async () => undefined,
    newDraft: async () => undefined,
  };
  return (
    <Panel
      api={{ ...api, movedTo: undefined }}
      settings={DEFAULT_SETTINGS}
      onSettings={() => undefined}
      boundTabId={1}
    />
  );
}

beforeEach(async () => {
  fakeBrowser.reset();
  host = await mount(<Harness />);
});

const button = (name: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const settle = async (until: () => boolean) => {
  for (let i = 0; i < 250 && !until(); i++) await act(async () => new Promise((done) => setTimeout(done, 20)));
};
const summary = () => host.querySelector<HTMLInputElement>('input[name="summary"]')?.value;

test('the first step is drawn with the draft; the next steps load after it', async () => {
  expect(summary()).toBe('Exports stop for all EU customers');
  await act(async () => button('steps_repro').click());
  expect(host.querySelector('#step-heading')?.textContent).toContain('steps_title_repro');
  await settle(() => !host.textContent?.includes('steps_loading'));
  expect(host.querySelector('[role="alert"]')).toBeNull();
  expect(host.querySelector('input[name="repro.expected"]')).not.toBeNull();
});

test('a step that cannot be loaded says so; the draft and the other steps are kept', async () => {
  await act(async () => button('steps_impact').click());
  await settle(() => !!host.querySelector('[role="alert"]'));
  const alert = host.querySelector('[role="alert"]');
  expect(alert?.textContent).toContain('steps_loadFailed');
  expect(host.querySelector('#step-heading')?.textContent).toContain('steps_title_impact');
  await act(async () => button('steps_triage').click());
  expect(summary()).toBe('Exports stop for all EU customers');
});
