import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import type { Locale } from '../../lib/brief/labels';
import { serveLocaleMessages } from './support/messages';

async function shownIn(locale: Locale, title?: string): Promise<{ lang: string; title: string }> {
  serveLocaleMessages();
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
  const root = createRoot(document.createElement('div'));
  await act(async () =>
    root.render(
      <I18nProvider locale={locale} title={title}>
        <p>page</p>
      </I18nProvider>,
    ),
  );
  await vi.waitFor(() => expect(document.documentElement.lang).toBe(locale));
  const shown = { lang: document.documentElement.lang, title: document.title };
  act(() => root.unmount());
  return shown;
}

test("the options page's title and language follow the language chosen for the panel", async () => {
  expect(await shownIn('zh-CN', 'options_title')).toEqual({ lang: 'zh-CN', title: '升级简报——设置' });
  expect(await shownIn('en', 'options_title')).toEqual({ lang: 'en', title: 'Escalation Brief — settings' });
});

test("the panel's title is the extension's name in the chosen language", async () => {
  expect(await shownIn('zh-CN')).toEqual({ lang: 'zh-CN', title: '升级简报' });
});
