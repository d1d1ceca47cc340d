import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexRowOf, RECORD_INDEX_VERSION, viewsMatch, viewsOfIndex } from '../../lib/escalation/migrate';
import type { Escalation } from '../../lib/escalation/model';
import { openIdsOf, openTicketsOf } from '../../lib/followup/open-tickets';
import { loadOpenForTicket } from '../../lib/platform/open-escalations';
import { INDEX_KEY, OPEN_KEY } from '../../lib/platform/record-index';
import { draft } from './engine-draft';

beforeEach(() => fakeBrowser.reset());

const TICKET = 'zendesk:acme.zendesk.com:4821';
const record = (id: string, extra: Partial<Escalation> = {}): Escalation =>
  draft({ id, key: TICKET, status: 'escalated', summary: `Issue ${id}`, ...extra });

describe('the open escalations of each ticket', () => {
  test('lists open escalations by ticket, closed ones left out', () => {
    const rows = [
      record('a'),
      record('b', { status: 'resolved' }),
      record('c', { status: 'de-escalated' }),
      record('d', { key: 'blank' }),
      record('f', { key: 'zendesk:acme.zendesk.com:77' }),
      record('g'),
    ].map((r) => [r.id, r] as const);
    const open = openTicketsOf(rows);
    expect(open.byTicket).toEqual({ [TICKET]: ['a', 'g'], blank: ['d'], 'zendesk:acme.zendesk.com:77': ['f'] });
    expect(openIdsOf(open, 'zendesk:acme.zendesk.com:1')).toEqual([]);
    expect(openIdsOf(open, 'constructor')).toEqual([]);
  });

  test('from an index an earlier release wrote: its keys as this release writes them, broken rows left out', () => {
    const legacy = {
      ...indexRowOf(record('a', { createdAt: '2026-11-02T10:00:00.000Z' })),
      key: 'zendesk:4821',
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
    };
    const views = viewsOfIndex({
      version: RECORD_INDEX_VERSION,
      rows: {
        a: legacy,
        broken: { key: 42 },
        closed: indexRowOf(record('closed', { status: 'resolved', createdAt: '2026-11-03T10:00:00.000Z' })),
      },
    });
    expect(views?.open.byTicket).toEqual({ [TICKET]: ['a'] });
    expect(views?.dates.newestFirst).toEqual(['closed', 'a', 'broken']);
    expect(viewsOfIndex('garbage')).toBeUndefined();
  });

  test('the views match the follow-up schedule only when they list its records, its open ones as open', () => {
    const statuses = new Map([
      ['a', 'escalated'],
      ['b', 'resolved'],
    ] as const);
    const views = (newestFirst: string[], byTicket: Record<string, string[]>) => ({
      dates: { version: 1 as const, newestFirst },
      open: { version: 1 as const, byTicket },
    });
    expect(viewsMatch(views(['a', 'b'], { [TICKET]: ['a'] }), statuses)).toBe(true);
    expect(viewsMatch(views(['a', 'b'], {}), statuses)).toBe(false);
    expect(viewsMatch(views(['a', 'b'], { [TICKET]: ['b'] }), statuses)).toBe(false);
    expect(viewsMatch(views(['a', 'b'], { [TICKET]: ['a'], other: ['a'] }), statuses)).toBe(false);
    expect(viewsMatch(views(['a', 'a'], { [TICKET]: ['a'] }), statuses)).toBe(false);
    expect(viewsMatch(views(['a', 'b', 'c'], { [TICKET]: ['a'] }), statuses)).toBe(false);
  });
});

describe('what the panel reads to say the ticket is already escalated', () => {
  test('the records listed open for the ticket, as they are now, without reading the record index', async () => {
    await fakeBrowser.storage.local.set({
      'record:a': record('a', { severity: 'critical' }),
      'record:b': record('b', { status: 'resolved' }),
      'record:c': 'not a record',
      [OPEN_KEY]: { version: 1, byTicket: { [TICKET]: ['a', 'b', 'c', 'gone'] } },
      [INDEX_KEY]: { version: RECORD_INDEX_VERSION, rows: {} },
    });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const rows = await loadOpenForTicket(TICKET);
    expect(rows.map((r) => [r.id, r.severity, r.summary])).toEqual([['a', 'critical', 'Issue a']]);
    expect(get.mock.calls.flat().flat()).not.toContain(INDEX_KEY);
    expect(await loadOpenForTicket('blank')).toEqual([]);
  });

  test('before the worker has listed them (the extension just updated): from the record index', async () => {
    const a = record('a');
    await fakeBrowser.storage.local.set({
      'record:a': a,
      [INDEX_KEY]: { version: RECORD_INDEX_VERSION, rows: { a: indexRowOf(a) } },
    });
    expect((await loadOpenForTicket(TICKET)).map((r) => r.id)).toEqual(['a']);
  });
});
