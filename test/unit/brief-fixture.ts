import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { Escalation, type EscalationInput } from '../../lib/escalation/model';

// The deadline is a zone-less datetime-local value, read in the machine's zone; pin the zone so the
// golden files do not depend on where the suite runs.
process.env.TZ = 'UTC';

export const OPTS = { now: new Date('2026-11-22T12:00:00Z'), timeZone: 'UTC' };
export const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '../golden');

export function draft(fields: Partial<EscalationInput> = {}): Escalation {
  return Escalation.parse({
    id: 'esc-1',
    schemaVersion: 2,
    key: 'zendesk:4821',
    createdAt: '2026-11-22T11:00:00Z',
    updatedAt: '2026-11-22T11:30:00Z',
    ...fields,
  });
}

// One story every brief format is checked against.
export const FULL = draft({
  summary: 'Data export stops at 10,000 rows for large accounts',
  customer: { name: 'Dana Whitfield', email: 'dana@acme.example', account: 'Acme Corp' },
  ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821',
  severity: 'high',
  target: 'engineering',
  reportedBy: 'Sam Rivera',
  impact: {
    breadth: { count: 3, names: 'Acme Corp, Globex, Initech', growing: true },
    depth: 'blocked',
    duration: { since: '2026-11-18T09:12:00Z' },
    revenueAtRisk: { amount: 120000, currency: 'USD' },
    contractual: { slaStatus: 'at_risk' },
    workflowImpact: 'Month-end close is blocked; finance cannot reconcile October invoices.',
  },
  description:
    'Since Monday the nightly CSV export stops at exactly 10,000 rows. Accounts with more rows lose the rest silently. The job reports success while the log shows an error.',
  tried: [
    { action: 'Re-ran the export with a one-week date range', result: 'Same cut at 10,000 rows' },
    { action: 'Cleared the export cache', result: 'No change' },
  ],
  repro: {
    startingState: 'An account with more than 10,000 invoices in one month',
    steps: ['Open Reports, then Export', 'Choose CSV and October 2026', 'Run the export and download the file'],
    expected: 'All 14,212 rows are in the file',
    actual: 'The file stops at exactly 10,000 rows',
    environment: 'Production, EU region, Chrome 131',
    frequency: 'always',
    evidence: [
      'ERROR ExportJobError: cursor expired after page 100 (request_id=req_8f3a2c)',
      'HTTP 500 from /api/export/page/101',
    ],
    ruledOut: ['Browser extensions', 'Date range size'],
  },
  communication: {
    lastUpdate: { at: '2026-11-19T09:30:00Z', text: 'We are still investigating; next update by 5pm.' },
    expectation: 'A full export before the Friday audit',
    escalationRisk: 'Mentioned contacting their account executive',
  },
  needed: {
    asks: [
      { kind: 'investigate', detail: 'Why the export cursor expires after page 100' },
      { kind: 'fix', detail: 'Needed before the month-end close' },
    ],
    deadline: '2026-11-23T17:00',
  },
  supporting: {
    links: ['https://status.example.com/incidents/42'],
    threads: ['https://slack.example.com/archives/C01/p1700000000'],
  },
});

// Compares with test/golden/<name>; UPDATE_GOLDEN=1 writes the file instead (then read it by eye).
export function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file ${file}; run with UPDATE_GOLDEN=1 once`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

export function indexesOf(haystack: string, needles: string[]): number[] {
  return needles.map((n) => {
    const i = haystack.indexOf(n);
    expect(i, `"${n}" is missing`).toBeGreaterThanOrEqual(0);
    return i;
  });
}

export const ascending = (xs: number[]) => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? -1));
