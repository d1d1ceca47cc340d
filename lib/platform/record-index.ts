import { browser } from 'wxt/browser';
import {
  type IndexRow,
  type IndexViews,
  indexRowOf,
  RECORD_INDEX_VERSION,
  RecordDates,
  RecordIndex,
  viewsMatch,
  viewsOf,
  viewsOfIndex,
} from '../escalation/migrate';
import { OpenTickets } from '../followup/open-tickets';
import type { Schedulable } from '../followup/schedule';
import { ScheduleIndex, type ScheduleRow, schedulableOf, scheduleRowOf } from '../followup/schedule-index';
import { RECORD_PREFIX, recordAt, UNINDEXED_PREFIX } from './record-store';
import { allKeys, QUARANTINE_PREFIX, quarantineKey, storedKeys } from './storage';
import { inTurn } from './turns';

export const INDEX_KEY = 'index:records';
export const SCHEDULE_KEY = 'index:schedule';
export const DATES_KEY = 'index:dates';
export const OPEN_KEY = 'index:open';

type Changes = Record<string, { newValue?: unknown; oldValue?: unknown }>;

// The small views as stored, each under its key: written with every write of the record index.
const viewEntries = ({ dates, open }: IndexViews) => ({ [DATES_KEY]: dates, [OPEN_KEY]: open });

const scheduleOf = (rows: Record<string, IndexRow>): Record<string, ScheduleRow> =>
  Object.fromEntries(Object.entries(rows).map(([id, row]) => [id, scheduleRowOf(row)]));

// The whole records, read once to (re)build both indexes; a record that no longer parses is set aside.
// Only in a turn (see rebuilt), so what is set aside is what is stored then.
async function rebuild(): Promise<Record<string, IndexRow>> {
  const all = await browser.storage.local.get(null);
  const found = new Map<string, IndexRow>();
  const quarantine: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(RECORD_PREFIX)) continue;
    const parsed = recordAt(key).safeParse(raw);
    if (parsed.success) found.set(parsed.data.id, indexRowOf(parsed.data));
    else quarantine[quarantineKey(key, Date.now())] = raw;
  }
  const rows = Object.fromEntries(found);
  const bad = Object.keys(quarantine).map((q) => q.slice(QUARANTINE_PREFIX.length).replace(/:\d+$/, ''));
  if (bad.length) {
    await browser.storage.local.set(quarantine);
    await browser.storage.local.remove(bad);
  }
  await browser.storage.local.set({
    [INDEX_KEY]: { version: RECORD_INDEX_VERSION, rows },
    [SCHEDULE_KEY]: { version: 1, rows: scheduleOf(rows) },
    ...viewEntries(viewsOf(Object.entries(rows))),
  });
  const marks = Object.keys(all).filter((k) => k.startsWith(UNINDEXED_PREFIX));
  if (marks.length) await browser.storage.local.remove(marks);
  return rows;
}

// Records written while the worker was not there to index them (marked, see withIndexMarks) are indexed now.
// Where the browser cannot list keys alone (Firefox before 143, Chrome before 130) that reads every value.
async function indexMarked(): Promise<void> {
  const marked = (await allKeys())
    .filter((k) => k.startsWith(UNINDEXED_PREFIX))
    .map((k) => `${RECORD_PREFIX}${k.slice(UNINDEXED_PREFIX.length)}`);
  if (!marked.length) return;
  const stored = await browser.storage.local.get(marked);
  await updateIndex(Object.fromEntries(marked.map((k) => [k, { newValue: stored[k] }])));
}

// Where the browser lists keys cheaply, an index that misses a record (or lists a deleted one) is rebuilt.
// A row is its own key's: a record named "constructor" is not found in every object.
async function matchesStorage(rows: Record<string, unknown>): Promise<boolean> {
  const keys = await storedKeys();
  if (!keys) return true;
  const ids = keys.filter((k) => k.startsWith(RECORD_PREFIX));
  return (
    ids.length === Object.keys(rows).length && ids.every((k) => Object.hasOwn(rows, k.slice(RECORD_PREFIX.length)))
  );
}

// Both indexes, where they can be read and list what is stored.
async function intactIndex(): Promise<Record<string, IndexRow> | undefined> {
  const stored = await browser.storage.local.get([INDEX_KEY, SCHEDULE_KEY]);
  const parsed = RecordIndex.safeParse(stored[INDEX_KEY]);
  if (!parsed.success || !ScheduleIndex.safeParse(stored[SCHEDULE_KEY]).success) return undefined;
  return (await matchesStorage(parsed.data.rows)) ? parsed.data.rows : undefined;
}

// The panel and the worker (each its own page, so the turn is a Web Lock) find an unreadable index in the
// same moment: rebuilding both at once, each set the same unreadable record aside under its own time, and
// the list counted it twice. The second, in its turn, finds the index the first built.
const rebuilt = (): Promise<Record<string, IndexRow>> => inTurn(async () => (await intactIndex()) ?? (await rebuild()));

export async function loadIndex(): Promise<IndexRow[]> {
  const parsed = RecordIndex.safeParse((await browser.storage.local.get(INDEX_KEY))[INDEX_KEY]);
  return Object.values(parsed.success ? parsed.data.rows : await rebuilt());
}

