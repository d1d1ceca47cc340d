import { act } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { CommsStep } from '../../components/steps/CommsStep';
import { TriedField } from '../../components/steps/TriedField';
import type { Escalation } from '../../lib/escalation/model';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';
import { mountStep } from './support/step';

beforeEach(() => {
  serveLocaleMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const filled = draft({
  tried: [
    { action: 'Re-ran the export', result: 'Same 10,000 rows' },
    { action: 'Cleared the cache', result: 'No change' },
    { action: 'Tried another browser', result: 'No change' },
  ],
  needed: {
    asks: [
      { kind: 'investigate', detail: 'Why the export stops' },
      { kind: 'fix', detail: 'Lift the row cap' },
      { kind: 'decide', detail: 'Whether to refund' },
    ],
  },
});

function Tried() {
  const form = useForm<Escalation>({ defaultValues: filled });
  return <TriedField form={form} />;
}

async function removeSecond(host: HTMLElement, name: RegExp) {
  const remove = [...host.querySelectorAll('button')].filter((b) => name.test(b.textContent ?? ''))[1];
  await act(async () => remove?.click());
}
const region = (host: HTMLElement, field: string) =>
  host.querySelector(`[data-field="${field}"] [aria-live="polite"]`)?.textContent;

test.each([
  ['en', 'Tried 2 removed.'],
  ['zh-CN', '已删除尝试 2。'],
] as const)('in %s, removing a "What\'s been tried" row says which one went', async (locale, said) => {
  const host = await mount(
    <I18nProvider locale={locale}>
      <Tried />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.querySelector('legend')).not.toBeNull());
  expect(region(host, 'tried')).toBe('');
  await removeSecond(host, /^(Remove tried|删除尝试) \d$/);
  expect(host.querySelectorAll('[data-field="tried"] input')).toHaveLength(4);
  expect(region(host, 'tried')).toBe(said);
});

test.each([
  ['en', 'Ask 2 removed.'],
  ['zh-CN', '已删除需求 2。'],
] as const)('in %s, removing an ask says which one went', async (locale, said) => {
  const host = await mountStep(CommsStep, filled, locale);
  await vi.waitFor(() => expect(host.querySelector('[data-field="needed.asks"]')).not.toBeNull());
  expect(region(host, 'needed.asks')).toBe('');
  await removeSecond(host, /^(Remove ask|删除需求) \d$/);
  expect(host.querySelectorAll('[data-field="needed.asks"] select')).toHaveLength(2);
  expect(region(host, 'needed.asks')).toBe(said);
});
