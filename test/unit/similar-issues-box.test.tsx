import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { type Found, SimilarIssues } from '../../components/SimilarIssues';
import type { EscalationInput } from '../../lib/escalation/model';
import { createLibrary, type PatternLibrary } from '../../lib/patterns/library';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

const NOW = new Date('2026-11-30T12:00:00Z');
const none = () => undefined;

const storeIn =
  (lib: PatternLibrary) =>
  (id: string, summary: string, extra: Partial<EscalationInput> = {}) =>
    lib.put(
      draft({
        id,
        key: `zendesk:${id}`,
        status: 'escalated',
        summary,
        customer: { name: '', email: '', account: `Org ${id}` },
        createdAt: '2026-11-20T00:00:00Z',
        ...extra,
      }),
      'record',
    );

const similarTo = (
  lib: PatternLibrary,
  summary: string,
  description = '',
  extra: Partial<EscalationInput> = {},
): Found => ({
  similar: lib.similar(
    draft({
      id: 'd',
      key: 'zendesk:9',
      summary,
      description,
      customer: { name: '', email: '', account: 'Initech' },
      ...extra,
    }),
    { now: NOW },
  ),
  explain: lib.explain,
});

function found(summary: string) {
  const lib = createLibrary();
  const stored = storeIn(lib);
  stored('cap', 'CSV export stops at 10,000 rows', {
    status: 'resolved',
    description: 'Exports of large contact lists are cut off at exactly 10,000 rows.',
    outcome: { rootCause: 'Export page size capped.', learning: '', closedAt: '2026-11-25T00:00:00Z' },
  });
  for (const [i, title] of ['Export to PDF shows wrong fonts', 'Scheduled export email not sent'].entries())
    stored(`x${i}`, title);
  return similarTo(lib, summary);
}

// Two stored reports of one issue in other words, linked by the agent who escalated the second.
function foundThroughLink() {
  const lib = createLibrary();
  const stored = storeIn(lib);
  stored('csv', 'CSV export stops at 10,000 rows', {
    customer: { name: '', email: '', account: 'Globex' },
    description: 'Exports of large contact lists are cut off at exactly 10,000 rows.',
  });
  stored('short', 'Big contact lists come out short', {
    customer: { name: '', email: '', account: 'Hooli' },
    patterns: { dismissed: [], linked: [{ id: 'csv', text: 'Globex line' }] },
  });
  return similarTo(lib, 'CSV export cut at 10,000 rows', 'Our contact export is cut off at 10,000 rows.');
}

const box = (matched: Found, locale?: 'en' | 'zh-CN') => {
  const shown = (
    <SimilarIssues found={matched} error={undefined} windowDays={90} onLink={none} onUnlink={none} onDismiss={none} />
  );
  if (!locale) return mount(shown);
  serveLocaleMessages();
  return mount(<I18nProvider locale={locale}>{shown}</I18nProvider>);
};

test('a draft saying its issue is back shows the closest resolved one as possibly recurring, with its root cause', async () => {
  const notes = [...(await box(found('Big contact lists come out short again'))).querySelectorAll('[role="note"]')];
  expect(notes.map((n) => n.textContent)).toEqual([
    expect.stringMatching(
      /^patterns_possiblyRecurring CSV export stops at 10,000 rows — patterns_rootCause.*patterns_possiblyRecurringHint$/,
    ),
  ]);
});

test('without saying so, the resolved one is only among the possibly related', async () => {
  const host = await box(found('Big contact lists come out short'));
  expect(host.querySelectorAll('[role="note"]')).toHaveLength(0);
  expect(host.textContent).toContain('CSV export stops at 10,000 rows');
});

test.each([
  ['en', 'Possibly recurring after a fix: CSV export stops at 10,000 rows — root cause: Export page size capped. '],
  ['zh-CN', '可能是修复后再次出现：CSV export stops at 10,000 rows — 根本原因：Export page size capped。'],
] as const)(
  'in %s the notice reads as one sentence: no doubled stop, no space after a full-width colon',
  async (locale, start) => {
    const host = await box(found('Big contact lists come out short again'), locale);
    await vi.waitFor(() => expect(host.querySelector('[role="note"]')?.textContent).toContain(start));
  },
);

test.each([
  ['en', "An agent linked it to Globex's escalation “CSV export stops at 10,000 rows” as the same issue."],
  ['zh-CN', '客服已将其关联为与此升级相同的问题：Globex“CSV export stops at 10,000 rows”。'],
] as const)("in %s a match counted through an agent's link says so, and to which escalation", async (locale, why) => {
  const host = await box(foundThroughLink(), locale);
  await vi.waitFor(() => {
    const item = [...host.querySelectorAll('li')].find((li) => li.textContent?.includes('Hooli'));
    expect(item?.textContent).toContain(why);
  });
});

