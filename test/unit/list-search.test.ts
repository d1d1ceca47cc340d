import { expect, test } from 'vitest';
import { indexRowOf } from '../../lib/escalation/migrate';
import { filterRecords } from '../../lib/followup/list';
import { webhooksLate } from './engine-draft';

const rows = [indexRowOf(webhooksLate('4821', 'Acme')), indexRowOf(webhooksLate('4823', 'Acme'))];
const found = (query: string) => filterRecords(rows, { status: 'all', query }).map((r) => r.id);

test('a ticket address pasted into the search finds that ticket’s escalation, and only it', () => {
  expect(found('https://acme.zendesk.com/agent/tickets/4821')).toEqual(['4821']);
  expect(found('HTTPS://ACME.ZENDESK.COM/agent/tickets/4823')).toEqual(['4823']);
});
