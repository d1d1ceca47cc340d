import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { BRIEF_FORMATS } from '../lib/brief/formats';
import { renderBrief } from '../lib/brief/render';
import { assess } from '../lib/escalation/assess';
import { Escalation } from '../lib/escalation/model';
import { draftFromTicket } from '../lib/escalation/prefill';
import { medianMs } from './median';

const now = new Date('2026-11-22T12:00:00Z');
const base = draftFromTicket(
  {
    helpdesk: 'zendesk',
    ticketId: '4821',
    url: 'https://acme.zendesk.com/agent/tickets/4821',
    subject: 'Data export stops at 10,000 rows — data loss for Acme',
    priority: 'urgent',
    tags: ['export', 'data_loss'],
    dueAt: '2026-11-21T17:00:00Z',
    createdAt: '2026-11-18T09:12:00Z',
    source: 'api',
    missing: [],
    messages: Array.from(
      { length: 50 },
      (_, i) =>
        ({
          role: i % 2 ? 'agent' : 'customer',
          text: `Message ${i}: the export is missing rows. ERROR ExportJobError id=${i}`,
        }) as const,
    ),
  },
  { id: 'bench', now },
);
const full = Escalation.parse({
  ...base,
  impact: {
    ...base.impact,
    breadth: { count: 3, names: 'Acme, Globex, Initech', growing: true },
    depth: 'blocked',
    revenueAtRisk: { amount: 120000, currency: 'USD' },
    workflowImpact: 'Month-end close blocked',
  },
  tried: [
    { action: 'Re-ran export', result: 'same' },
    { action: 'Smaller range', result: 'same' },
  ],
  repro: {
    ...base.repro,
    startingState: 'Admin on Enterprise',
    steps: ['Open Reports > Export', 'Pick "October"', 'Click Export CSV'],
    expected: '14,212 rows',
    actual: '10,000 rows',
    environment: 'Chrome 131, macOS 15, admin, Enterprise',
    frequency: 'always',
    ruledOut: ['Firefox same'],
  },
  triage: {
    answers: {
      ...base.triage.answers,
      'confirmed-bug': { value: true, source: 'agent' },
      'high-value-at-risk': { value: true, source: 'agent' },
    },
  },
  needed: { asks: [{ kind: 'fix', detail: 'hotfix' }], deadline: '2026-11-23T17:00' },
});

// Measures only; budgets are judged by bench/run.mjs, which reads the figures written here.
test('measure', () => {
  const figures = {
    assessFullDraftMs: medianMs(() => assess({ draft: full, now, agentTier: 'l2', timeZone: 'UTC' }), 30, 200),
    // The slowest format counts: the preview re-renders in whichever one the agent picked.
    previewRenderMs: Math.max(...BRIEF_FORMATS.map((f) => medianMs(() => renderBrief(full, f, 'en', { now }), 30, 50))),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/micro.json', JSON.stringify(figures, null, 2));
});
