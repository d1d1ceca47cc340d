import { act } from 'react';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterPaint } from '../../components/after-paint';
import { EscalationsTab } from '../../components/escalations/EscalationsTab';
import { I18nProvider } from '../../components/i18n';
import { LaterPart } from '../../components/LaterPart';
import { LaterSimilarIssues } from '../../components/LaterSimilarIssues';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';
import { ReadyPanel } from './support/ready-panel';

// As when the extension was updated while the panel stayed open: the step's chunk is gone.
vi.mock('../../components/steps/ImpactStep', () => {
  throw new Error('chunk not found');
});

// Without messages loaded, the panel shows message keys: the tests look for those.
let host: HTMLDivElement;

beforeEach(async () => {
  fakeBrowser.reset();
  host = await mount(<ReadyPanel />);
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
  expect(alert?.querySelector('p')?.textContent).toBe('app_partLoadFailed');
  expect(alert?.querySelector('details summary')?.textContent).toBe('app_errorForSupport');
  expect(host.querySelector('#step-heading')?.textContent).toContain('steps_title_impact');
  await act(async () => button('steps_triage').click());
  expect(summary()).toBe('Exports stop for all EU customers');
});

// What Chrome says when the panel asks for a script the updated extension no longer has.
const CHUNK_GONE = 'Failed to fetch dynamically imported module: chrome-extension://abcdef/chunks/ImpactStep-3f9a.js';

test.each(['en', 'zh-CN'] as const)(
  'in %s, a part that cannot be loaded says what to do in plain words; the browser error is folded away for support',
  async (locale) => {
    serveLocaleMessages();
    const step = afterPaint<unknown>(() => Promise.reject(new TypeError(CHUNK_GONE)));
    const panel = await mount(
      <I18nProvider locale={locale}>
        <LaterPart part={step} render={() => null} />
      </I18nProvider>,
    );
    await vi.waitFor(() => expect(panel.querySelector('[role="alert"]')).not.toBeNull());
    const alert = panel.querySelector('[role="alert"]');
    expect(alert?.querySelector('p')?.textContent).toBe(
      locale === 'en'
        ? 'This part of the panel could not be loaded, usually because the extension was updated while the panel was open. Your draft is kept: close the panel and reopen it to try again.'
        : '面板的这一部分无法加载，通常是因为面板打开期间扩展程序已更新。草稿已保留：请关闭面板后重新打开再试。',
    );
    expect(alert?.querySelector('p')?.textContent).not.toContain('chrome-extension://');
    expect(alert?.querySelector('details:not([open])')?.textContent).toContain(CHUNK_GONE);
    vi.unstubAllGlobals();
  },
);

test('the Similar issues box that cannot be loaded says the same: reopen the panel to try again', async () => {
  const { similarIssues } = await import('../../components/later-parts');
  vi.spyOn(similarIssues, 'use').mockReturnValue({ state: 'failed', error: CHUNK_GONE });
  const none = () => undefined;
  const box = await mount(
    <LaterSimilarIssues
      found={undefined}
      error={undefined}
      windowDays={30}
      onLink={none}
      onUnlink={none}
      onDismiss={none}
    />,
  );
  expect(box.querySelector('h3')?.textContent).toBe('patterns_title');
  expect(box.querySelector('[role="alert"] p')?.textContent).toBe('app_partLoadFailed');
  expect(box.querySelector('[role="alert"] details')?.textContent).toContain(CHUNK_GONE);
});

test('the Escalations tab that cannot be loaded says the same', async () => {
  const { escalationsTab } = await import('../../components/later-parts');
  vi.spyOn(escalationsTab, 'use').mockReturnValue({ state: 'failed', error: CHUNK_GONE });
  const tab = await mount(
    <EscalationsTab records={[]} settings={DEFAULT_SETTINGS} patterns={{ library: undefined, version: 0 }} />,
  );
  expect(tab.querySelector('[role="alert"] p')?.textContent).toBe('app_partLoadFailed');
  expect(tab.querySelector('[role="alert"] details')?.textContent).toContain(CHUNK_GONE);
});
