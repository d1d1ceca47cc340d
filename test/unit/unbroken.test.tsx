import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BriefPanel } from '../../components/BriefPanel';
import { I18nProvider } from '../../components/i18n';
import { Unbroken } from '../../components/Unbroken';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

beforeEach(() => serveLocaleMessages());
afterEach(() => vi.unstubAllGlobals());

const TOKEN = 'state=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9eyJzdWIiOiIxMjM0NTY3ODkwIn0';
const BLOB = 'iVBORw0KGgo'.repeat(100);

test('a link or token wraps with the text; a run of 300 characters without a space is set on a line of its own that scrolls', async () => {
  const short = await mount(<Unbroken text={`SSO loop ${TOKEN}`} />);
  expect(short.querySelector('span')).toBeNull();
  expect(short.textContent).toBe(`SSO loop ${TOKEN}`);
  const long = await mount(<Unbroken text={`Pasted ${BLOB} here`} />);
  expect(long.querySelector('span')?.className).not.toBe('');
  expect(long.textContent).toBe(`Pasted ${BLOB} here`);
});

test("the brief's preview scrolls sideways itself when the brief holds such a run, so the keyboard reaches it", async () => {
  const preview = async (summary: string) => {
    const host = await mount(
      <I18nProvider locale="en">
        <BriefPanel
          draft={draft({ summary })}
          locale="en"
          onLocale={() => undefined}
          initialFormat="text"
          redaction={redactionOf({ unmasked: [] }, DEFAULT_SETTINGS)}
          timeZone="UTC"
          onKeep={() => undefined}
        />
      </I18nProvider>,
    );
    await vi.waitFor(() => expect(host.querySelector('pre')?.textContent).toContain(summary.slice(0, 20)));
    return host.querySelector('pre');
  };
  const plain = await preview('Exports stop at 10,000 rows');
  expect(plain?.className).toBe('');
  const blob = await preview(`Upload fails ${BLOB}`);
  expect(blob?.className).not.toBe('');
  expect(blob?.tabIndex).toBe(0);
});
