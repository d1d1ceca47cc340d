import { describe, expect, test } from 'vitest';
import { siteFor } from '../../lib/helpdesks/registry';
import {
  caseFetch,
  caseFiles,
  expected,
  type FixtureCase,
  fixtureText,
  loadReader,
  observed,
  parseHtml,
} from './support/cases';

const files = caseFiles();

test('every helpdesk has an ordinary and a hard fixture page', () => {
  for (const f of files) expect(f.cases.length, f.helpdesk).toBeGreaterThanOrEqual(2);
});

describe.each(files.map((f) => [f.helpdesk, f] as const))('%s fixtures', (helpdesk, file) => {
  const run = async (c: FixtureCase, apiStatus: number) => {
    const reader = await loadReader(helpdesk);
    const url = new URL(c.url);
    return reader.read(parseHtml(fixtureText(helpdesk, c.page)), url, caseFetch(helpdesk, c, apiStatus));
  };

  test.each(file.cases.map((c) => [c.name, c] as const))('%s: the URL is recognised', (_name, c) => {
    expect(siteFor(new URL(c.url))?.site.id).toBe(helpdesk);
  });

  test.each(file.cases.map((c) => [c.name, c] as const))('%s: reads what the panel shows', async (_name, c) => {
    const t = await run(c, 200);
    expect(observed(t, c.expect)).toEqual(expected(c.expect));
  });

  const withApi = file.cases.filter((c) => c.api && c.expectDom);
  test.skipIf(!withApi.length).each(withApi.map((c) => [c.name, c] as const))(
    '%s: falls back to the page when the API refuses',
    async (_name, c) => {
      const t = await run(c, 403);
      expect(observed(t, c.expectDom ?? {})).toEqual(expected(c.expectDom ?? {}));
    },
  );
});
