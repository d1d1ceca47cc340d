import { act } from 'react';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { type Found, SimilarIssues } from '../../components/SimilarIssues';
import { createLibrary } from '../../lib/patterns/library';
import { draft } from './engine-draft';
import { serveLocaleMessages } from './support/messages';
import { mount } from './support/mount';

const NOW = new Date('2026-11-30T12:00:00Z');
const none = () => undefined;

// 30 stored reports of one issue, every third resolved, each from its own customer.
function manyMatches(progress?: Found['progress']): Found {
  const lib = createLibrary();
  for (let i = 0; i < 30; i++)
    lib.put(
      draft({
        id: `m${i}`,
        key: `zendesk:${i}`,
        status: i % 3 === 0 ? 'resolved' : 'escalated',
        summary: 'CSV export stops at 10,000 rows',
        description: 'Exports of large contact lists are cut off at exactly 10,000 rows.',
        customer: { name: '', email: '', account: `Org ${i}` },
        createdAt: '2026-11-20T00:00:00Z',
        outcome: { rootCause: `Cause ${i}`, learning: '', closedAt: '2026-11-25T00:00:00Z' },
      }),
      'record',
    );
  const similar = lib.similar(
    draft({
      id: 'd',
      key: 'zendesk:99',
      summary: 'CSV export cut at 10,000 rows',
      description: 'Our contact export is cut off at 10,000 rows.',
      customer: { name: '', email: '', account: 'Initech' },
    }),
    { now: NOW },
  );
  return { similar, explain: lib.explain, ...(progress ? { progress } : {}) };
}

async function box(found: Found) {
  serveLocaleMessages();
  const host = await mount(
    <I18nProvider locale="en">
      <SimilarIssues found={found} error={undefined} windowDays={90} onLink={none} onUnlink={none} onDismiss={none} />
    </I18nProvider>,
  );
  await vi.waitFor(() => expect(host.textContent).toContain('Similar issues'));
  return host;
}
const items = (host: HTMLElement) => host.querySelectorAll('ul[aria-label="Similar escalations"] > li');

test('with many matches the box lists the best ten and offers the rest; the count is of all of them', async () => {
  const found = manyMatches();
  expect(found.similar.matches).toHaveLength(30);
  const host = await box(found);
  expect(host.querySelector('[role="status"]')?.textContent).toContain('31 customers reported this');
  expect(items(host)).toHaveLength(10);
  const more = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Show all 30 similar escalations');
  expect(more?.getAttribute('aria-expanded')).toBe('false');
  await act(async () => more?.click());
  expect(items(host)).toHaveLength(30);
  expect(more?.getAttribute('aria-expanded')).toBe('true');
  expect(more?.textContent).toBe('Show only the best 10');
});

test('one "recurring after a fix" note, for the closest resolved match, says how many more are resolved', async () => {
  const host = await box(manyMatches());
  const notes = [...host.querySelectorAll('[role="note"]')].map((n) => n.textContent);
  expect(notes).toEqual([
    expect.stringMatching(
      /^Recurring after a fix: CSV export stops at 10,000 rows — root cause: Cause \d+\. And 9 more resolved escalations among the matches\.$/,
    ),
  ]);
});

test('while the stored escalations are still being indexed, the box says how far it looked', async () => {
  const host = await box(manyMatches({ indexed: 3000, total: 10000 }));
  expect(host.textContent).toContain('Looked through the newest 3,000 of 10,000 escalations; still looking…');
});
