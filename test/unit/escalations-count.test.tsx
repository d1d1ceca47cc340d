import { act, useState } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EscalationsView } from '../../components/escalations/EscalationsView';
import { I18nProvider } from '../../components/i18n';
import { indexRowOf } from '../../lib/escalation/migrate';
import type { Escalation } from '../../lib/escalation/model';
import { escalateDraft } from '../../lib/platform/record-store';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

let records: Escalation[];
let tick: () => void;

beforeEach(async () => {
  fakeBrowser.reset();
  serveLocaleMessages();
  records = [
    await escalateDraft(draft({ id: 'e1', key: 'zendesk:1', summary: 'Exports stop' }), NOW, DEFAULT_SETTINGS),
    await escalateDraft(draft({ id: 'e2', key: 'zendesk:2', summary: 'Login loops' }), NOW, DEFAULT_SETTINGS),
    await escalateDraft(draft({ id: 'e3', key: 'zendesk:3', summary: 'Exports slow' }), NOW, DEFAULT_SETTINGS),
  ];
});
afterEach(() => {
  vi.unstubAllGlobals();
});

// The list as the panel shows it, its clock moved on by tick().
function List() {
  const [now, setNow] = useState(NOW);
  tick = () => setNow((n) => new Date(n.getTime() + 60_000));
  return (
    <EscalationsView
      records={records.map(indexRowOf)}
      now={now}
      settings={DEFAULT_SETTINGS}
      patterns={{ library: undefined, version: 0 }}
    />
  );
}

async function open(locale: 'en' | 'zh-CN') {
  const host = await mount(
    <I18nProvider locale={locale}>
      <List />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.querySelector('#esc-search')).not.toBeNull());
  return host;
}
// In steps, each drawn as the panel would draw it: one act() would draw only what its end holds.
async function wait(ms: number) {
  for (let waited = 0; waited < ms; waited += 50) await act(async () => new Promise((done) => setTimeout(done, 50)));
}
const announced = (host: HTMLElement) => host.querySelector('[aria-live="polite"]')?.textContent;
async function search(host: HTMLElement, text: string) {
  const box = host.querySelector('#esc-search') as HTMLInputElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

test.each([
  ['en', '2 of 3 escalations shown.', 'No escalations match.'],
  ['zh-CN', '共 3 条升级，显示 2 条。', '没有符合条件的升级。'],
] as const)('in %s, a search says how many escalations it leaves, once typing rests', async (locale, two, none) => {
  const host = await open(locale);
  await wait(600);
  expect(announced(host)).toBe('');
  await search(host, 'E');
  await search(host, 'Ex');
  await search(host, 'Exports');
  expect(announced(host)).toBe('');
  await wait(600);
  expect(announced(host)).toBe(two);
  await search(host, 'Exports gone');
  await wait(600);
  expect(announced(host)).toBe(none);
});

test('a filter that leaves the same count says it again', async () => {
  const host = await open('en');
  const status = host.querySelector('#esc-status') as HTMLSelectElement;
  const choose = async (value: string) => {
    await act(async () => {
      status.value = value;
      status.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await wait(900);
  };
  await choose('all');
  expect(announced(host)).toBe('3 of 3 escalations shown.');
  const region = host.querySelector('[aria-live="polite"]') as Element;
  const heard: string[] = [];
  new MutationObserver(() => heard.push(region.textContent ?? '')).observe(region, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  await choose('open');
  expect(heard).toEqual(['', '3 of 3 escalations shown.']);
  await choose('closed');
  expect(announced(host)).toBe('No escalations match.');
});

test('the clock moving the list on says nothing', async () => {
  const host = await open('en');
  await search(host, 'Login');
  await wait(600);
  expect(announced(host)).toBe('1 of 3 escalations shown.');
  const region = host.querySelector('[aria-live="polite"]') as Element;
  const changes: MutationRecord[] = [];
  new MutationObserver((records) => changes.push(...records)).observe(region, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  await act(async () => tick());
  await wait(900);
  expect(changes).toEqual([]);
});
