// Adding a custom domain waits on the browser's permission prompt; a language the panel changed meanwhile
// must survive the write that follows.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../components/options/OptionsApp';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('fetch', async () => new Response('{}'));
  Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', true);
});

test('a panel change made while the permission prompt is open survives adding a domain', async () => {
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, uiLocale: 'en' } });
  let grant: (v: boolean) => void = () => {};
  const perms = fakeBrowser.permissions as unknown as Record<string, unknown>;
  perms.request = () =>
    new Promise<boolean>((r) => {
      grant = r;
    });
  perms.contains = async () => true;
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<OptionsApp />));
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  const input = [...host.querySelectorAll('input')].find((i) =>
    i.closest('section')?.textContent?.includes('options_domains'),
  );
  if (!input) throw new Error(`no domain input: ${host.textContent?.slice(0, 300)}`);
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, 'support.acme.com');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const add = [...(input.closest('section')?.querySelectorAll('button') ?? [])].find((b) =>
    /add/i.test(b.textContent ?? ''),
  );
  await act(async () => add?.click());
  // Meanwhile, in the side panel, the agent switches the language.
  const cur = (await fakeBrowser.storage.local.get('settings')).settings as object;
  await act(async () => {
    await fakeBrowser.storage.local.set({ settings: { ...cur, uiLocale: 'zh-CN' } });
  });
  await act(async () => {
    grant(true);
    await new Promise((r) => setTimeout(r, 20));
  });
  const after = (await fakeBrowser.storage.local.get('settings')).settings as {
    uiLocale: string;
    customDomains: string[];
  };
  act(() => root.unmount());
  expect(after.customDomains).toEqual(['https://support.acme.com']);
  expect(after.uiLocale).toBe('zh-CN');
});