// The same issue from Globex ($1,000 at risk) and from two tickets whose customer is unknown ($100,000 each).
function foundWithUnknownCustomers(globexRevenue: number | undefined) {
  const lib = createLibrary();
  const stored = storeIn(lib);
  const revenue = (amount: number | undefined) => ({ impact: { revenueAtRisk: { amount, currency: 'USD' } } });
  const description = 'Exports of large contact lists are cut off at exactly 10,000 rows.';
  stored('gx', 'CSV export stops at 10,000 rows', { description, ...revenue(globexRevenue) });
  for (const id of ['u1', 'u2'])
    stored(id, 'CSV export stops at 10,000 rows', {
      description,
      customer: { name: '', email: '', account: '' },
      ...revenue(100_000),
    });
  return similarTo(lib, 'CSV export cut at 10,000 rows', 'Our contact export is cut off at 10,000 rows.');
}

test.each([
  [
    'en',
    1_000,
    'Revenue at risk across them: $1,000. Not in that sum: up to $200,000 on the tickets without a known customer.',
  ],
  ['en', undefined, 'Revenue at risk on the tickets without a known customer: up to $200,000.'],
  ['zh-CN', 1_000, '涉及的风险收入合计：US$1,000。未计入上述合计：没有已知客户的工单最多另有 US$200,000。'],
] as const)(
  'in %s the revenue of tickets without a known customer is told apart from the sum (%s)',
  async (locale, globex, says) => {
    const host = await box(foundWithUnknownCustomers(globex), locale);
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toContain(says));
  },
);

// A weak match that shares the ticket tags "export" and "data_loss" with the draft: they raise its score.
function foundSharingTags() {
  const lib = createLibrary();
  const tagged = (id: string, tags: string[]) => ({
    helpdesk: 'zendesk' as const,
    url: `https://acme.zendesk.com/agent/tickets/${id}`,
    source: 'api' as const,
    missing: [],
    tags,
  });
  storeIn(lib)('gx', 'Large accounts report download incomplete', {
    description: 'The accounts report download gives fewer lines than expected.',
    ticket: tagged('gx', ['export', 'data_loss', 'reports']),
  });
  return similarTo(
    lib,
    'Data export stops at 10,000 rows for large accounts',
    'The accounts report export is missing rows.',
    { ticket: tagged('9', ['export', 'enterprise', 'data_loss']) },
  );
}

test.each([
  ['en', 'tag data_loss, tag export'],
  ['zh-CN', '标签 data_loss、标签 export'],
] as const)('in %s why it matched names the ticket tags both share', async (locale, tags) => {
  const found = foundSharingTags();
  expect([...found.similar.matches, ...found.similar.possible].map((m) => m.entry.id)).toEqual(['gx']);
  const host = await box(found, locale);
  await vi.waitFor(() => {
    const item = [...host.querySelectorAll('li')].find((li) => li.textContent?.includes('Org gx'));
    expect(item?.textContent).toContain(tags);
  });
});

// The issue came back after a fix whose learning the agent wrote with a stop, or without one.
const foundRecurring = (learning: string) => {
  const lib = createLibrary();
  storeIn(lib)('cap', 'CSV export stops at 10,000 rows', {
    status: 'resolved',
    description: 'Exports of large contact lists are cut off at exactly 10,000 rows.',
    outcome: { rootCause: 'Export page size capped', learning, closedAt: '2026-11-25T00:00:00Z' },
  });
  return similarTo(lib, 'CSV export cut at 10,000 rows', 'Our contact export is cut off at exactly 10,000 rows.');
};

test.each([
  ['en', 'Test past the cap', 'root cause: Export page size capped. Learning: Test past the cap.'],
  ['en', 'Test past the cap.', 'root cause: Export page size capped. Learning: Test past the cap.'],
  ['zh-CN', 'Test past the cap', '根本原因：Export page size capped。经验：Test past the cap。'],
] as const)(
  'in %s the learning of "Recurring after a fix" ends as its root cause does (%s)',
  async (locale, learning, says) => {
    const host = await box(foundRecurring(learning), locale);
    await vi.waitFor(() => expect(host.querySelector('[role="note"]')?.textContent).toMatch(new RegExp(`${says}$`)));
  },
);