// The small views are written with the index. One from before they were (an update of the extension), or
// out of step with the follow-up schedule (hand-edited storage: a ticket's open escalation left out hides
// the panel's "already escalated" notice), is written again from the index at the worker's start; where the
// record index is out of step with the schedule too, all of them are rebuilt from the records.
const statusesOf = (schedule: Record<string, ScheduleRow>) =>
  new Map(Object.entries(schedule).map(([id, [status]]) => [id, status]));
async function keepViews(schedule: Record<string, ScheduleRow>): Promise<void> {
  const stored = await browser.storage.local.get([DATES_KEY, OPEN_KEY]);
  const dates = RecordDates.safeParse(stored[DATES_KEY]);
  const open = OpenTickets.safeParse(stored[OPEN_KEY]);
  if (dates.success && open.success && viewsMatch({ dates: dates.data, open: open.data }, statusesOf(schedule))) return;
  await inTurn(async () => {
    const now = await browser.storage.local.get([INDEX_KEY, SCHEDULE_KEY]);
    const views = viewsOfIndex(now[INDEX_KEY]);
    const current = ScheduleIndex.safeParse(now[SCHEDULE_KEY]);
    if (views && current.success && viewsMatch(views, statusesOf(current.data.rows))) {
      await browser.storage.local.set(viewEntries(views));
    } else await rebuild();
  });
}

/** What the follow-up worker schedules from: every record's clocks, read in milliseconds. */
export async function loadSchedule(verify = false): Promise<Schedulable[]> {
  if (verify) await indexMarked();
  const parsed = ScheduleIndex.safeParse((await browser.storage.local.get(SCHEDULE_KEY))[SCHEDULE_KEY]);
  const rows =
    parsed.success && (!verify || (await matchesStorage(parsed.data.rows)))
      ? parsed.data.rows
      : scheduleOf(await rebuilt());
  if (verify) await keepViews(rows);
  return Object.entries(rows).map(([id, row]) => schedulableOf(id, row));
}

/** The record index rows of some records (what a reminder says of each), or fewer when not indexed. */
export async function indexRowsOf(ids: readonly string[]): Promise<Map<string, IndexRow>> {
  const rows = new Map((await loadIndex()).map((r) => [r.id, r]));
  return new Map(ids.flatMap((id) => (rows.has(id) ? [[id, rows.get(id) as IndexRow] as const] : [])));
}

// The worker keeps both indexes in step with every record write, from anywhere (panel, import, itself). In a
// turn, from what each changed key holds then, not what the change said it was: a record the panel's
// rebuild has set aside meanwhile is not set aside again.
export async function updateIndex(changes: Changes): Promise<void> {
  const keys = Object.keys(changes).filter((k) => k.startsWith(RECORD_PREFIX));
  if (keys.length) await inTurn(() => indexKeys(keys));
}

async function indexKeys(keys: readonly string[]): Promise<void> {
  const stored = await browser.storage.local.get([INDEX_KEY, SCHEDULE_KEY, ...keys]);
  const parsed = RecordIndex.safeParse(stored[INDEX_KEY]);
  const schedule = ScheduleIndex.safeParse(stored[SCHEDULE_KEY]);
  if (!parsed.success || !schedule.success) {
    await rebuild();
    return;
  }
  // Maps, not objects: a row set by its id on an object would be its prototype under some ids.
  const rows = new Map(Object.entries(parsed.data.rows));
  const scheduleRows = new Map(Object.entries(schedule.data.rows));
  const quarantine: Record<string, unknown> = {};
  for (const key of keys) {
    const id = key.slice(RECORD_PREFIX.length);
    const value = stored[key];
    const record = recordAt(key).safeParse(value);
    if (record.success) {
      rows.set(id, indexRowOf(record.data));
      scheduleRows.set(id, scheduleRowOf(record.data));
    } else {
      rows.delete(id);
      scheduleRows.delete(id);
    }
    if (value !== undefined && !record.success) quarantine[quarantineKey(key, Date.now())] = value;
  }
  await browser.storage.local.set({
    ...quarantine,
    [INDEX_KEY]: { version: RECORD_INDEX_VERSION, rows: Object.fromEntries(rows) },
    [SCHEDULE_KEY]: { version: 1, rows: Object.fromEntries(scheduleRows) },
    ...viewEntries(viewsOf(rows)),
  });
  const bad = Object.keys(quarantine).map((q) => q.slice(QUARANTINE_PREFIX.length).replace(/:\d+$/, ''));
  await browser.storage.local.remove([
    ...bad,
    ...keys.map((k) => `${UNINDEXED_PREFIX}${k.slice(RECORD_PREFIX.length)}`),
  ]);
}

export function onIndexChange(listener: () => void): () => void {
  const handle = (changes: Changes, area: string) => {
    if (area === 'local' && INDEX_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

const SET_ASIDE_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Escalation records set aside in the last week because they no longer parse: the list says so, where it
 * would otherwise only be missing them. Only where the browser lists keys alone: reading every record each
 * time the list changes would cost more than the notice is worth (0 otherwise).
 */
export async function recentlySetAside(now: Date): Promise<number> {
  const keys = await storedKeys();
  if (!keys) return 0;
  const since = now.getTime() - SET_ASIDE_DAYS * DAY_MS;
  const prefix = `${QUARANTINE_PREFIX}${RECORD_PREFIX}`;
  return keys.filter((k) => k.startsWith(prefix) && Number(/:(\d+)$/.exec(k)?.[1] ?? 0) >= since).length;
}
