import { describe, expect, test } from 'vitest';
import { filled } from '../../lib/helpdesks/empty-field';
import { caseFiles, fixtureText, loadReader, parseHtml } from './support/cases';

describe('what a helpdesk shows in an empty field', () => {
  test.each(['-', '--', '–', '—', 'n/a', 'N/A', 'NA', 'None', '(none)', 'null', 'Not set'])(
    '%s is no value',
    (shown) => {
      expect(filled(shown)).toBeUndefined();
    },
  );

  test.each(['Acme Corp', 'None Ltd', 'A-1', '-42', 'n/a Logistics'])('%s is a value', (shown) => {
    expect(filled(shown)).toBe(shown);
  });
});

// Each ordinary fixture page with its organization shown as an empty field: the organization is listed as
// not read, not taken as "-".
const withOrganization = caseFiles()
  .map((f) => ({ helpdesk: f.helpdesk, c: f.cases[0] }))
  .filter(({ c }) => c?.expect.organization);

describe.each(['-', '—', 'None'])('an organization field showing "%s"', (placeholder) => {
  test.each(withOrganization.map(({ helpdesk, c }) => [helpdesk, c] as const))(
    '%s: is not read as the organization',
    async (helpdesk, c) => {
      if (!c) throw new Error('no case');
      const org = c.expect.organization;
      const doc = parseHtml(fixtureText(helpdesk, c.page));
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode())
        if (n.nodeValue?.trim() === org) n.nodeValue = placeholder;
      for (const el of doc.querySelectorAll(`[data-title="${org}"]`)) el.setAttribute('data-title', placeholder);

      const t = await (await loadReader(helpdesk)).read(doc, new URL(c.url));
      expect(t.organization).toBeUndefined();
      expect(t.missing).toContain('organization');
    },
  );
});
