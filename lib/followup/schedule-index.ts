// The follow-up worker's own view of every record: only what scheduling reads, as numbers. It is a
// fifth the size of the record index (~180 KB for 2,000 records against ~1.4 MB), so the worker's every
// wake reads it in a few milliseconds; the record index is read only when a reminder needs its words.
import { ESCALATION_STATUSES, type Escalation, SEVERITIES, type Severity } from '../escalation/model';
import { z } from '../zod';
import type { Schedulable } from './schedule';
import { severityOf } from './status';

const ms = z.number().int();

/** status, severity, internal due/overdue, customer due/overdue, notified internal/customer (epoch ms; 0: none). */
export const ScheduleRow = z.tuple([z.enum(ESCALATION_STATUSES), z.enum(SEVERITIES), ms, ms, ms, ms, ms, ms]);
export type ScheduleRow = z.infer<typeof ScheduleRow>;

export const ScheduleIndex = z.object({ version: z.literal(1), rows: z.record(z.string(), ScheduleRow) });
export type ScheduleIndex = z.infer<typeof ScheduleIndex>;

// 0 is "no clock" in a row, so a time at or before 1970 (a hand-edited import: long past, not absent) is
// stored 1 ms lower. Every time reads back exactly: a reminder's mark must equal the due time it was for,
// or the worker drops it and reminds again on every pass.
const toMs = (iso: string | undefined) => {
  const t = iso ? Date.parse(iso) : Number.NaN;
  if (!Number.isFinite(t)) return 0;
  return t > 0 ? t : t - 1;
};
const toIso = (t: number) => (t ? new Date(t > 0 ? t : t + 1).toISOString() : undefined);

export function scheduleRowOf(r: Schedulable): ScheduleRow {
  const { internal, customer, notified } = r.followUps;
  return [
    r.status,
    severityOf(r),
    toMs(internal?.dueAt),
    toMs(internal?.overdueAt),
    toMs(customer?.dueAt),
    toMs(customer?.overdueAt),
    toMs(notified.internal),
    toMs(notified.customer),
  ];
}

const clock = (due: number, overdue: number) =>
  due ? { dueAt: toIso(due) as string, overdueAt: toIso(overdue || due) as string } : undefined;

export function schedulableOf(id: string, row: ScheduleRow): Schedulable & { severity: Severity } {
  const [status, severity, iDue, iOver, cDue, cOver, nInternal, nCustomer] = row;
  const followUps: Escalation['followUps'] = {
    internal: clock(iDue, iOver),
    customer: clock(cDue, cOver),
    notified: { internal: toIso(nInternal), customer: toIso(nCustomer) },
  };
  return { id, status, severity, suggested: {}, followUps };
}
