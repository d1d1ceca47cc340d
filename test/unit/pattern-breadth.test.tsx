import { waitFor } from '@testing-library/react';
import { act, useState } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationEditor } from '../../components/EscalationEditor';
import { I18nProvider } from '../../components/i18n';
import { renderBrief } from '../../lib/brief/render';
import type { Escalation, EscalationInput } from '../../lib/escalation/model';
import * as links from '../../lib/patterns/draft-links';
import { createLibrary, type PatternLibrary } from '../../lib/patterns/library';
import type { IndexProgress } from '../../lib/patterns/live-library';
import { loadDraft, saveDraft } from '../../lib/platform/draft-store';
import { webhooksLate } from './engine-draft';
import { EDITOR_PROPS } from './support/editor';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';
import { fieldByLabel, typeInto } from './support/step';

// As storage reads it back (with the helpdesk's host).
const KEY = 'zendesk:acme.zendesk.com:1';
const THREE = 'Acme Corp, Globex, Initech';

beforeEach(() => {
  fakeBrowser.reset();
  serveLocaleMessages();
});

const recent = () => new Date(Date.now() - 86_400_000).toISOString();

/** Globex and Initech reported the issue the draft (Acme Corp's) is about. */
function reports(): PatternLibrary {
  const lib = createLibrary();
  for (const [id, account] of [
    ['g', 'Globex'],
    ['i', 'Initech'],
  ] as const)
    lib.put(webhooksLate(id, account, { createdAt: recent() }), 'record');
  return lib;
}

const acme = (extra: Partial<EscalationInput> = {}): Escalation =>
  webhooksLate('d1', 'Acme Corp', { key: KEY, status: 'draft', createdAt: recent(), ...extra });

/** The draft as stored once the panel wrote the three customers into Impact. */
const written = (extra: Partial<EscalationInput> = {}) =>
  acme({
    impact: { breadth: { count: 3, names: THREE } },
    patterns: { appliedCount: 3, appliedNames: { wrote: THREE, replaced: '', replacedFromPage: false } },
    ...extra,
  });

let setLibrary: (lib: PatternLibrary, progress?: IndexProgress) => void;
/** Closes the panel's editor and opens it again on `draft`. */
let reopen: (draft: Escalation) => void;

function Editor({
  initial,
  library,
  progress,
}: {
  initial: Escalation;
  library: PatternLibrary;
  progress?: IndexProgress;
}) {
  // As the panel has them: what a match does to the draft loads with the library.
  const [patterns, setPatterns] = useState({ library, links, version: 1, progress });
  setLibrary = (next, progress) => setPatterns((p) => ({ library: next, links, version: p.version + 1, progress }));
  const [opened, setOpened] = useState({ draft: initial, times: 1 });
  reopen = (draft) => setOpened((o) => ({ draft, times: o.times + 1 }));
  return (
    <I18nProvider locale="en">
      <EscalationEditor key={opened.times} initial={opened.draft} {...EDITOR_PROPS} patterns={patterns} />
    </I18nProvider>
  );
}

async function open(initial: Escalation, library = reports(), progress?: IndexProgress) {
  const host = await mount(<Editor initial={initial} library={library} progress={progress} />);
  await waitFor(() => expect(host.querySelector('#similar-heading')).not.toBeNull());
  return host;
}

