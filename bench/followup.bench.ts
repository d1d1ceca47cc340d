import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import { indexRowOf, RECORD_INDEX_VERSION, RecordIndex } from '../lib/escalation/migrate';
import { Escalation, SEVERITIES } from '../lib/escalation/model';
import { escalate, logUpdate } from '../lib/followup/actions';
import { dueReminders, nextWakeAt, overdueCount, withClocks } from '../lib/followup/schedule';
import { ScheduleIndex, schedulableOf, scheduleRowOf } from '../lib/followup/schedule-index';
import { DEFAULT_SETTINGS } from '../lib/settings/model';
import { medianMs } from './median';

const NOW = new Date('2026-11-23T10:00:00Z');
const SETTINGS = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
const COUNT = 2_000;

// 2,000 open escalations with realistic text and a few updates each, escalated over the past two weeks.
function records(): Escalation[] {
  return Array.from({ length: COUNT }, (_, i) => {
    const from = new Date(NOW.getTime() - (i % 336) * 3_600_000);
    let r = escalate(
      Escalation.parse({
        id: `rec-${i}`,
        schemaVersion: 2,
        key: `zendesk:${10_000 + i}`,
        summary: `Export stops at 10,000 rows for account ${i}`,
        customer: { name: `Customer ${i}`, email: `ops${i}@customer${i}.example`, account: `Account ${i % 700}` },
        severity: SEVERITIES[i % 3],
        description: 'Since Monday our nightly CSV export stops at exactly 10,000 rows. '.repeat(4),
        repro: {
          steps: ['Open Reports > Export', 'Pick October 2026', 'Click Export CSV'],
          evidence: ['ExportJobError: cursor expired'],
        },
        createdAt: from.toISOString(),
        updatedAt: from.toISOString(),
      }),
      from,
      SETTINGS,
    );
    for (let u = 0; u < 3; u++) {
      const res = logUpdate(
        r,
        'update-team',
        `Engineering update ${u} for ${i}`,
        new Date(from.getTime() + u * 60_000),
        SETTINGS,
      );
      if (res.ok) r = res.record;
    }
    return r;
  });
}

// Measures only; budgets are judged by bench/run.mjs, which reads the figures written here.
test('measure', () => {
  const list = records();
  const index = JSON.parse(
    JSON.stringify({ version: RECORD_INDEX_VERSION, rows: Object.fromEntries(list.map((r) => [r.id, indexRowOf(r)])) }),
  );
  const schedule = JSON.parse(
    JSON.stringify({ version: 1, rows: Object.fromEntries(list.map((r) => [r.id, scheduleRowOf(r)])) }),
  );
  const figures = {
    // What the worker does on every wake: parse the schedule index, then schedule (the storage read is
    // measured in Chromium by bench/run.mjs).
    reconcile2000Ms: medianMs(() => {
      const parsed = Object.entries(ScheduleIndex.parse(schedule).rows).map(([id, row]) => schedulableOf(id, row));
      const current = parsed.map((r) => withClocks(r, NOW, SETTINGS));
      dueReminders(current, NOW, SETTINGS);
      overdueCount(current, NOW);
      nextWakeAt(current, NOW, SETTINGS);
    }, 15),
    // The list's rows, for comparison: what every wake parsed before the schedule index.
    recordIndexParse2000Ms: medianMs(() => RecordIndex.parse(index), 15),
    storageBytes2000: new TextEncoder().encode(JSON.stringify(list) + JSON.stringify(index) + JSON.stringify(schedule))
      .length,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/followup.json', JSON.stringify(figures, null, 2));
  writeFileSync('bench/results/records-2000.json', JSON.stringify(list));
});
