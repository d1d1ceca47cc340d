import { describe, expect, test } from 'vitest';
import { createLibrary, explain } from '../../lib/patterns/library';
import { draft, webhooksLate } from './engine-draft';

const NOW = new Date('2026-11-30T12:00:00Z');
const matched = (codes: string[], words: string[]) => ({ concepts: [], codes, words, tags: [], fields: [] });

describe('"Matched on" names a shared code once', () => {
  test('a shared word that is the code, or a part of it, is left out', () => {
    expect(explain(matched(['exc:exportjoberror'], ['error', 'cursor', 'page', 'ExportJobError']), 'en', 5)).toEqual([
      'exportjoberror',
      'cursor',
      'page',
    ]);
    expect(explain(matched(['err:e1234'], ['E1234', 'invoice']), 'en', 5)).toEqual(['e1234', 'invoice']);
    expect(explain(matched(['msg:could not connect to network'], ['network', 'pairing']), 'en', 5)).toEqual([
      'could not connect to network',
      'pairing',
    ]);
    // A word the code does not hold stays.
    expect(explain(matched(['http:504'], ['gateway', 'export']), 'en', 5)).toEqual(['504', 'gateway', 'export']);
  });

  test('in the box: an export job error shared by two tickets is named once', () => {
    const lib = createLibrary();
    lib.put(
      webhooksLate('a', 'Acme Corp', {
        summary: 'Data export stops at page 40',
        description: 'The export job fails with ExportJobError: cursor expired on page 40.',
        createdAt: new Date(NOW.getTime() - 3 * 86_400_000).toISOString(),
      }),
      'record',
    );
    const s = lib.similar(
      draft({
        id: 'draft-1',
        key: 'zendesk:900',
        summary: 'Export stops part way with an error',
        description: 'Nightly export job error: ExportJobError, cursor invalid after page 12.',
        customer: { name: '', email: '', account: 'Globex' },
      }),
      { now: NOW },
    );
    const m = [...s.matches, ...s.possible][0]?.match;
    if (!m) throw new Error('no match');
    const shown = explain(m.matched, 'en', 5);
    expect(shown).toContain('exportjoberror');
    expect(shown.filter((w) => w.toLowerCase().includes('exportjoberror'))).toHaveLength(1);
    expect(shown).not.toContain('error');
  });
});
