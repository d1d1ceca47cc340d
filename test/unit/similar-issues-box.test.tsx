import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { SimilarIssues } from '../../components/SimilarIssues';
import { createLibrary } from '../../lib/patterns/library';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

const NOW = new Date('2026-11-30T12:00:00Z');
const none = () => undefined;

function found(summary: string) {
  const lib = createLibrary();
  const stored = (id: string, title: string, extra = {}) =>
    lib.put(
      draft({
        id,
        key: `zendesk:${id}`,
        status: 'escalated',
        summary: title,
        customer: { name: '', email: '', account: `Org ${id}` },
        createdAt: '2026-11-20T00:00:00Z',
        ...extra,
      }),
      'record',
    );
  stored('cap', 'CSV export stops at 10,000 rows', {
    status: 'resolved',
    description: 'Exports of large contact lists are cut off at exactly 10,000 rows.',
    outcome: { rootCause: 'Export page size capped.', closedAt: '2026-11-25T00:00:00Z' },
  });
  for (const [i, title] of ['Export to PDF shows wrong fonts', 'Scheduled export email not sent'].entries())
    stored(`x${i}`, title);
  const similar = lib.similar(
    draft({ id: 'd', key: 'zendesk:9', summary, customer: { name: '', email: '', account: 'Initech' } }),
    {
      now: NOW,
    },
  );
  return { similar, explain: lib.explain };
}

const box = (summary: string) =>
  mount(
    <SimilarIssues
      found={found(summary)}
      error={undefined}
      windowDays={90}
      onLink={none}
      onUnlink={none}
      onDismiss={none}
    />,
  );

test('a draft saying its issue is back shows the closest resolved one as possibly recurring, with its root cause', async () => {
  const notes = [...(await box('Big contact lists come out short again')).querySelectorAll('[role="note"]')];
  expect(notes.map((n) => n.textContent)).toEqual([
    expect.stringMatching(
      /^patterns_possiblyRecurring CSV export stops at 10,000 rows — patterns_rootCause.*patterns_possiblyRecurringHint$/,
    ),
  ]);
});

test('without saying so, the resolved one is only among the possibly related', async () => {
  const host = await box('Big contact lists come out short');
  expect(host.querySelectorAll('[role="note"]')).toHaveLength(0);
  expect(host.textContent).toContain('CSV export stops at 10,000 rows');
});

test.each([
  ['en', 'Possibly recurring after a fix: CSV export stops at 10,000 rows — root cause: Export page size capped. '],
  ['zh-CN', '可能是修复后再次出现：CSV export stops at 10,000 rows — 根本原因：Export page size capped。'],
] as const)(
  'in %s the notice reads as one sentence: no doubled stop, no space after a full-width colon',
  async (locale, start) => {
    serveLocaleMessages();
    const host = await mount(
      <I18nProvider locale={locale}>
        <SimilarIssues
          found={found('Big contact lists come out short again')}
          error={undefined}
          windowDays={90}
          onLink={none}
          onUnlink={none}
          onDismiss={none}
        />
      </I18nProvider>,
    );
    await vi.waitFor(() => expect(host.querySelector('[role="note"]')?.textContent).toContain(start));
  },
);
