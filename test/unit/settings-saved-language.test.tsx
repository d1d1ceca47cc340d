import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { DataSection } from '../../components/options/DataSection';
import { SettingsForm } from '../../components/options/SettingsForm';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';
import { serveLocaleMessages } from './support/messages';

// The options page as it runs: saving a new panel language re-renders the page in that language.
function Page() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS, timeZone: 'UTC' });
  return (
    <I18nProvider locale={settings.uiLocale}>
      <SettingsForm
        initial={settings}
        onSave={async (changed) => {
          const next = { ...settings, ...changed };
          setSettings(next);
          return next;
        }}
      />
    </I18nProvider>
  );
}

test('saving 简体中文 as the panel language says 设置已保存。 in Chinese, and Settings saved. back in English', async () => {
  serveLocaleMessages();
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<Page />));
  await vi.waitFor(() => expect(host.querySelector('button[type="submit"]')).not.toBeNull());
  const saveIn = async (locale: string) => {
    const label = [...host.querySelectorAll('label')].find((l) => /Panel language|面板语言/.test(l.textContent ?? ''));
    const select = document.getElementById(label?.htmlFor ?? '') as HTMLSelectElement;
    await act(async () => {
      select.value = locale;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click());
  };
  const status = () => host.querySelector('[role="status"]')?.textContent;

  await saveIn('zh-CN');
  await vi.waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
  expect(status()).toBe('设置已保存。');
  await saveIn('en');
  await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'));
  await vi.waitFor(() => expect(status()).toBe('Settings saved.'));

  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

test("what Your data said follows the page's language when it changes (Delete all data puts it back to English)", async () => {
  serveLocaleMessages();
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const page = (locale: 'en' | 'zh-CN') => (
    <I18nProvider locale={locale}>
      <DataSection onChanged={() => undefined} />
    </I18nProvider>
  );
  await act(async () => root.render(page('zh-CN')));
  const button = (name: RegExp) => [...host.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  await vi.waitFor(() => expect(button(/删除所有数据/)).toBeDefined());
  await act(async () => button(/删除所有数据/)?.click());
  await act(async () => button(/^确认删除/)?.click());
  const status = () => host.querySelector('[role="status"]')?.textContent;
  await vi.waitFor(() => expect(status()).toBe('所有数据已删除。'));
  await act(async () => root.render(page('en')));
  await vi.waitFor(() => expect(status()).toBe('All data was deleted.'));

  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});
