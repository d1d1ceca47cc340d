import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vi } from 'vitest';
import type { FetchLike } from '../../../lib/helpdesks/types';

// Resolved with node:path: under happy-dom the global URL is the DOM's, which mishandles file: URLs.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/zendesk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

export const ORIGIN = 'https://acme.zendesk.com';
export const TICKET_URL = new URL(`${ORIGIN}/agent/tickets/4821`);
export const TICKET_API = `${ORIGIN}/api/v2/tickets/4821.json?include=users,organizations,slas`;
export const COMMENTS_API = `${ORIGIN}/api/v2/tickets/4821/comments.json?include=users`;

export const ticketHtml = (): string => fixture('ticket-4821.html');
// Fresh copies, so a test can change them without leaking into another.
export const ticketJson = (): Record<string, unknown> => JSON.parse(fixture('api-ticket-4821.json'));
export const commentsJson = (): Record<string, unknown> & { comments: unknown[] } =>
  JSON.parse(fixture('api-comments-4821.json'));

export const parseHtml = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

export type FakeResponse = Awaited<ReturnType<FetchLike>>;
type Init = Parameters<FetchLike>[1];

export const json = (body: unknown, status = 200): FakeResponse => ({
  ok: status >= 200 && status < 300,
  status,
  json: async () => body,
});

// Serves exact URLs only; anything else is a 404, which a reader must treat as "API unavailable".
export function fakeFetch(routes: Record<string, () => FakeResponse | Promise<FakeResponse>>) {
  return vi.fn(async (url: string, _init?: Init): Promise<FakeResponse> => {
    const route = routes[url];
    return route ? route() : json({ error: 'RecordNotFound' }, 404);
  });
}

export const fixtureFetch = () =>
  fakeFetch({
    [TICKET_API]: () => json(ticketJson()),
    [COMMENTS_API]: () => json(commentsJson()),
  });
