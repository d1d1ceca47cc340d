import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../../components/i18n';
import { ReadStatus } from '../../components/ReadStatus';
import { readTicketInTab } from '../../lib/platform/tabs';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

beforeEach(() => {
  fakeBrowser.reset();
  serveLocaleMessages();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// A tab the browser does not show the extension the address of: what the browser answers when asked to run
// something in it says why.
async function readRefused(error: string, clicked = false) {
  const hidden = { id: 7 } as unknown as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>;
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue(hidden);
  const scripting = { executeScript: vi.fn().mockRejectedValue(new Error(error)) };
  Object.assign(fakeBrowser, { scripting });
  return readTicketInTab(7, clicked);
}

test.each([
  'Cannot access a chrome:// URL',
  'Cannot access a chrome-extension:// URL of different extension',
  'The extensions gallery cannot be scripted.',
  'Cannot access contents of url "file:///home/dana/ticket.html". Extension manifest must request permission to access this host.',
])('a page no extension may read is told apart from one not allowed yet: %s', async (error) => {
  expect(await readRefused(error)).toMatchObject({ ok: false, reason: 'browser-page' });
});

test('a site the extension is not allowed on yet still says so', async () => {
  const read = await readRefused(
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
  );
  expect(read).toMatchObject({ ok: false, reason: 'no-access' });
});

test('a page whose address stays hidden right after a click on the toolbar icon (about:blank) is one no extension may read', async () => {
  const refusal =
    'Cannot access contents of the page. Extension manifest must request permission to access the respective host.';
  expect(await readRefused(refusal, true)).toMatchObject({ ok: false, reason: 'browser-page' });
});

test.each([
  ['en', 'The browser lets no extension read this page'],
  ['zh-CN', '浏览器不允许任何扩展读取此页面'],
] as const)(
  'the panel says plainly (%s) that no extension may read the page, and offers no Options',
  async (locale, said) => {
    const host = await mount(
      <I18nProvider locale={locale}>
        <ReadStatus read={{ ok: false, reason: 'browser-page' }} onReread={() => undefined} />
      </I18nProvider>,
    );
    await vi.waitFor(() => expect(host.textContent).toContain(said));
    expect(host.textContent).not.toMatch(/toolbar icon|工具栏图标/);
    expect(host.querySelectorAll('button')).toHaveLength(1);
  },
);
