import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
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

// The bench's 300-message tickets (scripts/pages/<helpdesk>.mjs) must be read whole from the page.
const generators = readdirSync(join(ROOT, 'scripts/pages')).filter((f) => f.endsWith('.mjs'));

test.each(generators)('the generated long ticket in %s is read whole', async (file) => {
  const helpdesk = file.slice(0, -'.mjs'.length);
  const { longTicket } = (await import(`../../scripts/pages/${file}`)) as {
    longTicket(count: number): { url: string; html: string };
  };
  const { url, html } = longTicket(300);
  const t = await (await loadReader(helpdesk)).read(parseHtml(html), new URL(url));
  expect(t.source).toBe('dom');
  expect(t.ticketId).toBe(siteFor(new URL(url))?.ticketId);
  expect(t.messages?.length).toBeGreaterThanOrEqual(300);
  expect(t.messages?.every((m) => m.text.length > 0)).toBe(true);
});
