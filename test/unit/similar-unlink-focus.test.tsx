import { act, useMemo, useState } from 'react';
import { expect, test } from 'vitest';
import { SimilarIssues } from '../../components/SimilarIssues';
import { link, unlink } from '../../lib/patterns/draft-links';
import { createLibrary } from '../../lib/patterns/library';
import { draft } from './engine-draft';
import { mount } from './support/mount';

const NOW = new Date('2026-11-30T12:00:00Z');
const none = () => undefined;

type Row = [id: string, summary: string, account: string, description: string];
const EXPORTS: Row[] = [
  [
    'a',
    'CSV export cut off at 10,000 rows',
    'Globex',
    'Their nightly report export is missing every row after the first 10,000.',
  ],
  [
    'b',
    'CSV export stops at 10,000 rows',
    'Umbrella',
    'The CSV export stops at exactly 10,000 rows for the report export.',
  ],
  [
    'c',
    'Month-end invoice spreadsheet short by thousands of lines',
    'Hooli',
    'Finance downloads the October invoices file and it has fewer lines than the invoice count in the app.',
  ],
];

function libraryOf(rows: Row[]) {
  const lib = createLibrary();
  for (const [id, summary, account, description] of rows)
    lib.put(
      draft({
        id,
        key: `zendesk:${id}`,
        status: 'escalated',
        summary,
        description,
        customer: { name: '', email: '', account },
        createdAt: '2026-11-20T00:00:00Z',
      }),
      'record',
    );
  return lib;
}

// The box as the editor holds it: linking or unlinking changes the draft, and the matcher answers again.
function Box({ rows = EXPORTS, linked = [] }: { rows?: Row[]; linked?: string[] }) {
  const [lib] = useState(() => libraryOf(rows));
  const [current, setCurrent] = useState(() => {
    const d = draft({
      id: 'd',
      key: 'zendesk:9',
      summary: 'CSV export stops at 10,000 rows; month-end billing export for October short',
      customer: { name: '', email: '', account: 'Initech' },
    });
    return { ...d, patterns: { ...d.patterns, linked: linked.map((id) => ({ id, text: id })) } };
  });
  const found = useMemo(() => ({ similar: lib.similar(current, { now: NOW }), explain: lib.explain }), [lib, current]);
  return (
    <SimilarIssues
      found={found}
      error={undefined}
      windowDays={90}
      onLink={(entry) => setCurrent((d) => ({ ...d, ...link(d, entry) }))}
      onUnlink={(id) => setCurrent((d) => ({ ...d, ...unlink(d, id) }))}
      onDismiss={none}
    />
  );
}

const button = (host: HTMLElement, name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

test('unlinking one linked from the possibly related puts focus back on its Link button, its group open', async () => {
  const host = await mount(<Box />);
  const group = host.querySelector('details') as HTMLDetailsElement;
  expect(group.open).toBe(false);
  expect(group.textContent).toContain('Hooli');
  await act(async () => {
    group.open = true;
  });
  await act(async () => button(group, 'patterns_link').click());
  expect(document.activeElement?.textContent).toBe('patterns_unlink');
  await act(async () => (document.activeElement as HTMLButtonElement).click());
  const back = host.querySelector('details') as HTMLDetailsElement;
  expect(back.open).toBe(true);
  expect(document.activeElement).toBe(button(back, 'patterns_link'));
  expect(document.activeElement?.closest('li')?.textContent).toContain('Hooli');
});

test('unlinking one that no longer scores at all puts focus on the heading, not on the page', async () => {
  const host = await mount(
    <Box
      rows={[...EXPORTS, ['e', 'Password reset email never arrives', 'Stark', 'Users wait for the link.']]}
      linked={['e']}
    />,
  );
  const stark = [...host.querySelectorAll('li')].find((li) => li.textContent?.includes('Stark')) as HTMLElement;
  await act(async () => button(stark, 'patterns_unlink').click());
  expect(host.textContent).not.toContain('Stark');
  expect(document.activeElement?.textContent).toBe('patterns_title');
});