async function goTo(host: HTMLElement, step: string) {
  const nav = host.querySelector('nav');
  const button = [...(nav?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes(step));
  await act(async () => button?.click());
  await waitFor(() => expect(host.querySelector('#step-heading')?.textContent).toContain(step));
}

const customersBox = async (host: HTMLElement) => {
  await waitFor(() => expect(fieldByLabel(host, 'Customers affected')).not.toBeNull());
  return fieldByLabel(host, 'Customers affected').value;
};

const stored = async () => {
  const read = await loadDraft(KEY);
  if (read.state !== 'ok') throw new Error(`no stored draft: ${read.state}`);
  return read.value;
};

async function dismiss(host: HTMLElement, customer: string) {
  const button = await waitFor(() => {
    const item = [...host.querySelectorAll('li')].find((li) => li.textContent?.startsWith(customer));
    const found = [...(item?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Dismiss');
    expect(found).toBeDefined();
    return found;
  });
  await act(async () => button?.click());
  await waitFor(() => expect(host.textContent).not.toContain('3 customers reported'));
}

test('a count the panel wrote and took back below three is gone from the box, the stored draft and the brief', async () => {
  const host = await open(written());
  await dismiss(host, 'Initech');
  await goTo(host, 'Impact');
  expect(await customersBox(host)).toBe('');
  await act(async () => typeInto(fieldByLabel(host, 'Affected customer names'), 'Acme Corp, Globex'));
  await waitFor(async () => expect((await stored()).impact.breadth.names).toBe('Acme Corp, Globex'));
  const draft = await stored();
  expect(draft.impact.breadth.count).toBeUndefined();
  expect(fieldByLabel(host, 'Customers affected').value).toBe('');
  expect(renderBrief(draft, 'text', 'en')).toContain('Customers affected: Acme Corp, Globex\n');
});

test('the box follows while Impact is on screen: a report removed elsewhere takes the count back at once', async () => {
  const host = await open(written());
  await goTo(host, 'Impact');
  expect(await customersBox(host)).toBe('3');
  const fewer = createLibrary();
  fewer.put(webhooksLate('g', 'Globex', { createdAt: recent() }), 'record');
  await act(async () => setLibrary(fewer));
  await waitFor(() => expect(fieldByLabel(host, 'Customers affected').value).toBe(''));
  await waitFor(async () => expect((await stored()).impact.breadth.count).toBeUndefined());
});

test('a draft saved in another panel with the count taken back shows without it', async () => {
  const host = await open(written());
  await goTo(host, 'Impact');
  expect(await customersBox(host)).toBe('3');
  const names = 'Acme Corp, Globex';
  const elsewhere = acme({
    impact: { breadth: { names } },
    patterns: { dismissed: ['i'] },
    updatedAt: new Date(Date.now() + 60_000).toISOString(),
  });
  await act(async () => saveDraft(elsewhere));
  await waitFor(() => expect(fieldByLabel(host, 'Affected customer names').value).toBe(names));
  expect(fieldByLabel(host, 'Customers affected').value).toBe('');
});

test('a figure the agent empties stays empty when its step is shown again', async () => {
  // Nothing similar: no count of the panel's comes into it.
  const host = await open(acme({ impact: { breadth: { count: 12 } }, severity: 'high' }), createLibrary());
  await goTo(host, 'Impact');
  await act(async () => typeInto(fieldByLabel(host, 'Customers affected'), ''));
  await goTo(host, 'Target');
  const severity = await waitFor(() => {
    const select = fieldByLabel<HTMLSelectElement>(host, 'Severity');
    expect(select).not.toBeNull();
    return select;
  });
  await act(async () => {
    severity.value = '';
    severity.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await goTo(host, 'Impact');
  expect(await customersBox(host)).toBe('');
  await goTo(host, 'Target');
  await waitFor(() => expect(fieldByLabel<HTMLSelectElement>(host, 'Severity')).not.toBeNull());
  expect(fieldByLabel<HTMLSelectElement>(host, 'Severity').value).toBe('');
  await goTo(host, 'Impact');
  await act(async () => typeInto(fieldByLabel(host, 'Becomes critical'), 'Friday'));
  await waitFor(async () => expect((await stored()).impact.duration.critical).toBe('Friday'));
  const draft = await stored();
  expect(draft.impact.breadth.count).toBeUndefined();
  expect(draft.severity).toBeUndefined();
});

test('a count and names the panel wrote and the agent emptied stay empty when the panel opens again', async () => {
  const host = await open(acme());
  await goTo(host, 'Impact');
  await waitFor(() => expect(fieldByLabel(host, 'Customers affected').value).toBe('3'));
  expect(fieldByLabel(host, 'Affected customer names').value).toBe(THREE);
  await act(async () => typeInto(fieldByLabel(host, 'Affected customer names'), ''));
  await act(async () => typeInto(fieldByLabel(host, 'Customers affected'), ''));
  await waitFor(async () => expect((await stored()).impact.breadth).toEqual({ names: '', growing: false }));
  const emptied = await stored();
  await act(async () => reopen(emptied));
  await waitFor(() => expect(host.textContent).toContain('3 customers reported'));
  await goTo(host, 'Impact');
  expect(await customersBox(host)).toBe('');
  expect(fieldByLabel(host, 'Affected customer names').value).toBe('');
  // Fewer than three customers and three again: nothing of the panel's comes back into them.
  await goTo(host, 'Triage');
  await dismiss(host, 'Initech');
  const third = reports();
  third.put(webhooksLate('h', 'Hooli', { createdAt: recent() }), 'record');
  await act(async () => setLibrary(third));
  await waitFor(() => expect(host.textContent).toContain('3 customers reported'));
  await goTo(host, 'Impact');
  expect(await customersBox(host)).toBe('');
  expect(fieldByLabel(host, 'Affected customer names').value).toBe('');
  await act(async () => typeInto(fieldByLabel(host, 'Becomes critical'), 'Friday'));
  await waitFor(async () => expect((await stored()).impact.duration.critical).toBe('Friday'));
  expect((await stored()).impact.breadth).toEqual({ names: '', growing: false });
});

test('the agent’s own answer to the pattern criterion says so, with the customers as they are now', async () => {
  const host = await open(acme());
  const note = () => host.querySelector('#triage-three-plus-customers-note')?.textContent;
  await waitFor(() => expect(note()).toBe(`from similar escalations: ${THREE}`));
  const box = host.querySelector<HTMLInputElement>('#triage-three-plus-customers');
  await act(async () => box?.click());
  await act(async () => box?.click());
  expect(box?.checked).toBe(true);
  expect(note()).toBe(`your answer (similar escalations suggest it: ${THREE})`);
  await dismiss(host, 'Initech');
  // Two customers: nothing suggests it any more; the answer stays the agent's, with no list to go stale
  // (here or among the reasons to escalate).
  expect(box?.checked).toBe(true);
  expect(note()).toBeUndefined();
  expect(host.textContent).not.toContain('Initech');
  await waitFor(async () =>
    expect((await stored()).triage.answers['three-plus-customers']).toEqual({ value: true, source: 'agent' }),
  );
});

test('while the stored escalations are still being indexed, the count is not filled in; once all are, it is', async () => {
  const lib = reports();
  const host = await open(acme(), lib, { indexed: 2, total: 9000 });
  await waitFor(() => expect(host.textContent).toContain('Looked through the newest 2 of 9,000 escalations'));
  expect(host.textContent).toContain('3 customers reported');
  await goTo(host, 'Impact');
  expect(await customersBox(host)).toBe('');
  await act(async () => setLibrary(lib));
  await waitFor(() => expect(fieldByLabel(host, 'Customers affected').value).toBe('3'));
});
