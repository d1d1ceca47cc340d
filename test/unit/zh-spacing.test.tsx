import { act } from 'react';
import { useForm } from 'react-hook-form';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { BriefPanel } from '../../components/BriefPanel';
import { I18nProvider } from '../../components/i18n';
import { SimilarIssues } from '../../components/SimilarIssues';
import { Missing } from '../../components/steps/Missing';
import { TargetStep } from '../../components/steps/TargetStep';
import type { Locale } from '../../lib/brief/labels';
import { assess } from '../../lib/escalation/assess';
import type { Escalation } from '../../lib/escalation/model';
import { createLibrary } from '../../lib/patterns/library';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS } from '../../lib/settings/model';
import { draft, NOW, webhooksLate } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

vi.mock('../../lib/platform/worker-client', () => ({ copyToClipboard: async () => ({ ok: true }) }));

beforeEach(() => {
  serveLocaleMessages();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const inLocale = (locale: Locale, ui: React.ReactNode) => mount(<I18nProvider locale={locale}>{ui}</I18nProvider>);
const none = () => undefined;

test.each([
  ['zh-CN', ['已复制为纯文本。', '已复制为 Markdown。']],
  ['en', ['Copied as Plain text.', 'Copied as Markdown.']],
] as const)(
  'in %s, copying the brief says which format, with no stray space before a Chinese name',
  async (locale, said) => {
    const host = await inLocale(
      locale,
      <BriefPanel
        draft={draft({ summary: 'Exports stop' })}
        locale="zh-CN"
        onLocale={none}
        initialFormat="text"
        redaction={redactionOf({ unmasked: [] }, DEFAULT_SETTINGS)}
        timeZone="UTC"
        onKeep={none}
      />,
    );
    const button = () =>
      [...host.querySelectorAll('button')].find((b) => /^(Copy brief|复制简报)$/.test(b.textContent ?? ''));
    await vi.waitFor(() => expect(button()).toBeDefined());
    const copy = () => act(async () => button()?.click());
    const status = () => host.querySelector('[role="status"]')?.textContent;
    await copy();
    await vi.waitFor(() => expect(status()).toBe(said[0]));
    const format = host.querySelector<HTMLSelectElement>('#brief-format');
    await act(async () => {
      if (format) format.value = 'markdown';
      format?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await copy();
    await vi.waitFor(() => expect(status()).toBe(said[1]));
  },
);

function similarFound() {
  const lib = createLibrary();
  for (const [id, org, amount] of [
    ['a', 'Acme', 50_000],
    ['b', 'Globex', 20_000],
  ] as const) {
    lib.put(
      webhooksLate(id, org, {
        createdAt: '2026-11-19T12:00:00Z',
        impact: { revenueAtRisk: { amount, currency: 'USD' } },
      }),
      'record',
    );
  }
  const current = draft({
    id: 'draft-1',
    key: 'zendesk:900',
    summary: 'Webhook delivery delays',
    description: 'Our endpoint receives webhook events with a delay of several hours.',
    customer: { name: '', email: '', account: 'Initech' },
  });
  return { similar: lib.similar(current, { now: NOW }), explain: lib.explain };
}

test.each([
  ['zh-CN', '3 天内有 3 个客户报告了此问题。涉及的风险收入合计：US$70,000。'],
  ['en', '3 customers reported this in 3 days. Revenue at risk across them: $70,000.'],
] as const)('in %s, the Similar issues status runs its sentences on as the language does', async (locale, said) => {
  const host = await inLocale(
    locale,
    <SimilarIssues
      found={similarFound()}
      error={undefined}
      windowDays={90}
      onLink={none}
      onUnlink={none}
      onDismiss={none}
    />,
  );
  await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toBe(said));
});

// Escalating over a security concern with little filled in: items are missing on the triage and target steps.
const bare = draft({ summary: 'Exports stop' }, { security: true });
const assessment = assess({ draft: bare, now: NOW, agentTier: 'l1', timeZone: 'UTC' });

function Target() {
  const form = useForm<Escalation>({ defaultValues: bare });
  return (
    <TargetStep
      form={form}
      draft={bare}
      assessment={assessment}
      prefilled={new Set()}
      thread={[]}
      timeZone="UTC"
      goToField={none}
      agentTier="l1"
      onAgentTier={none}
    />
  );
}

const goToButtons = (host: HTMLElement) =>
  [...host.querySelectorAll('button')]
    .map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '')
    .filter((t) => /^(Go to field|前往字段)/.test(t));

test.each([
  ['zh-CN', '前往字段：观察到的情况', '前往字段：明确的需求'],
  ['en', 'Go to field: What was observed', 'Go to field: A specific ask'],
] as const)(
  'in %s, a "Go to field" button names the field once, with the language\'s colon',
  async (locale, missing, target) => {
    const listed = await inLocale(locale, <Missing assessment={assessment} step="triage" goToField={none} />);
    await vi.waitFor(() => expect(goToButtons(listed)).toEqual([missing]));
    const checklist = await inLocale(locale, <Target />);
    await vi.waitFor(() => expect(goToButtons(checklist)).toContain(target));
  },
);

test.each([
  ['zh-CN', 'API 密钥或机密：'],
  ['en', 'API key or secret: '],
] as const)('in %s, what the brief masks is listed with the language’s colon', async (locale, lead) => {
  const host = await inLocale(
    locale,
    <BriefPanel
      draft={draft({ summary: 'Webhook fails', description: 'The log shows api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc' })}
      locale="en"
      onLocale={none}
      redaction={redactionOf({ unmasked: [] }, DEFAULT_SETTINGS)}
      timeZone="UTC"
      onKeep={none}
    />,
  );
  await vi.waitFor(() => expect(host.querySelector('.masked li, [class*="masked"] li')).not.toBeNull());
  await vi.waitFor(() => expect(host.querySelector('[class*="masked"] li')?.textContent?.startsWith(lead)).toBe(true));
});

test.each([
  ['zh-CN', '安全仍需要', '安全需要的内容', /^安全需要的内容——完备度 \d+\/100$/],
  ['en', 'Still missing for Security', 'What Security needs', /^What Security needs — readiness \d+\/100$/],
] as const)(
  'in %s, the team a checklist is for is named with no stray space before Chinese words',
  async (locale, missingTitle, region, heading) => {
    const listed = await inLocale(locale, <Missing assessment={assessment} step="triage" goToField={none} />);
    await vi.waitFor(() => expect(listed.querySelector('section strong')?.textContent).toBe(missingTitle));
    const target = await inLocale(locale, <Target />);
    await vi.waitFor(() => expect(target.querySelector(`section[aria-label="${region}"]`)).not.toBeNull());
    expect(target.querySelector(`section[aria-label="${region}"] strong`)?.textContent).toMatch(heading);
  },
);
