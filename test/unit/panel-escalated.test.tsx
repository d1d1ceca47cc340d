import { act, useState } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Panel } from '../../components/Panel';
import { AUTOSAVE_MS } from '../../components/useDraftAutosave';
import type { PanelSession } from '../../components/usePanelSession';
import type { Escalation } from '../../lib/escalation/model';
import type { ReadTicketResult } from '../../lib/messages/panel';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { mount } from './support/mount';

// Without messages loaded, the panel shows message keys: the tests look for those.
let host: HTMLDivElement;
const read: ReadTicketResult = { ok: false, reason: 'unreachable' };
let escalation: (d: Escalation) => Promise<Escalation>;

function Harness() {
  const [session, setSession] = useState<PanelSession>({ phase: 'ready', read, draft: draft({ id: 'd1' }) });
  const api = {
    session,
    reread: async () => undefined,
    escalate: async (d: Escalation) => {
      const record = await escalation(d);
      setSession({ phase: 'escalated', read, record });
    },
    newDraft: async () => setSession({ phase: 'ready', read, draft: draft({ id: 'd2' }) }),
    movedTo: undefined,
  };
  return <Panel api={api} settings={DEFAULT_SETTINGS} onSettings={() => undefined} boundTabId={1} />;
}

beforeEach(async () => {
  fakeBrowser.reset();
  escalation = async (d) => ({ ...d, status: 'escalated', summary: 'Exports stop' });
  host = await mount(<Harness />);
});

const find = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
const button = (name: string) => {
  const found = find(name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
// The steps after Triage are loaded just after the panel's first paint.
const shown = async (name: string) => {
  for (let i = 0; i < 250 && !find(name); i++) await act(async () => new Promise((done) => setTimeout(done, 20)));
  return button(name);
};
const click = async (b: HTMLButtonElement) => {
  b.focus();
  await act(async () => b.click());
  await act(async () => new Promise((done) => setTimeout(done, 20)));
};
const markEscalated = async () => {
  await click(button('steps_brief'));
  await click(await shown('fields_markEscalated'));
};

test('after Mark as escalated, keyboard focus is on the notice that says so', async () => {
  await markEscalated();
  expect(document.activeElement?.textContent).toContain('app_escalated');
  expect(document.activeElement?.getAttribute('role')).toBe('status');
});

test('the escalated notice is a live region already in the page before it has anything to say', async () => {
  const before = [...host.querySelectorAll('[role="status"]')];
  await markEscalated();
  const notice = [...host.querySelectorAll('[role="status"]')].find((p) => p.textContent?.includes('app_escalated'));
  // The sentence quoting the summary (its words in each language: escalated-notice.test.tsx).
  expect(notice?.textContent).toBe('app_escalatedAbout');
  expect(before).toContain(notice);
});

test('after Start a new draft, keyboard focus is on the new draft’s step', async () => {
  await markEscalated();
  await click(button('app_newDraft'));
  expect(document.activeElement?.id).toBe('step-heading');
});

test('when marking fails, focus returns to Mark as escalated to try again', async () => {
  escalation = async () => {
    // As Chrome does, the button loses focus while it is disabled.
    (document.activeElement as HTMLElement | null)?.blur();
    throw new Error('storage full');
  };
  await markEscalated();
  expect(host.textContent).toContain('fields_escalateFailed');
  expect(document.activeElement).toBe(button('fields_markEscalated'));
});

test('what is typed while a failing escalation is being written is saved with the draft', async () => {
  let fail: (e: Error) => void = () => undefined;
  escalation = () =>
    new Promise((_, reject) => {
      fail = reject;
    });
  await markEscalated();
  const input = host.querySelector<HTMLInputElement>('input[name="reportedBy"]');
  if (!input) throw new Error('no Reported by field');
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'Sam / Tier 2');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => fail(new Error('storage full')));
  await act(async () => new Promise((done) => setTimeout(done, AUTOSAVE_MS + 100)));
  const key = `draft:${draft({ id: 'd1' }).key}`;
  expect((await fakeBrowser.storage.local.get(key))[key]).toMatchObject({ reportedBy: 'Sam / Tier 2' });
});
