import { describe, expect, test } from 'vitest';
import { BRIEF_FORMATS } from '../../lib/brief/formats';
import { renderBrief } from '../../lib/brief/render';
import { draft, OPTS } from './brief-fixture';

const LONG = `https://x.example/${'a'.repeat(20_000)}`;

// A link cut short opens a page it never named: the cut goes before the address instead, and the record
// keeps it whole.
describe('an address longer than the brief can carry is left out whole, never cut and linked', () => {
  test.each(BRIEF_FORMATS)('in the description, %s', (format) => {
    const out = renderBrief(draft({ summary: 's', description: `See ${LONG}` }), format, 'en', OPTS);
    expect(out).not.toContain('https://x.example/a');
    expect(out).toContain('See');
    expect(out).toContain('20,018 more characters');
  });

  test.each(BRIEF_FORMATS)('as a related link, %s', (format) => {
    const out = renderBrief(
      draft({ summary: 's', supporting: { links: ['https://ok.example/1', LONG] } }),
      format,
      'en',
      OPTS,
    );
    expect(out).toContain('https://ok.example/1');
    expect(out).not.toContain('https://x.example/a');
  });

  test('a cut after an address keeps it whole', () => {
    const text = `See https://ok.example/1 ${'word '.repeat(4000)}`;
    const md = renderBrief(draft({ summary: 's', description: text }), 'markdown', 'en', OPTS);
    expect(md).toContain('See <https://ok.example/1> word');
  });
});
