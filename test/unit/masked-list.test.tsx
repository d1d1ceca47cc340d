import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BriefPanel } from '../../components/BriefPanel';
import { I18nProvider } from '../../components/i18n';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

beforeEach(() => serveLocaleMessages());
afterEach(() => vi.unstubAllGlobals());

test('two secrets of one kind are numbered in the list, so Show names the one it reveals; a single one is not', async () => {
  const host = await mount(
    <I18nProvider locale="en">
      <BriefPanel
        draft={draft({
          summary: 'Webhook fails',
          description:
            'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc123def456 then Bearer ZXlKaGJHY2lPaUpJVXpJMU5pSjkuZXlK and api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc',
        })}
        locale="en"
        onLocale={() => undefined}
        redaction={redactionOf({ unmasked: [] }, DEFAULT_SETTINGS)}
        timeZone="UTC"
        onKeep={() => undefined}
      />
    </I18nProvider>,
  );
  const items = () => [...host.querySelectorAll('[class*="masked"] li')].map((li) => li.textContent ?? '');
  await vi.waitFor(() => expect(items()).toHaveLength(3));
  expect(items()[0]).toMatch(/^token 1: \[token removed\] Show this token 1 in the brief$/);
  expect(items()[1]).toMatch(/^token 2: \[token removed\] Show this token 2 in the brief$/);
  expect(items()[2]).toMatch(/^API key or secret: \[API key removed\] Show this API key or secret in the brief$/);
});
