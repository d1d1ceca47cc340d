import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { MessageRole, TicketContext } from '../../../lib/escalation/model';
import type { FetchLike, HelpdeskReader } from '../../../lib/helpdesks/types';

// Every helpdesk's fixtures are described once, in test/fixtures/<helpdesk>/cases.json, and used by the
// unit tests, the browser tests (served on the helpdesk's real hostname) and the bench.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface Expectation extends Partial<Omit<TicketContext, 'messages' | 'missing'>> {
  roles?: MessageRole[];
  missing?: TicketContext['missing'];
  firstMessage?: string;
}

export interface FixtureCase {
  name: string;
  url: string;
  page: string;
  api?: Record<string, string>;
  expect: Expectation;
  expectDom?: Expectation;
}

export interface CaseFile {
  helpdesk: string;
  hosts: string[];
  cases: FixtureCase[];
}

export function caseFiles(): CaseFile[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      try {
        return [JSON.parse(readFileSync(join(FIXTURES, d.name, 'cases.json'), 'utf8')) as CaseFile];
      } catch {
        return [];
      }
    });
}

export const fixtureText = (helpdesk: string, file: string) => readFileSync(join(FIXTURES, helpdesk, file), 'utf8');

export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

// The case's API files by absolute URL; anything else answers 403, as a helpdesk does without access.
export function caseFetch(helpdesk: string, c: FixtureCase, status = 200) {
  const origin = new URL(c.url).origin;
  const routes = new Map(Object.entries(c.api ?? {}).map(([path, file]) => [new URL(path, origin).href, file]));
  return vi.fn<FetchLike>(async (url) => {
    const file = routes.get(url);
    const ok = !!file && status === 200;
    return {
      ok,
      status: file ? status : 403,
      json: async () => (ok && file ? JSON.parse(fixtureText(helpdesk, file)) : { error: 'Forbidden' }),
    };
  });
}

export async function loadReader(helpdesk: string): Promise<HelpdeskReader> {
  const mod = (await import(`../../../lib/helpdesks/${helpdesk}.ts`)) as Record<string, HelpdeskReader>;
  const reader = mod[helpdesk];
  if (!reader) throw new Error(`lib/helpdesks/${helpdesk}.ts must export const ${helpdesk}`);
  return reader;
}

// The checked view of a read ticket: what the panel shows, in the shape of an Expectation.
export function observed(t: TicketContext, e: Expectation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(e)) {
    if (key === 'roles') out.roles = t.messages?.map((m) => m.role);
    else if (key === 'firstMessage') out.firstMessage = t.messages?.[0]?.text;
    else if (key === 'missing') out.missing = [...t.missing].sort();
    else out[key] = (t as Record<string, unknown>)[key];
  }
  return out;
}

export function expected(e: Expectation): Record<string, unknown> {
  return e.missing ? { ...e, missing: [...e.missing].sort() } : { ...e };
}
