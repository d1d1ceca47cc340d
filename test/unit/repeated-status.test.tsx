import { act } from 'react';
import { useForm } from 'react-hook-form';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationDetail } from '../../components/escalations/EscalationDetail';
import { ListField } from '../../components/ListField';
import { Recommendation } from '../../components/Recommendation';
import { assess } from '../../lib/escalation/assess';
import type { Escalation } from '../../lib/escalation/model';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { mount } from './support/mount';

vi.mock('../../lib/platform/worker-client', () => ({ copyToClipboard: async () => ({ ok: true }) }));

// Without messages loaded, the panel shows message keys: the tests look for those.
let host: HTMLDivElement;

beforeEach(() => {
  fakeBrowser.reset();
});

const button = (name: string) => {
  const found = [...host.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const wait = (ms: number) => act(async () => new Promise((done) => setTimeout(done, ms)));
const press = async (name: string) => {
  await act(async () => button(name).click());
  await wait(20);
};
async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** What a screen reader is given by a live region from now on: its text after each change to it. */
function heard(region: Element | null): string[] {
  if (!region) throw new Error('no live region');
  const texts: string[] = [];
  new MutationObserver(() => texts.push(region.textContent ?? '')).observe(region, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  return texts;
}
// The region empties, then says the sentence again: Chromium's accessibility tree sees it change.
async function saidAgain(texts: string[], sentence: string) {
  await wait(400);
  expect(texts).toEqual(['', sentence]);
}

async function openEscalation() {
  const record: Escalation = await escalateDraft(draft({ id: 'e1', summary: 'Exports stop' }), NOW, DEFAULT_SETTINGS);
  host = await mount(
    <EscalationDetail id={record.id} settings={DEFAULT_SETTINGS} now={NOW} startWith="view" onBack={() => undefined} />,
  );
  await vi.waitFor(() => expect(host.querySelector('h2')?.textContent).toContain('Exports stop'));
  return host.querySelector('[role="status"]');
}

test('a second logged update is announced again', async () => {
  const status = await openEscalation();
  const box = host.querySelector('textarea#upd-text') as HTMLTextAreaElement;
  const log = () =>
    [...host.querySelectorAll<HTMLButtonElement>('details button')].find((b) => b.textContent === 'followup_logUpdate');
  await type(box, 'Engineering on it');
  await act(async () => log()?.click());
  await vi.waitFor(() => expect(status?.textContent).toBe('esc_logged_updateteam'));
  const texts = heard(status);
  await type(box, 'Fix deployed to staging');
  await act(async () => log()?.click());
  await saidAgain(texts, 'esc_logged_updateteam');
});

test('Copy customer update after Copy update brief says "Copied." again', async () => {
  const status = await openEscalation();
  await press('esc_copyUpdateBrief');
  await vi.waitFor(() => expect(status?.textContent).toBe('esc_copied'));
  const texts = heard(status);
  await press('esc_copyCustomerUpdate');
  await saidAgain(texts, 'esc_copied');
});

test('Copy update brief says "Copied." once', async () => {
  const status = await openEscalation();
  const texts = heard(status);
  await press('esc_copyUpdateBrief');
  await vi.waitFor(() => expect(status?.textContent).toBe('esc_copied'));
  await wait(400);
  expect(texts).toEqual(['esc_copied']);
});

test("a de-escalation step's message copied twice is announced twice", async () => {
  const status = await openEscalation();
  const copyMessage = () => host.querySelector<HTMLButtonElement>('ol button');
  await act(async () => copyMessage()?.click());
  await vi.waitFor(() => expect(status?.textContent).toBe('esc_copied'));
  const texts = heard(status);
  await act(async () => copyMessage()?.click());
  await saidAgain(texts, 'esc_copied');
});

test("each step's Copy message button is named for its step", async () => {
  await openEscalation();
  const names = [...host.querySelectorAll('ol button')].map((b) => b.getAttribute('aria-label'));
  expect(names.length).toBeGreaterThan(1);
  expect(new Set(names).size).toBe(names.length);
  for (const name of names) expect(name).toMatch(/^esc_copyMessage: \S/);
});

function Steps() {
  const form = useForm<Escalation>({
    defaultValues: draft({ repro: { steps: ['Open Reports', 'Export', 'Count rows', 'Compare'] } }),
  });
  return <ListField control={form.control} name="repro.steps" legend="Steps" itemLabel="Step" addLabel="Add step" />;
}

test('removing step 2 twice is announced twice', async () => {
  host = await mount(<Steps />);
  const region = host.querySelector('[aria-live="polite"]');
  const remove = () => [...host.querySelectorAll('button')].filter((b) => b.textContent === 'list_removeShort')[1];
  await act(async () => remove()?.click());
  expect(region?.textContent).toBe('list_removed');
  const texts = heard(region);
  await act(async () => remove()?.click());
  await saidAgain(texts, 'list_removed');
});

test('the handle-in-support note copied twice is announced twice', async () => {
  const quiet = draft({ summary: 'How do I export invoices?' });
  const assessment = assess({ draft: quiet, now: NOW, agentTier: 'l1', timeZone: 'UTC' });
  expect(assessment.decision).toBe('handle');
  host = await mount(
    <Recommendation assessment={assessment} draft={quiet} redaction={{ emails: true, phones: true, keep: [] }} />,
  );
  // The note loads with the masking rules, just after the recommendation.
  await act(() => vi.waitFor(() => button('rec_copyNote')));
  const status = host.querySelector('[role="status"]');
  await press('rec_copyNote');
  expect(status?.textContent).toBe('rec_noteCopied');
  const texts = heard(status);
  await press('rec_copyNote');
  await saidAgain(texts, 'rec_noteCopied');
});
