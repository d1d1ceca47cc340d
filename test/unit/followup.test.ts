import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderBrief } from '../../lib/brief/render';
import { planImport } from '../../lib/data/backup';
import { type IndexRow, indexRowOf, StoredEscalation } from '../../lib/escalation/migrate';
import type { Escalation } from '../../lib/escalation/model';
import {
  changeSeverity,
  deEscalate,
  escalate,
  logUpdate,
  markCopied,
  resolve,
  snooze,
} from '../../lib/followup/actions';
import { changesSince, trackedFields, updateSince } from '../../lib/followup/changes';
import { customerName, isOverdue, openForTicket } from '../../lib/followup/list';
import { customerUpdate } from '../../lib/followup/messages';
import {
  byEscalation,
  notificationId,
  parseNotificationId,
  reminderText,
  staleNotifications,
  summaryText,
} from '../../lib/followup/notify-text';
import {
  byNextDue,
  dueReminders,
  markNotified,
  nextDueAt,
  nextWakeAt,
  overdueCount,
} from '../../lib/followup/schedule';
import { schedulableOf, scheduleRowOf } from '../../lib/followup/schedule-index';
import { makeTranslate } from '../../lib/i18n/translate';
import { FOLLOW_UP_ALARM, WAKE_ALARM } from '../../lib/platform/follow-up-alarm';
import { reconcileFollowUps, wireFollowUps } from '../../lib/platform/followup-worker';
import {
  DATES_KEY,
  INDEX_KEY,
  loadIndex,
  loadSchedule,
  OPEN_KEY,
  recentlySetAside,
  SCHEDULE_KEY,
  updateIndex,
} from '../../lib/platform/record-index';
import { escalateDraft, loadRecord, saveRecord } from '../../lib/platform/record-store';
import { redactionKey } from '../../lib/redact';
import { redactionOf } from '../../lib/redaction-options';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/model';
import { BLANK_ACCOUNT_AT_GLOBEX, draft } from './engine-draft';
import { panelTranslator } from './support/messages';
import { stubLocks } from './support/web-locks';

// UTC, Monday-Friday 09:00-17:00: readable instants.
const SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };
const MASKING = redactionOf({ unmasked: [] }, SETTINGS);
const MON_10 = new Date('2026-11-23T10:00:00Z');
const at = (iso: string) => new Date(iso);

const open = (id: string, severity: Escalation['severity'], from = MON_10, extra: Partial<Escalation> = {}) =>
  escalate({ ...draft({ id, key: `zendesk:${id}`, severity, summary: `Issue ${id}` }), ...extra }, from, SETTINGS);

describe('escalating starts both clocks by severity', () => {
  test.each([
    ['critical', '2026-11-23T12:00:00.000Z', '2026-11-23T12:00:00.000Z', '2026-11-23T14:00:00.000Z'],
    ['high', '2026-11-23T14:00:00.000Z', '2026-11-23T14:00:00.000Z', '2026-11-23T18:00:00.000Z'],
    // Medium counts business hours: 8 h from Monday 10:00 is Tuesday 10:00; 8-16 h is Tuesday-Wednesday.
    ['medium', '2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z', '2026-11-25T10:00:00.000Z'],
  ] as const)('%s', (severity, internal, customerDue, customerOverdue) => {
    const r = open('a', severity);
    expect(r.status).toBe('escalated');
    expect(r.followUps.internal).toEqual({ dueAt: internal, overdueAt: internal });
    expect(r.followUps.customer).toEqual({ dueAt: customerDue, overdueAt: customerOverdue });
  });
});

describe('a ticket that is already escalated', () => {
  test("its open escalations are found by the draft's ticket key; closed ones, blank drafts and pages are not", () => {
    const rows = [
      { key: 'zendesk:4821', status: 'escalated' as const, id: 'open' },
      { key: 'zendesk:4821', status: 'resolved' as const, id: 'done' },
      { key: 'zendesk:4822', status: 'escalated' as const, id: 'other' },
      { key: 'blank', status: 'escalated' as const, id: 'by-hand' },
      { key: 'generic:https://status.acme.example/incidents/77', status: 'escalated' as const, id: 'page' },
    ];
    expect(openForTicket(rows, 'zendesk:4821').map((r) => r.id)).toEqual(['open']);
    expect(openForTicket(rows, 'zendesk:9999')).toEqual([]);
    expect(openForTicket(rows, 'blank')).toEqual([]);
    expect(openForTicket(rows, 'generic:https://status.acme.example/incidents/77')).toEqual([]);
  });
});

describe('the customer clock follows an earlier SLA', () => {
  const withSla = (dueAt: string, severity: Escalation['severity'] = 'high', from = MON_10) =>
    escalate(
      draft({
        id: 's',
        severity,
        ticket: {
          helpdesk: 'zendesk',
          url: 'https://acme.zendesk.com/agent/tickets/1',
          source: 'api',
          missing: [],
          dueAt,
        },
      }),
      from,
      SETTINGS,
    );

  test.each([
    [
      'SLA before the window: a reminder halfway to the SLA, overdue at it',
      '2026-11-23T12:30:00Z',
      '2026-11-23T11:15:00.000Z',
      '2026-11-23T12:30:00.000Z',
    ],
    [
      'SLA inside the window: overdue at the SLA',
      '2026-11-23T16:00:00Z',
      '2026-11-23T14:00:00.000Z',
      '2026-11-23T16:00:00.000Z',
    ],
    [
      'SLA after the window: the cadence',
      '2026-11-24T10:00:00Z',
      '2026-11-23T14:00:00.000Z',
      '2026-11-23T18:00:00.000Z',
    ],
    ['SLA already past: the cadence', '2026-11-23T09:00:00Z', '2026-11-23T14:00:00.000Z', '2026-11-23T18:00:00.000Z'],
    ['no usable SLA: the cadence', 'soon', '2026-11-23T14:00:00.000Z', '2026-11-23T18:00:00.000Z'],
  ])('%s', (_, sla, dueAt, overdueAt) => {
    const r = withSla(sla);
    expect(r.followUps.customer).toEqual({ dueAt, overdueAt });
    expect(r.followUps.internal?.dueAt).toBe('2026-11-23T14:00:00.000Z');
  });

  test.each(['medium', 'critical'] as const)(
    'a change of severity (to %s) keeps the customer clock held to the SLA',
    (severity) => {
      const r = withSla('2026-11-23T16:00:00Z');
      const res = changeSeverity(r, severity, 'New information', at('2026-11-23T10:30:00Z'), SETTINGS);
      if (!res.ok) throw new Error(res.error);
      expect(Date.parse(res.record.followUps.customer?.overdueAt ?? '')).toBeLessThanOrEqual(
        Date.parse('2026-11-23T16:00:00Z'),
      );
    },
  );

  test.each([
    ['Monday 15:00, SLA Tuesday 08:00', '2026-11-23T15:00:00Z', '2026-11-24T08:00:00Z', '2026-11-23T16:00:00.000Z'],
    ['Friday 14:00, SLA Saturday 12:00', '2026-11-27T14:00:00Z', '2026-11-28T12:00:00Z', '2026-11-27T15:30:00.000Z'],
    ['Friday 16:00, SLA Monday 11:00', '2026-11-27T16:00:00Z', '2026-11-30T11:00:00Z', '2026-11-30T09:30:00.000Z'],
  ])('Medium, %s: reminded halfway through the business time before the SLA, and shown then', (_, from, sla, due) => {
    const r = withSla(sla, 'medium', at(from));
    expect(r.followUps.customer).toEqual({ dueAt: due, overdueAt: new Date(sla).toISOString() });
    expect(nextWakeAt([r], at(from), SETTINGS)?.toISOString()).toBe(due);
    expect(dueReminders([r], at(due), SETTINGS)).toEqual([
      expect.objectContaining({ clock: 'customer', overdue: false }),
    ]);
  });

  test('Medium, an update to the customer at 11:00 with the SLA at 22:00: the reminder at the SLA is shown then', () => {
    const r = withSla('2026-11-23T22:00:00Z', 'medium');
    const res = logUpdate(r, 'update-customer', 'Still on it', at('2026-11-23T11:00:00Z'), SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T22:00:00.000Z',
      overdueAt: '2026-11-23T22:00:00.000Z',
    });
    expect(nextWakeAt([res.record], at('2026-11-23T11:00:00Z'), SETTINGS)?.toISOString()).toBe(
      '2026-11-23T22:00:00.000Z',
    );
    expect(dueReminders([res.record], at('2026-11-23T22:00:05Z'), SETTINGS).map((d) => d.clock)).toEqual(['customer']);
  });

  test('Medium, a snooze at 16:31 capped at the SLA at 20:00: shown at the SLA, not the next morning', () => {
    const r = withSla('2026-11-23T20:00:00Z', 'medium', at('2026-11-23T16:00:00Z'));
    const s = snooze(r, 'customer', 1, at('2026-11-23T16:31:00Z'), SETTINGS);
    if (!s.ok) throw new Error(s.error);
    expect(s.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T20:00:00.000Z',
      overdueAt: '2026-11-23T20:00:00.000Z',
    });
    expect(dueReminders([s.record], at('2026-11-23T20:00:05Z'), SETTINGS).map((d) => d.clock)).toEqual(['customer']);
  });

  test('a Medium team check-in that falls on a holiday added since waits for the next opening', () => {
    const r = open('m', 'medium');
    expect(r.followUps.internal?.dueAt).toBe('2026-11-24T10:00:00.000Z');
    const holiday = { ...SETTINGS, holidays: ['2026-11-24'] };
    expect(dueReminders([r], at('2026-11-24T10:00:00Z'), holiday)).toEqual([]);
    expect(dueReminders([r], at('2026-11-25T09:00:00Z'), holiday).map((d) => d.clock)).toContain('internal');
  });

  test('Medium with no business time left before the SLA: reminded halfway there, and not held past it', () => {
    // Friday 18:00, after closing; the SLA is Saturday 12:00.
    const r = withSla('2026-11-28T12:00:00Z', 'medium', at('2026-11-27T18:00:00Z'));
    expect(r.followUps.customer).toEqual({ dueAt: '2026-11-28T03:00:00.000Z', overdueAt: '2026-11-28T12:00:00.000Z' });
    expect(nextWakeAt([r], at('2026-11-27T18:00:00Z'), SETTINGS)?.toISOString()).toBe('2026-11-28T03:00:00.000Z');
    for (const now of ['2026-11-28T03:00:00Z', '2026-11-28T11:00:00Z']) {
      expect(dueReminders([r], at(now), SETTINGS).map((d) => [d.clock, d.overdue])).toEqual([['customer', false]]);
    }
    // Missed until after the breach (the browser was closed), it waits for business hours as any other.
    expect(dueReminders([r], at('2026-11-28T13:00:00Z'), SETTINGS)).toEqual([]);
  });

  test('the customer update names the zone after the time: "12月1日 22:00（GMT+8）" in Chinese', () => {
    const r = withSla('2026-11-23T16:00:00Z');
    const eleven = at('2026-11-23T11:00:00Z');
    const last = (locale: 'en' | 'zh-CN', timeZone: string) =>
      customerUpdate(r, locale, eleven, { ...SETTINGS, timeZone }, MASKING)
        .split('\n')
        .at(-1);
    expect(last('zh-CN', 'UTC')).toBe('我们会在 11月23日 16:00（UTC）之前再次向您更新进展。');
    expect(last('zh-CN', 'Asia/Shanghai')).toBe('我们会在 11月24日 00:00（GMT+8）之前再次向您更新进展。');
    expect(last('en', 'UTC')).toBe("We'll update you again by Nov 23, 4:00 PM UTC.");
  });

  test('lowered, the held customer clock keeps its reminder ahead of the SLA, not on the breach', () => {
    const res = changeSeverity(
      withSla('2026-11-23T16:00:00Z'),
      'medium',
      'Workaround',
      at('2026-11-23T10:30:00Z'),
      SETTINGS,
    );
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T14:00:00.000Z',
      overdueAt: '2026-11-23T16:00:00.000Z',
    });
  });

  test('lowered, a customer window that would end after the SLA is held to it, as at escalation', () => {
    // Critical's window (12:00-14:00) ends before the 15:00 SLA; High's and Medium's would not.
    const critical = withSla('2026-11-23T15:00:00Z', 'critical');
    expect(critical.followUps.customer?.overdueAt).toBe('2026-11-23T14:00:00.000Z');
    const lowered = (severity: 'high' | 'medium') => {
      const res = changeSeverity(critical, severity, 'Less impact', at('2026-11-23T10:10:00Z'), SETTINGS);
      if (!res.ok) throw new Error(res.error);
      return res.record.followUps.customer;
    };
    expect(lowered('high')).toEqual({ dueAt: '2026-11-23T14:00:00.000Z', overdueAt: '2026-11-23T15:00:00.000Z' });
    // Medium's window opens the next day: reminded halfway to the SLA.
    expect(lowered('medium')).toEqual({ dueAt: '2026-11-23T12:35:00.000Z', overdueAt: '2026-11-23T15:00:00.000Z' });
  });

  test('an update to the customer restarts the clock within the SLA, and the message promises no later time', () => {
    const r = withSla('2026-11-23T16:00:00Z');
    const eleven = at('2026-11-23T11:00:00Z');
    expect(customerUpdate(r, 'en', eleven, SETTINGS, MASKING)).toContain('Nov 23, 4:00 PM UTC');
    const res = logUpdate(r, 'update-customer', 'Still on it', eleven, SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T15:00:00.000Z',
      overdueAt: '2026-11-23T16:00:00.000Z',
    });
  });

  test('a reminder ahead of the SLA is snoozed up to the SLA at most, and an update to the customer keeps the SLA', () => {
    const r = withSla('2026-11-23T12:30:00Z');
    const snoozed = snooze(r, 'customer', 1, at('2026-11-23T11:45:00Z'), SETTINGS);
    if (!snoozed.ok) throw new Error(snoozed.error);
    expect(snoozed.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T12:30:00.000Z',
      overdueAt: '2026-11-23T12:30:00.000Z',
    });
    // After the breach, a snooze is an hour as any other.
    const after = snooze(r, 'customer', 1, at('2026-11-23T12:40:00Z'), SETTINGS);
    expect(after.ok && after.record.followUps.customer?.dueAt).toBe('2026-11-23T13:40:00.000Z');
    // Each update does not halve the way to the SLA again.
    const updated = logUpdate(r, 'update-customer', 'Still on it', at('2026-11-23T11:15:00Z'), SETTINGS);
    expect(updated.ok && updated.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T12:30:00.000Z',
      overdueAt: '2026-11-23T12:30:00.000Z',
    });
  });

  test("an SLA time the page showed without a zone is in the options' time zone, not the computer's", () => {
    const shanghai = { ...SETTINGS, timeZone: 'Asia/Shanghai' };
    const sent = draft({
      id: 'z',
      severity: 'high',
      ticket: {
        helpdesk: 'jira',
        url: 'https://acme.atlassian.net/browse/SUP-1',
        source: 'dom',
        missing: [],
        dueAt: '2026-11-23T20:00',
      },
    });
    const r = escalate(sent, MON_10, shanghai);
    // 20:00 in Shanghai is 12:00 UTC, before High's customer window (14:00-18:00 UTC) opens: reminded at 11:00.
    expect(r.followUps.customer).toEqual({ dueAt: '2026-11-23T11:00:00.000Z', overdueAt: '2026-11-23T12:00:00.000Z' });
  });
});

describe('what is due, overdue and when to wake', () => {
  const critical = open('c', 'critical');
  const high = open('h', 'high');

  test('nothing is due before the lower bound; the alarm is the earliest due time', () => {
    expect(dueReminders([critical, high], at('2026-11-23T11:59:00Z'), SETTINGS)).toEqual([]);
    expect(nextWakeAt([critical, high], MON_10, SETTINGS)?.toISOString()).toBe('2026-11-23T12:00:00.000Z');
  });

  test('at the lower bound both Critical clocks are due, once', () => {
    const now = at('2026-11-23T12:00:00Z');
    const due = dueReminders([critical, high], now, SETTINGS);
    expect(due.map((d) => [d.id, d.clock, d.overdue])).toEqual([
      ['c', 'internal', false],
      ['c', 'customer', false],
    ]);
    const notified = markNotified(critical, ['internal', 'customer']);
    expect(dueReminders([notified, high], now, SETTINGS)).toEqual([]);
    // The next change is the customer clock turning overdue at its upper bound (the badge counts it).
    expect(nextWakeAt([notified, high], now, SETTINGS)?.toISOString()).toBe('2026-11-23T14:00:00.000Z');
  });

  test('a team check-in reminded as its alarm fires is due, not overdue; one the browser was closed through is', () => {
    // The check-in's due and overdue times are one (12:00); its alarm fires a moment after.
    const onTime = dueReminders([critical], at('2026-11-23T12:00:30Z'), SETTINGS).find((d) => d.clock === 'internal');
    expect(onTime?.overdue).toBe(false);
    expect(onTime && reminderText([onTime], panelTranslator('en'), 'en').message).toMatch(
      /Check in with the receiving team$/,
    );
    const late = dueReminders([critical], at('2026-11-23T12:40:00Z'), SETTINGS).find((d) => d.clock === 'internal');
    expect(late?.overdue).toBe(true);
  });

  test('the next follow-up is the earlier clock by time, however each is spelled', () => {
    const c = open('c', 'critical');
    const spelled = {
      ...c,
      followUps: {
        ...c.followUps,
        internal: { dueAt: '2026-11-23T13:30:00+01:00', overdueAt: '2026-11-23T13:30:00+01:00' },
        customer: { dueAt: '2026-11-23T12:45:00.000Z', overdueAt: '2026-11-23T14:00:00.000Z' },
      },
    };
    expect(nextDueAt(spelled)).toBe('2026-11-23T13:30:00+01:00');
    const done = resolve(c, 'Config', '', MON_10);
    if (!done.ok) throw new Error(done.error);
    expect(nextDueAt(done.record)).toBeUndefined();
  });

  test('a Medium reminder missed while the browser was closed waits for business hours; Critical does not', () => {
    // Medium escalated Friday 16:00: its internal clock falls due Monday 16:00; the browser is next opened
    // on Saturday 10:00 after a week away, and again on Monday at 08:00 and 09:00.
    const medium = open('m', 'medium', at('2026-11-20T16:00:00Z'));
    const critical = open('c', 'critical', at('2026-11-20T16:00:00Z'));
    const saturday = at('2026-11-28T10:00:00Z');
    expect(dueReminders([medium, critical], saturday, SETTINGS).map((d) => d.id)).toEqual(['c', 'c']);
    const afterCritical = markNotified(critical, ['internal', 'customer']);
    expect(nextWakeAt([medium, afterCritical], saturday, SETTINGS)?.toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(dueReminders([medium], at('2026-11-30T08:00:00Z'), SETTINGS)).toEqual([]);
    expect(dueReminders([medium], at('2026-11-30T09:00:00Z'), SETTINGS).map((d) => d.clock)).toEqual([
      'internal',
      'customer',
    ]);
  });

  test('a Medium reminder due at closing time is shown when its alarm fires a moment late, not the next morning', () => {
    // Escalated Monday 18:00 (after hours): 8 business hours from Tuesday 09:00 is Tuesday 17:00, closing time.
    const medium = open('m', 'medium', at('2026-11-23T18:00:00Z'));
    expect(medium.followUps.internal?.dueAt).toBe('2026-11-24T17:00:00.000Z');
    for (const late of ['2026-11-24T17:00:00.001Z', '2026-11-24T17:00:30Z', '2026-11-24T17:14:00Z']) {
      expect(dueReminders([medium], at(late), SETTINGS).map((d) => d.clock)).toEqual(['internal', 'customer']);
    }
    // Missed by more than a few minutes (the computer was asleep), it waits for the next opening.
    expect(dueReminders([medium], at('2026-11-24T18:00:00Z'), SETTINGS)).toEqual([]);
    expect(nextWakeAt([medium], at('2026-11-24T18:00:00Z'), SETTINGS)?.toISOString()).toBe('2026-11-25T09:00:00.000Z');
  });

  test('with no business day in the settings, Medium reminders count round the clock and are shown', () => {
    const none = { ...SETTINGS, businessHours: { ...SETTINGS.businessHours, days: [] } };
    const medium = escalate(draft({ id: 'm', key: 'zendesk:m', severity: 'medium' }), MON_10, none);
    expect(medium.followUps.internal?.dueAt).toBe('2026-11-23T18:00:00.000Z');
    const night = at('2026-11-23T23:00:00Z');
    expect(dueReminders([medium], night, none).map((d) => d.clock)).toEqual(['internal', 'customer']);
    // Nothing is held for an opening that never comes: the next wake is the next real change, not "now".
    const notified = markNotified(medium, ['internal', 'customer']);
    expect(nextWakeAt([notified], night, none)?.toISOString()).toBe(medium.followUps.customer?.overdueAt);
  });

  test('overdue after the upper bound; closed escalations never count', () => {
    const now = at('2026-11-23T14:30:00Z');
    const resolved = resolve(high, 'Config', '', now);
    expect(resolved.ok).toBe(true);
    // Escalations with an overdue clock, as the list marks them: Critical's two overdue clocks count once.
    expect(overdueCount([critical, high], now)).toBe(2);
    expect(overdueCount([critical, resolved.ok ? resolved.record : high], now)).toBe(1);
  });

  test('the list puts open escalations first, next due first', () => {
    const medium = open('m', 'medium');
    const closed = deEscalate(open('x', 'critical'), 'workaround', '', MON_10);
    const list = byNextDue([medium, closed.ok ? closed.record : medium, high, critical]);
    expect(list.map((r) => r.id)).toEqual(['c', 'h', 'm', 'x']);
  });
});

describe('follow-up actions', () => {
  const r = open('h', 'high');
  const later = at('2026-11-23T13:00:00Z');

  test('an update to the team resets the internal clock only, and is in the audit trail', () => {
    const res = logUpdate(r, 'update-team', 'Eng reproduced it', later, SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.internal?.dueAt).toBe('2026-11-23T17:00:00.000Z');
    expect(res.record.followUps.customer).toEqual(r.followUps.customer);
    expect(res.record.log.at(-1)).toEqual({ at: later.toISOString(), kind: 'update-team', text: 'Eng reproduced it' });
  });

  test('an empty update is not logged: no clock restarts on nothing said', () => {
    expect(logUpdate(r, 'update-team', ' \n ', later, SETTINGS)).toEqual({ ok: false, error: 'update-required' });
  });

  test('an update to the customer resets the customer clock and is the last customer update', () => {
    const res = logUpdate(r, 'update-customer', 'Still investigating', later, SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T17:00:00.000Z',
      overdueAt: '2026-11-23T21:00:00.000Z',
    });
    expect(res.record.followUps.internal).toEqual(r.followUps.internal);
    expect(res.record.communication.lastUpdate).toEqual({ at: later.toISOString(), text: 'Still investigating' });
  });

  test('a severity change needs a reason; the new cadence counts from the last update each clock counts', () => {
    expect(changeSeverity(r, 'critical', '  ', later, SETTINGS)).toEqual({ ok: false, error: 'reason-required' });
    // "High → High" changes nothing and is not logged.
    expect(changeSeverity(r, 'high', 'Customer asked', later, SETTINGS)).toEqual({
      ok: false,
      error: 'severity-unchanged',
    });
    const res = changeSeverity(r, 'critical', 'Second region down', later, SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.severity).toBe('critical');
    expect(res.record.log.at(-1)?.text).toBe('high → critical: Second region down');
    // Escalated at 10:00 with no update since: Critical wants the team every 2 h, so it was due at 12:00.
    expect(res.record.followUps.internal).toEqual({
      dueAt: '2026-11-23T12:00:00.000Z',
      overdueAt: '2026-11-23T12:00:00.000Z',
    });
    expect(res.record.followUps.customer).toEqual({
      dueAt: '2026-11-23T12:00:00.000Z',
      overdueAt: '2026-11-23T14:00:00.000Z',
    });
    expect(isOverdue(res.record, later)).toBe(true);
    // After a team update at 12:30, the team is next due 2 h after it.
    const updated = logUpdate(r, 'update-team', 'Rollback started', at('2026-11-23T12:30:00Z'), SETTINGS);
    if (!updated.ok) throw new Error(updated.error);
    const raised = changeSeverity(updated.record, 'critical', 'Second region down', later, SETTINGS);
    if (!raised.ok) throw new Error(raised.error);
    expect(raised.record.followUps.internal?.dueAt).toBe('2026-11-23T14:30:00.000Z');
  });

  test('lowered, a clock not yet due moves out to the slower cadence from the last update', () => {
    // Critical escalated Monday 10:00, lowered at 10:30: Medium's 8 business hours from 10:00.
    const critical = open('c', 'critical');
    const res = changeSeverity(critical, 'medium', 'Workaround in place', at('2026-11-23T10:30:00Z'), SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.internal?.dueAt).toBe('2026-11-24T10:00:00.000Z');
    expect(res.record.followUps.customer).toEqual({
      dueAt: '2026-11-24T10:00:00.000Z',
      overdueAt: '2026-11-25T10:00:00.000Z',
    });
    // High escalated Friday 18:00, lowered at 19:00: nothing falls due over the weekend.
    const friday = open('f', 'high', at('2026-11-27T18:00:00Z'));
    const lowered = changeSeverity(friday, 'medium', 'Only one user', at('2026-11-27T19:00:00Z'), SETTINGS);
    if (!lowered.ok) throw new Error(lowered.error);
    expect(isOverdue(lowered.record, at('2026-11-28T12:00:00Z'))).toBe(false);
    expect(lowered.record.followUps.internal?.dueAt).toBe('2026-11-30T17:00:00.000Z');
  });

  test('a record from before follow-ups (no escalation entry in its log) counts from the change itself', () => {
    const old = { ...open('v', 'medium'), log: [] };
    const raised = changeSeverity(old, 'critical', 'Outage', at('2026-11-23T11:00:00Z'), SETTINGS);
    if (!raised.ok) throw new Error(raised.error);
    expect(raised.record.followUps.internal?.dueAt).toBe('2026-11-23T13:00:00.000Z');
    expect(isOverdue(raised.record, at('2026-11-23T11:00:00Z'))).toBe(false);
    const lowered = changeSeverity({ ...open('w', 'critical'), log: [] }, 'medium', 'Minor', MON_10, SETTINGS);
    if (!lowered.ok) throw new Error(lowered.error);
    expect(isOverdue(lowered.record, at('2026-11-23T12:30:00Z'))).toBe(false);
  });

  test('changing severity either way never clears an overdue customer update', () => {
    // High, escalated at 10:00: the customer update was overdue at 18:00; at 19:00 it still is.
    const evening = at('2026-11-23T19:00:00Z');
    expect(isOverdue(r, evening)).toBe(true);
    for (const severity of ['critical', 'medium'] as const) {
      const res = changeSeverity(r, severity, 'Reassessed', evening, SETTINGS);
      if (!res.ok) throw new Error(res.error);
      expect(isOverdue(res.record, evening)).toBe(true);
      expect(Date.parse(res.record.followUps.customer?.overdueAt ?? '')).toBeLessThanOrEqual(
        Date.parse('2026-11-23T18:00:00Z'),
      );
    }
    // Lowered, the slower cadence starts with the next update to the customer.
    const lowered = changeSeverity(r, 'medium', 'Workaround in place', evening, SETTINGS);
    if (!lowered.ok) throw new Error(lowered.error);
    const told = logUpdate(lowered.record, 'update-customer', 'Workaround sent', evening, SETTINGS);
    if (!told.ok) throw new Error(told.error);
    // Medium: 1-2 business days from Monday 19:00 (after hours) is Tuesday 17:00 to Wednesday 17:00.
    expect(told.record.followUps.customer).toEqual({
      dueAt: '2026-11-24T17:00:00.000Z',
      overdueAt: '2026-11-25T17:00:00.000Z',
    });
  });

  test('snoozing brings a due clock back in an hour', () => {
    const res = snooze(r, 'internal', 1, at('2026-11-23T14:05:00Z'), SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.internal).toEqual({
      dueAt: '2026-11-23T15:05:00.000Z',
      overdueAt: '2026-11-23T15:05:00.000Z',
    });
  });

  test('snoozed from an older notification after an update restarted the clock, the clock is not pulled earlier', () => {
    const c = open('c', 'critical');
    const updated = logUpdate(c, 'update-team', 'Reproduced', at('2026-11-23T12:10:00Z'), SETTINGS);
    if (!updated.ok) throw new Error(updated.error);
    const res = snooze(updated.record, 'internal', 1, at('2026-11-23T12:15:00Z'), SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(res.record.followUps.internal?.dueAt).toBe('2026-11-23T14:10:00.000Z');
    // Nothing moved, so the timeline does not say it was snoozed.
    expect(res.record.log.map((e) => e.kind)).toEqual(['created', 'update-team']);
  });

  test('a Medium reminder snoozed at 16:30 comes back the next business morning, not at night', () => {
    const m = open('m', 'medium');
    const res = snooze(m, 'internal', 1, at('2026-11-27T16:30:00Z'), SETTINGS);
    if (!res.ok) throw new Error(res.error);
    // Friday 16:30 + 1 business hour = Monday 09:30.
    expect(res.record.followUps.internal?.dueAt).toBe('2026-11-30T09:30:00.000Z');
  });

  test('an update brief lists what changed since the escalation was sent', () => {
    expect(changesSince(r, 'en')).toEqual([]);
    const worse = changeSeverity(r, 'critical', 'Second region down', later, SETTINGS);
    if (!worse.ok) throw new Error(worse.error);
    const more = {
      ...worse.record,
      impact: { ...worse.record.impact, breadth: { ...worse.record.impact.breadth, count: 5 } },
    };
    expect(changesSince(more, 'en')).toEqual([
      'Severity: High → Critical (Second region down)',
      'Customers affected: — → 5',
    ]);
    expect(changesSince(more, 'zh-CN')).toEqual(['严重性：高 → 严重（Second region down）', '受影响的客户：— → 5']);
  });

  test('an update brief writes a changed deadline and revenue as the brief does', () => {
    const changed = {
      ...r,
      lastCopied: {
        at: r.createdAt,
        fields: { ...trackedFields(r), deadline: '2026-11-24T17:00', revenueAtRisk: '50000' },
      },
      needed: { ...r.needed, deadline: '2026-11-27T09:00:00Z' },
      impact: { ...r.impact, revenueAtRisk: { amount: 120000, currency: 'EUR' } },
    };
    const items = changesSince(changed, 'en', 'America/New_York');
    expect(items).toContain('Revenue at risk: €50,000 → €120,000');
    expect(items.find((i) => i.startsWith('Deadline'))).toMatch(/→ Nov 27, 2026, 4:00\sAM EST$/);
  });

  // The team was told 17:00 UTC; with Los Angeles set in the options since, the same typed "17:00" is 8 hours later.
  test('a deadline that another time zone in the options moved reads as changed in the update brief', () => {
    const deadline = { ...r, needed: { ...r.needed, deadline: '2026-12-03T17:00' } };
    const sent = escalate(deadline, later, { ...SETTINGS, timeZone: 'UTC' });
    expect(changesSince(sent, 'en', 'UTC')).toEqual([]);
    expect(changesSince(sent, 'en', 'America/Los_Angeles')).toEqual([
      expect.stringMatching(/^Deadline: Dec 3, 2026, 9:00\sAM PST → Dec 3, 2026, 5:00\sPM PST$/),
    ]);
  });

  test('a baseline stored as typed, before deadlines were kept as moments, reads as unchanged', () => {
    const stored = {
      ...r,
      needed: { ...r.needed, deadline: '2026-12-03T17:00' },
      lastCopied: { at: r.createdAt, fields: { ...trackedFields(r), deadline: '2026-12-03T17:00' } },
    };
    expect(changesSince(stored, 'en', 'America/Los_Angeles')).toEqual([]);
  });

  test('a revenue changed by cents reads as changed in the update brief', () => {
    const changed = {
      ...r,
      lastCopied: { at: r.createdAt, fields: { ...trackedFields(r), revenueAtRisk: '2500' } },
      impact: { ...r.impact, revenueAtRisk: { amount: 2500.5, currency: 'EUR' } },
    };
    expect(changesSince(changed, 'en')).toContain('Revenue at risk: €2,500 → €2,500.50');
    expect(changesSince(changed, 'zh-CN')).toContain('面临风险的收入：€2,500 → €2,500.50');
  });

  test('an update brief opens with the changes and updates since it was last sent, in every format', () => {
    const worse = changeSeverity(r, 'critical', 'Second region down', later, SETTINGS);
    if (!worse.ok) throw new Error(worse.error);
    const noted = logUpdate(worse.record, 'update-team', 'Fix deployed to staging', later, SETTINGS);
    if (!noted.ok) throw new Error(noted.error);
    const items = updateSince(noted.record, 'en');
    expect(items).toEqual(['Severity: High → Critical (Second region down)', 'Team update: Fix deployed to staging']);
    const opts = { now: later, timeZone: 'UTC', update: { items } };
    expect(renderBrief(noted.record, 'markdown', 'en', opts)).toMatch(
      /### Update — Nov 23, 2026, 1:00\sPM UTC\n- Severity: High → Critical \(Second region down\)\n- Team update: Fix deployed to staging/,
    );
    expect(renderBrief(noted.record, 'text', 'en', opts)).toMatch(
      /UPDATE — Nov 23, 2026, 1:00\sPM UTC\n- Severity: High → Critical \(Second region down\)\n/,
    );
    expect(renderBrief(noted.record, 'slack', 'en', opts)).toContain('Team update: Fix deployed to staging');
    expect(renderBrief(noted.record, 'jira', 'en', opts)).toContain('Team update: Fix deployed to staging');
    expect(renderBrief(noted.record, 'html', 'en', opts)).toContain('<li>Team update: Fix deployed to staging</li>');
    expect(renderBrief(noted.record, 'markdown', 'zh-CN', { ...opts, update: { items: [] } })).toContain(
      '自上次发送以来',
    );
    expect(updateSince(noted.record, 'zh-CN')).toEqual([
      '严重性：高 → 严重（Second region down）',
      '团队更新：Fix deployed to staging',
    ]);
    // Copying makes it the new baseline and goes into the timeline.
    const copied = markCopied(noted.record, at('2026-11-23T13:05:00Z'), SETTINGS.timeZone);
    expect(updateSince(copied, 'en')).toEqual([]);
    expect(copied.log.at(-1)).toMatchObject({ kind: 'copied' });
  });

  test('a customer update in either language carries the latest update', () => {
    const res = logUpdate(r, 'update-team', 'A fix is in review', later, SETTINGS);
    if (!res.ok) throw new Error(res.error);
    // High: the customer hears again within 4-8 h; the message promises the end of that window.
    expect(customerUpdate(res.record, 'en', later, SETTINGS, MASKING)).toBe(
      [
        'Hi there,',
        '',
        'We\'re still investigating "Issue h" — here\'s what we know so far:',
        '- A fix is in review',
        '',
        `We'll update you again by ${new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(new Date(later.getTime() + 8 * 3_600_000))}.`,
      ].join('\n'),
    );
    const zh = customerUpdate(
      { ...res.record, customer: { ...res.record.customer, name: '上海某某科技' } },
      'zh-CN',
      later,
      SETTINGS,
      MASKING,
    );
    expect(zh.split('\n').slice(0, 4)).toEqual([
      '上海某某科技您好：',
      '',
      '我们仍在调查“Issue h”——目前已知的情况如下：',
      '- A fix is in review',
    ]);
    const latin = { ...res.record, customer: { ...res.record.customer, name: 'Dana Whitfield' } };
    expect(customerUpdate(latin, 'zh-CN', later, SETTINGS, MASKING).split('\n')[0]).toBe('Dana Whitfield 您好：');
  });

  test('a customer update with no summary and a name of spaces greets and quotes as the other messages do', () => {
    const blank = { ...r, summary: ' ', customer: { ...r.customer, name: '   ' } };
    expect(customerUpdate(blank, 'en', later, SETTINGS, MASKING)).toMatch(
      /^Hi there,\n\nWe're still investigating "Summary not written yet" — /,
    );
    const zh = customerUpdate(blank, 'zh-CN', later, SETTINGS, MASKING).split('\n');
    // "您好：", as the Chinese de-escalation and resolution messages greet a customer with no name.
    expect(zh[0]).toBe('您好：');
    expect(zh[2]).toBe('我们仍在调查“尚未填写摘要”——目前已知的情况如下：');
    const twoLines = { ...r, summary: '  Export fails\n after 10k rows  ' };
    expect(customerUpdate(twoLines, 'en', later, SETTINGS, MASKING)).toContain(
      'We\'re still investigating "Export fails after 10k rows" — ',
    );
  });

  test('an update of several lines stays under its bullet', () => {
    const res = logUpdate(r, 'update-team', 'Fix is in review.\nDeploy tonight.\n\nThen we verify.', later, SETTINGS);
    if (!res.ok) throw new Error(res.error);
    expect(customerUpdate(res.record, 'en', later, SETTINGS, MASKING)).toContain(
      '- Fix is in review.\n  Deploy tonight.\n  Then we verify.\n\n',
    );
  });

  test('a customer update masks what the brief masks: keys, cards, direction tricks from the ticket', () => {
    const hostile = { ...r, summary: 'Webhook fails \u202egnp.exe\u202c for key sk_live_51HxAbCdEfGhIjKlMnOpQrSt' };
    const res = logUpdate(hostile, 'update-team', 'Card 4242 4242 4242 4242 was declined', later, SETTINGS);
    if (!res.ok) throw new Error(res.error);
    const text = customerUpdate(res.record, 'en', later, SETTINGS, MASKING);
    expect(text).toContain('Webhook fails gnp.exe for key [API key removed]');
    expect(text).toContain('Card [card •••• 4242] was declined');
    expect(text).not.toMatch(/sk_live|\u202e|4242 4242/);
    // The agent chose to keep the key visible in this escalation's briefs: the message follows.
    const kept = customerUpdate(
      { ...res.record, unmasked: [redactionKey('api-key', 'sk_live_51HxAbCdEfGhIjKlMnOpQrSt')] },
      'en',
      later,
      SETTINGS,
      redactionOf({ unmasked: [redactionKey('api-key', 'sk_live_51HxAbCdEfGhIjKlMnOpQrSt')] }, SETTINGS),
    );
    expect(kept).toContain('sk_live_51HxAbCdEfGhIjKlMnOpQrSt');
  });

  test('de-escalating and resolving stop the reminders and keep the outcome', () => {
    const d = deEscalate(r, 'workaround', 'CSV split by month unblocks them', later);
    if (!d.ok) throw new Error(d.error);
    expect(d.record.status).toBe('de-escalated');
    expect(d.record.outcome).toMatchObject({
      deEscalationReason: 'workaround',
      learning: 'CSV split by month unblocks them',
    });
    expect(nextWakeAt([d.record], later, SETTINGS)).toBeUndefined();
    expect(logUpdate(d.record, 'note', 'x', later, SETTINGS)).toEqual({ ok: false, error: 'not-open' });

    expect(resolve(r, '', '', later)).toEqual({ ok: false, error: 'root-cause-required' });
    const done = resolve(r, 'Cursor TTL too short', 'Alert on export cursor expiry', later);
    if (!done.ok) throw new Error(done.error);
    expect(done.record).toMatchObject({
      status: 'resolved',
      outcome: { rootCause: 'Cursor TTL too short', learning: 'Alert on export cursor expiry' },
    });
    expect(dueReminders([done.record], at('2026-11-30T00:00:00Z'), SETTINGS)).toEqual([]);
  });
});

describe('notification text', () => {
  const t = makeTranslate({
    followup_title: { message: 'Follow-up due: $1' },
    followup_internalDue: { message: 'Check in with the receiving team' },
    followup_customerDue: { message: 'Update the customer' },
    followup_overdue: { message: '$1 (overdue)' },
    followup_summaryTitle: { message: 'Follow-ups due on $1 escalations' },
    followup_summaryTitleOverdue: { message: 'Follow-ups due on $1 escalations ($2 overdue)' },
  });

  test('names the customer, summary, severity and clock, as plain text', () => {
    const r = open('h', 'high', MON_10, {
      customer: { name: 'Dana', email: '', account: 'Acme\u202e Corp' },
      summary: '<b>Exports</b> stop',
    });
    const [due] = dueReminders([r], at('2026-11-23T19:00:00Z'), SETTINGS).filter((d) => d.clock === 'customer');
    if (!due) throw new Error('not due');
    expect(reminderText([due], t, 'en')).toEqual({
      title: 'Follow-up due: Acme Corp',
      message: 'High · <b>Exports</b> stop\nUpdate the customer (overdue)',
    });
    expect(parseNotificationId(notificationId([due]))).toEqual({ id: 'h', clocks: ['customer'] });
  });

  test('an account or customer name of only spaces is no name: the other one, else "Unnamed customer"', () => {
    const named = (id: string, name: string, account: string) =>
      open(id, 'critical', MON_10, { customer: { name, email: '', account } });
    const noon = at('2026-11-23T12:00:00Z');
    const en = panelTranslator('en');
    const title = (r: Escalation) => {
      const [rs] = byEscalation(dueReminders([r], noon, SETTINGS));
      if (!rs) throw new Error('not due');
      return reminderText(rs, en, 'en').title;
    };
    expect(title(named('a', ' ', ' '))).toBe('Follow-up due: Unnamed customer');
    expect(title(named('b', 'Dana', '  '))).toBe('Follow-up due: Dana');
    const due = dueReminders([named('a', ' ', ' '), named('b', ' Dana ', '\t')], noon, SETTINGS);
    expect(summaryText(due, en, noon).message).toBe('Issue a, Dana');
  });

  test("a blank account names the customer by the helpdesk's organization, as the brief does, not the requester", () => {
    const r = open('g', 'critical', MON_10, {
      ...BLANK_ACCOUNT_AT_GLOBEX,
    });
    const [rs] = byEscalation(dueReminders([indexRowOf(r)], at('2026-11-23T12:00:00Z'), SETTINGS));
    if (!rs) throw new Error('not due');
    expect(reminderText(rs, panelTranslator('en'), 'en').title).toBe('Follow-up due: Globex');
  });

  test('a long name or summary is cut on a whole character, never inside an emoji', () => {
    const r = open('e', 'high', MON_10, {
      customer: { name: `${'é'.repeat(118)}😀😀😀`, email: '', account: '' },
      summary: `${'x'.repeat(118)}👍👍👍`,
    });
    const [due] = dueReminders([r], at('2026-11-23T14:00:00Z'), SETTINGS).filter((d) => d.clock === 'customer');
    if (!due) throw new Error('not due');
    const text = reminderText([due], t, 'en');
    expect(text.title).toBe(`Follow-up due: ${'é'.repeat(118)}😀…`);
    expect(text.message.split('\n')[0]).toBe(`High · ${'x'.repeat(118)}👍…`);
  });

  test("one escalation's two clocks due together make one reminder naming both", () => {
    const groups = byEscalation(dueReminders([open('c', 'critical')], at('2026-11-23T12:00:00Z'), SETTINGS));
    expect(groups).toHaveLength(1);
    const [both] = groups;
    if (!both) throw new Error('not due');
    expect(reminderText(both, t, 'en').message).toBe(
      'Critical · Issue c\nCheck in with the receiving team\nUpdate the customer',
    );
    expect(parseNotificationId(notificationId(both))).toEqual({ id: 'c', clocks: ['internal', 'customer'] });
    expect(parseNotificationId('followup:summary')).toEqual({ summary: true, ids: [] });
    expect(parseNotificationId('followup:summary:a,b')).toEqual({ summary: true, ids: ['a', 'b'] });
    expect(parseNotificationId('followup:weekly:c')).toBeUndefined();
  });

  test('several escalations at once become one summary', () => {
    const noon = at('2026-11-23T12:00:00Z');
    const due = dueReminders([open('a', 'critical'), open('b', 'critical')], noon, SETTINGS);
    expect(byEscalation(due)).toHaveLength(2);
    // Four clocks, two escalations: the summary counts what the list shows, escalations.
    expect(summaryText(due, t, noon).title).toBe('Follow-ups due on 2 escalations');
  });

  test.each([
    ['en', 'Follow-ups due on 3 escalations (2 overdue)'],
    ['zh-CN', '有 3 个升级需要跟进（2 个已逾期）'],
  ] as const)(
    '%s: the summary says how many of its escalations are overdue, as the badge beside it counts them',
    (locale, title) => {
      // Critical: both clocks overdue by 15:00; High: its team check-in; a Critical escalated at 13:00, just due.
      const now = at('2026-11-23T15:00:00Z');
      const late = open('l', 'critical', at('2026-11-23T13:00:00Z'));
      const records = [open('a', 'critical'), open('b', 'high'), late];
      const due = dueReminders(records, now, SETTINGS);
      expect(byEscalation(due)).toHaveLength(3);
      expect(summaryText(due, panelTranslator(locale), now).title).toBe(title);
      expect(overdueCount(records, now)).toBe(2);
    },
  );

  test('team check-ins five minutes past: the summary says they are overdue, as the badge and the list do', () => {
    const now = at('2026-11-23T12:05:00Z');
    const records = [open('a', 'critical'), open('b', 'critical')];
    const due = dueReminders(records, now, SETTINGS);
    expect(overdueCount(records, now)).toBe(2);
    expect(summaryText(due, panelTranslator('en'), now).title).toBe('Follow-ups due on 2 escalations (2 overdue)');
  });

  test('the summary names the customers as a list in the language of the notification', () => {
    const named = (id: string, account: string) =>
      open(id, 'critical', MON_10, { customer: { name: '', email: '', account } });
    const noon = at('2026-11-23T12:00:00Z');
    const due = dueReminders([named('a', '上海某某科技'), named('b', 'Acme')], noon, SETTINGS);
    expect(summaryText(due, panelTranslator('zh-CN'), noon).message).toBe('上海某某科技、Acme');
    expect(summaryText(due, panelTranslator('en'), noon).message).toBe('上海某某科技, Acme');
  });
});

describe('the worker keeps one alarm, the badge and the notifications in step with storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The worker reads the compiled messages of the agent's language; here they are empty (keys show).
    vi.stubGlobal('fetch', async () => new Response('{}'));
  });

  // As the panel writes records and the worker's storage listener indexes them.
  const store = async (...records: Escalation[]) => {
    const entries = Object.fromEntries(records.map((r) => [`record:${r.id}`, r]));
    await fakeBrowser.storage.local.set({ settings: SETTINGS, ...entries });
    await updateIndex(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, { newValue: v }])));
  };

  test('one alarm at the earliest due time; reconciling again does not move it', async () => {
    await store(open('h', 'high'), open('c', 'critical'));
    await reconcileFollowUps(MON_10);
    const alarm = await fakeBrowser.alarms.get(FOLLOW_UP_ALARM);
    expect(alarm?.scheduledTime).toBe(Date.parse('2026-11-23T12:00:00Z'));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    await reconcileFollowUps(at('2026-11-23T10:30:00Z'));
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(alarm?.scheduledTime);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  test('a due escalation notifies once, naming its clocks; the badge counts overdue', async () => {
    await store(open('c', 'critical'));
    await reconcileFollowUps(at('2026-11-23T12:00:00Z'));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toEqual([
      'followup:internal+customer:c',
    ]);
    fakeBrowser.notifications.resetState();
    await reconcileFollowUps(at('2026-11-23T12:05:00Z'));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toEqual([]);
    await reconcileFollowUps(at('2026-11-23T15:00:00Z'));
    // Both its clocks are overdue: one escalation.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    const stored = (await fakeBrowser.storage.local.get('record:c'))['record:c'] as Escalation;
    expect(stored.followUps.notified).toEqual({
      internal: '2026-11-23T12:00:00.000Z',
      customer: '2026-11-23T12:00:00.000Z',
    });
  });

  // A reconcile pass during which the panel writes a record, as it would while a reminder is being shown.
  const reconcileWhilePanelWrites = async (record: Escalation, now: Date) => {
    const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
    vi.spyOn(fakeBrowser.notifications, 'create').mockImplementation(async (...args: Parameters<typeof create>) => {
      await fakeBrowser.storage.local.set({ [`record:${record.id}`]: record });
      return create(...args);
    });
    await reconcileFollowUps(now);
    vi.restoreAllMocks();
  };

  test('an update the panel saves while a reminder is being shown is kept, clock and all', async () => {
    const c = open('c', 'critical');
    await store(c);
    const updated = logUpdate(c, 'update-team', 'Reproduced on staging', at('2026-11-23T12:00:30Z'), SETTINGS);
    if (!updated.ok) throw new Error(updated.error);
    await reconcileWhilePanelWrites(updated.record, at('2026-11-23T12:00:00Z'));
    const stored = (await fakeBrowser.storage.local.get('record:c'))['record:c'] as Escalation;
    expect(stored.log.map((e) => e.kind)).toEqual(['created', 'update-team']);
    expect(stored.followUps.internal?.dueAt).toBe('2026-11-23T14:00:30.000Z');
    // The customer clock, not restarted, is marked as reminded; the restarted one will remind at its new time.
    expect(stored.followUps.notified).toEqual({ customer: '2026-11-23T12:00:00.000Z' });
  });

  test('an imported escalation whose clock times are spelled another way reminds once, not on every pass', async () => {
    const c = open('c', 'critical');
    const spelled = {
      ...c,
      followUps: {
        internal: { dueAt: '2026-11-23T12:00:00Z', overdueAt: '2026-11-23T13:00:00+01:00' },
        customer: { dueAt: '2026-11-23T12:00:00Z', overdueAt: '2026-11-23T14:00:00Z' },
        notified: { internal: '2026-11-23T10:00:00Z' },
      },
    };
    const file = { format: 'escalation-brief-export', version: 1, exportedAt: '', items: { 'record:c': spelled } };
    const plan = planImport(JSON.stringify(file), {});
    if (!plan.ok) throw new Error(plan.reason);
    const imported = plan.plan.writes['record:c'] as Escalation;
    expect(imported.followUps.internal).toEqual({
      dueAt: '2026-11-23T12:00:00.000Z',
      overdueAt: '2026-11-23T12:00:00.000Z',
    });
    expect(imported.followUps.notified.internal).toBe('2026-11-23T10:00:00.000Z');
    await store(imported);
    const shown: number[] = [];
    for (const t of ['2026-11-23T12:01:00Z', '2026-11-23T12:02:00Z', '2026-11-23T12:03:00Z']) {
      fakeBrowser.notifications.resetState();
      await reconcileFollowUps(at(t));
      shown.push(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {}).length);
    }
    expect(shown).toEqual([1, 0, 0]);
  });

  test('a clock due before 1970 (or at its first moment) reminds once, not on every pass', async () => {
    const far = { dueAt: '2026-12-31T00:00:00.000Z', overdueAt: '2026-12-31T00:00:00.000Z' };
    const dueAt = (id: string, at: string) => {
      const r = open(id, 'high');
      return { ...r, followUps: { ...r.followUps, internal: { dueAt: at, overdueAt: at }, customer: far } };
    };
    await store(dueAt('old', '1969-12-31T23:00:00.000Z'), dueAt('epoch', '1970-01-01T00:00:00.000Z'));
    const shown: string[][] = [];
    for (const t of ['2026-11-23T10:01:00Z', '2026-11-23T10:02:00Z', '2026-11-23T10:03:00Z']) {
      fakeBrowser.notifications.resetState();
      await reconcileFollowUps(at(t));
      shown.push(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {}));
    }
    expect(shown).toEqual([['followup:summary:old,epoch'], [], []]);
    const stored = (await fakeBrowser.storage.local.get('record:old'))['record:old'] as Escalation;
    expect(stored.followUps.notified.internal).toBe('1969-12-31T23:00:00.000Z');
    // The list shows it as the next follow-up, long overdue.
    const epoch = (await fakeBrowser.storage.local.get('record:epoch'))['record:epoch'] as Escalation;
    expect(nextDueAt(epoch)).toBe('1970-01-01T00:00:00.000Z');
  });

  test('a record stored under another id than its own is set aside as unreadable: no reminder, no row, counted', async () => {
    const idB = open('idB', 'critical');
    await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:keyA': idB, 'record:keyC': idB });
    // Opened by its key, it is set aside as one that no longer parses.
    expect((await loadRecord('keyC')).state).toBe('quarantined');
    // Seen by the worker's storage listener: once as the index is first built, once written after.
    await updateIndex({ 'record:keyA': { newValue: idB } });
    await fakeBrowser.storage.local.set({ 'record:keyD': idB });
    await updateIndex({ 'record:keyD': { newValue: idB } });
    await reconcileFollowUps(at('2026-11-23T12:00:00Z'));
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toEqual([]);
    const stored = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.includes(':key'));
    expect(stored.sort()).toEqual([
      expect.stringMatching(/^quarantine:record:keyA:\d+$/),
      expect.stringMatching(/^quarantine:record:keyC:\d+$/),
      expect.stringMatching(/^quarantine:record:keyD:\d+$/),
    ]);
    expect(await recentlySetAside(new Date())).toBe(3);
    expect(((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: object }).rows).toEqual({});
  });

  test('an indexed record moved away under another key unseen reminds once, goes from the screen, then leaves the index', async () => {
    const c = open('c', 'critical');
    await store(c);
    // Hand-edited storage, the worker not there to see it (and a browser that lists no keys to check by).
    await fakeBrowser.storage.local.remove('record:c');
    await fakeBrowser.storage.local.set({ 'record:moved': c });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const created: number[] = [];
    const onScreen: string[][] = [];
    for (const t of ['2026-11-23T12:00:00Z', '2026-11-23T12:01:00Z', '2026-11-23T12:02:00Z']) {
      create.mockClear();
      await reconcileFollowUps(at(t));
      created.push(create.mock.calls.length);
      onScreen.push(Object.keys(await fakeBrowser.notifications.getAll()));
    }
    create.mockRestore();
    // The pass learns the record is gone only as it writes its mark, and takes back what it showed.
    expect(created).toEqual([1, 0, 0]);
    expect(onScreen).toEqual([[], [], []]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: object }).rows).toEqual({});
  });

  test('a reminder on screen goes once an update restarted the clock it named, or the escalation closed', async () => {
    const h = open('h', 'high');
    await store(h);
    await reconcileFollowUps(at('2026-11-23T14:00:00Z'));
    const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());
    expect(await shown()).toEqual(['followup:internal+customer:h']);
    const reminded = (await fakeBrowser.storage.local.get('record:h'))['record:h'] as Escalation;
    const team = logUpdate(reminded, 'update-team', 'Eng on it', at('2026-11-23T14:10:00Z'), SETTINGS);
    if (!team.ok) throw new Error(team.error);
    await store(team.record);
    await reconcileFollowUps(at('2026-11-23T14:10:00Z'));
    // The customer clock it named is still due: the reminder stays.
    expect(await shown()).toEqual(['followup:internal+customer:h']);
    const told = logUpdate(team.record, 'update-customer', 'Told them', at('2026-11-23T14:15:00Z'), SETTINGS);
    if (!told.ok) throw new Error(told.error);
    await store(told.record);
    await reconcileFollowUps(at('2026-11-23T14:15:00Z'));
    expect(await shown()).toEqual([]);
    await reconcileFollowUps(at('2026-11-23T18:15:00Z'));
    expect(await shown()).toEqual(['followup:internal+customer:h']);
    const done = resolve(told.record, 'Config', '', at('2026-11-23T18:20:00Z'));
    if (!done.ok) throw new Error(done.error);
    await store(done.record);
    await reconcileFollowUps(at('2026-11-23T18:20:00Z'));
    expect(await shown()).toEqual([]);
  });

  test('an escalation resolved while a reminder is being shown gets no clocks back', async () => {
    const c = open('c', 'critical');
    await store(c);
    const done = resolve(c, 'Config', '', at('2026-11-23T12:00:30Z'));
    if (!done.ok) throw new Error(done.error);
    await reconcileWhilePanelWrites(done.record, at('2026-11-23T12:00:00Z'));
    const stored = (await fakeBrowser.storage.local.get('record:c'))['record:c'] as Escalation;
    expect(stored.status).toBe('resolved');
    expect(stored.followUps).toEqual({ notified: {} });
  });

  test('a resolved escalation a hand-edited schedule index calls overdue leaves no badge, reminder or alarm', async () => {
    const c = open('c', 'critical');
    await store(c);
    const done = resolve(c, 'Config', '', at('2026-11-23T11:00:00Z'));
    if (!done.ok) throw new Error(done.error);
    await store(done.record);
    // Hand-edited storage: the schedule index says it is still open, both clocks overdue by 15:00.
    const schedule = (await fakeBrowser.storage.local.get(SCHEDULE_KEY))[SCHEDULE_KEY] as { rows: object };
    await fakeBrowser.storage.local.set({ [SCHEDULE_KEY]: { ...schedule, rows: { c: scheduleRowOf(c) } } });
    await reconcileFollowUps(at('2026-11-23T15:00:00Z'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined();
    const [row] = await loadSchedule();
    expect(row?.status).toBe('resolved');
  });

  test('a single due reminder is its own notification, with the escalation in its id', async () => {
    await store(open('h', 'high'));
    await reconcileFollowUps(at('2026-11-23T14:00:00Z'));
    const stored = (await fakeBrowser.storage.local.get('record:h'))['record:h'] as Escalation;
    const updated = logUpdate(stored, 'update-team', 'Checked with Eng', at('2026-11-23T14:30:00Z'), SETTINGS);
    if (!updated.ok) throw new Error(updated.error);
    await store(updated.record);
    fakeBrowser.notifications.resetState();
    await reconcileFollowUps(at('2026-11-23T18:30:00Z'));
    const created = fakeBrowser.notifications.getAllCreateOptions?.() ?? {};
    expect(Object.keys(created)).toEqual(['followup:internal:h']);
    expect(created['followup:internal:h']).toMatchObject({ title: 'followup_title', type: 'basic' });
  });

  test('several escalations due at once (the browser was closed) arrive as one summary', async () => {
    await store(open('a', 'critical'), open('b', 'high', MON_10));
    await reconcileFollowUps(at('2026-11-23T18:00:00Z'));
    const created = fakeBrowser.notifications.getAllCreateOptions?.() ?? {};
    expect(Object.keys(created)).toEqual(['followup:summary:a,b']);
    // Both overdue by 18:00: the title says so.
    expect(created['followup:summary:a,b']).toMatchObject({ title: 'followup_summaryTitleOverdue' });
    // Both updated since (nothing of theirs due), another escalation overdue: the summary of these two goes.
    const updated = (r: Escalation) => {
      const at1 = at('2026-11-23T18:05:00Z');
      const team = logUpdate(r, 'update-team', 'Eng on it', at1, SETTINGS);
      if (!team.ok) throw new Error(team.error);
      const told = logUpdate(team.record, 'update-customer', 'Told them', at1, SETTINGS);
      if (!told.ok) throw new Error(told.error);
      return told.record;
    };
    const other = open('c', 'critical', at('2026-11-23T06:00:00Z'));
    const named = [open('a', 'critical'), open('b', 'high', MON_10)].map(updated);
    expect(staleNotifications(['followup:summary:a,b'], [other, ...named], at('2026-11-23T18:06:00Z'))).toEqual([
      'followup:summary:a,b',
    ]);
    // Once none of them has a clock due any more, the summary goes too.
    const closed = [open('a', 'critical'), open('b', 'high', MON_10)].map((r) => {
      const done = resolve(r, 'Config', '', at('2026-11-23T18:10:00Z'));
      if (!done.ok) throw new Error(done.error);
      return done.record;
    });
    await store(...closed);
    await reconcileFollowUps(at('2026-11-23T18:10:00Z'));
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  test('clicking a reminder opens the ticket and asks the panel to show that escalation', async () => {
    const r = open('h', 'high', MON_10, { ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821' });
    await store(r);
    wireFollowUps();
    await fakeBrowser.notifications.onClicked.trigger('followup:internal+customer:h');
    await vi.waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContain('https://acme.zendesk.com/agent/tickets/4821');
    });
    const shown = (await fakeBrowser.storage.local.get('ui:show-escalation'))['ui:show-escalation'];
    expect(shown).toMatchObject({ id: 'h', action: 'view' });
  });

  test('clicking the summary of several reminders shows the panel’s Escalations list', async () => {
    await store(open('c', 'critical'), open('h', 'high'));
    wireFollowUps();
    await fakeBrowser.notifications.onClicked.trigger('followup:summary:c,h');
    await vi.waitFor(async () => {
      const shown = (await fakeBrowser.storage.local.get('ui:show-escalation'))['ui:show-escalation'];
      expect(shown).toMatchObject({ action: 'list' });
    });
  });

  test('"Log update" opens the update box; "Snooze 1 h" moves every clock the reminder named', async () => {
    await store(open('h', 'high', MON_10, { ticketUrl: 'https://acme.zendesk.com/agent/tickets/4821' }));
    wireFollowUps();
    await fakeBrowser.notifications.onButtonClicked.trigger('followup:internal+customer:h', 0);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get('ui:show-escalation'))['ui:show-escalation']).toMatchObject({
        id: 'h',
        action: 'log',
      }),
    );
    const before = Date.now();
    await fakeBrowser.notifications.onButtonClicked.trigger('followup:internal+customer:h', 1);
    await vi.waitFor(async () => {
      const stored = (await fakeBrowser.storage.local.get('record:h'))['record:h'] as Escalation;
      for (const clock of ['internal', 'customer'] as const) {
        const due = Date.parse(stored.followUps[clock]?.dueAt ?? '');
        expect(due - before).toBeGreaterThanOrEqual(3_600_000 - 1_000);
        expect(due - before).toBeLessThan(3_600_000 + 5_000);
      }
      expect(stored.log.at(-1)?.kind).toBe('snoozed');
    });
  });

  test('"Snooze 1 h" keeps an update the panel logged while the click was being handled', async () => {
    const h = open('h', 'high', MON_10);
    await store(h);
    const told = logUpdate(h, 'update-customer', 'Fix ships Friday', new Date(), SETTINGS);
    if (!told.ok) throw new Error(told.error);
    wireFollowUps();
    // The worker's first pass is over: the week-old escalation is overdue.
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).not.toBe(''));
    // The panel's write lands while the worker reads the settings the snooze counts business hours in.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let panelWrote = false;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      const read = await get(keys);
      if (!panelWrote && keys === 'settings') {
        panelWrote = true;
        await fakeBrowser.storage.local.set({ 'record:h': told.record });
      }
      return read;
    });
    await fakeBrowser.notifications.onButtonClicked.trigger('followup:internal+customer:h', 1);
    await vi.waitFor(async () => {
      const stored = (await get('record:h'))['record:h'] as Escalation;
      // The customer clock the update restarted is not moved by the snooze, nor logged as snoozed.
      expect(stored.log.map((e) => [e.kind, e.text])).toEqual([
        ['created', 'Escalated'],
        ['update-customer', 'Fix ships Friday'],
        ['snoozed', 'internal +1 h'],
      ]);
      expect(stored.communication.lastUpdate).toEqual(told.record.communication.lastUpdate);
    });
  });

  test('a reminder the browser refuses to show still leaves the badge, the mark and the next alarm', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('Notifications are blocked'));
    await store(open('c', 'critical'), open('h', 'high'));
    await reconcileFollowUps(at('2026-11-23T15:00:00Z'));
    // Critical: both clocks overdue; High: the internal one. Two escalations.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBeGreaterThan(
      Date.parse('2026-11-23T15:00:00Z'),
    );
    const stored = (await fakeBrowser.storage.local.get('record:c'))['record:c'] as Escalation;
    expect(stored.followUps.notified.internal).toBe('2026-11-23T12:00:00.000Z');
    expect(error).toHaveBeenCalledWith('Escalation Brief: a reminder could not be shown', expect.any(Error));
  });

  test('a reminder held outside business hours is shown once the settings make it business time', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T19:30:00Z'), toFake: ['Date'] });
    try {
      await store(open('m', 'medium'));
      wireFollowUps();
      await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeDefined());
      expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toEqual([]);
      const later = { ...SETTINGS, businessHours: { ...SETTINGS.businessHours, end: '23:59' } };
      await fakeBrowser.storage.local.set({ settings: later });
      await vi.waitFor(() =>
        expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toEqual([
          'followup:internal+customer:m',
        ]),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  test('an escalation written while the worker is stopped still gets its alarm: the write brings it forward', async () => {
    vi.useFakeTimers({ now: MON_10, toFake: ['Date'] });
    try {
      await fakeBrowser.storage.local.set({ settings: SETTINGS });
      // The panel escalates; the browser stopped the worker, which never sees the write.
      await escalateDraft(
        draft({ id: 'k', key: 'zendesk:k', severity: 'critical', summary: 'Issue k' }),
        MON_10,
        SETTINGS,
      );
      expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(MON_10.getTime() + 30_000);
      // Half a minute later the alarm starts the worker: the write is indexed and its check-in scheduled.
      wireFollowUps();
      await fakeBrowser.alarms.onAlarm.trigger({ name: WAKE_ALARM, scheduledTime: MON_10.getTime() + 30_000 });
      await vi.waitFor(async () =>
        expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-23T12:00:00Z')),
      );
      expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
      expect((await loadSchedule()).map((r) => r.id)).toEqual(['k']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a write leaves the follow-up alarm as the worker set it (a reminder due sooner stays due)', async () => {
    await fakeBrowser.alarms.create(FOLLOW_UP_ALARM, { when: Date.now() + 5_000 });
    const soon = (await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime;
    await saveRecord(open('s', 'high'));
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(soon);
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toBeDefined();
  });

  test('resolving the last open escalation removes the alarm and the badge', async () => {
    const r = open('c', 'critical');
    await store(r);
    await reconcileFollowUps(at('2026-11-23T15:00:00Z'));
    const done = resolve(r, 'Fixed', '', at('2026-11-23T15:10:00Z'));
    if (!done.ok) throw new Error(done.error);
    await store(done.record);
    await reconcileFollowUps(at('2026-11-23T15:10:00Z'));
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  test('a record that no longer parses is set aside, and the others still get their reminders', async () => {
    await store(open('c', 'critical'));
    const broken = { id: 'broken', schemaVersion: 2 };
    await fakeBrowser.storage.local.set({ 'record:broken': broken });
    await updateIndex({ 'record:broken': { newValue: broken } });
    await reconcileFollowUps(MON_10);
    const all = await fakeBrowser.storage.local.get(null);
    expect(all['record:broken']).toBeUndefined();
    expect(Object.keys(all).some((k) => k.startsWith('quarantine:record:broken:'))).toBe(true);
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeDefined();
    // The Escalations list says one was set aside this week; a week on, it no longer does. Other things set
    // aside are not escalation records. Only where the browser lists the keys alone.
    await fakeBrowser.storage.local.set({ 'quarantine:draft:zendesk:1:1': {}, 'quarantine:settings:2': {} });
    const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
    const original = local.getKeys;
    try {
      local.getKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null));
      expect(await recentlySetAside(new Date())).toBe(1);
      expect(await recentlySetAside(new Date(Date.now() + 8 * 86_400_000))).toBe(0);
      local.getKeys = undefined;
      expect(await recentlySetAside(new Date())).toBe(0);
    } finally {
      local.getKeys = original;
    }
  });
});

describe('the record index', () => {
  beforeEach(() => fakeBrowser.reset());

  test('is rebuilt from the records when missing or unreadable, and follows every write', async () => {
    const a = open('a', 'high');
    await fakeBrowser.storage.local.set({ 'record:a': a, [INDEX_KEY]: { version: 9 } });
    await reconcileFollowUps(MON_10);
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: Record<string, unknown> };
    expect(Object.keys(index.rows)).toEqual(['a']);
    await fakeBrowser.storage.local.remove('record:a');
    await updateIndex({ 'record:a': { oldValue: a } });
    const after = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: Record<string, unknown> };
    expect(after.rows).toEqual({});
  });

  test('keeps the records newest first beside it, for similar-issue matching to read the newest first', async () => {
    const older = { ...open('older', 'high'), createdAt: '2026-11-01T10:00:00.000Z' };
    const newer = { ...open('newer', 'high'), createdAt: '2026-11-20T10:00:00.000Z' };
    await fakeBrowser.storage.local.set({ 'record:older': older, [INDEX_KEY]: { version: 9 } });
    await reconcileFollowUps(MON_10);
    await fakeBrowser.storage.local.set({ 'record:newer': newer });
    await updateIndex({ 'record:newer': { newValue: newer } });
    const dates = async () => (await fakeBrowser.storage.local.get(DATES_KEY))[DATES_KEY];
    expect(await dates()).toEqual({ version: 1, newestFirst: ['newer', 'older'] });
    await fakeBrowser.storage.local.remove('record:newer');
    await updateIndex({ 'record:newer': { oldValue: newer } });
    expect(await dates()).toEqual({ version: 1, newestFirst: ['older'] });
    // An index written before the order was (the extension updated): the worker's start writes it.
    await fakeBrowser.storage.local.set({ 'record:newer': newer });
    await updateIndex({ 'record:newer': { newValue: newer } });
    await fakeBrowser.storage.local.remove(DATES_KEY);
    await reconcileFollowUps(MON_10);
    expect(await dates()).toBeUndefined();
    await reconcileFollowUps(MON_10, true);
    expect(await dates()).toEqual({ version: 1, newestFirst: ['newer', 'older'] });
  });

  test('keeps each ticket’s open escalations beside it, for the panel to say a ticket is already escalated', async () => {
    const first = { ...open('first', 'high'), key: 'zendesk:acme.zendesk.com:4821' };
    const second = { ...open('second', 'medium'), key: 'zendesk:acme.zendesk.com:4821' };
    const other = { ...open('other', 'high'), key: 'zendesk:acme.zendesk.com:77' };
    const noTicket = { ...open('blank', 'high'), key: 'blank' };
    await fakeBrowser.storage.local.set({ 'record:first': first, 'record:other': other, 'record:blank': noTicket });
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: { version: 9 } });
    await reconcileFollowUps(MON_10);
    const opened = async () => (await fakeBrowser.storage.local.get(OPEN_KEY))[OPEN_KEY];
    expect(await opened()).toEqual({
      version: 1,
      byTicket: {
        'zendesk:acme.zendesk.com:4821': ['first'],
        'zendesk:acme.zendesk.com:77': ['other'],
        blank: ['blank'],
      },
    });
    await fakeBrowser.storage.local.set({ 'record:second': second });
    await updateIndex({ 'record:second': { newValue: second } });
    const resolved = { ...first, status: 'resolved' as const };
    await fakeBrowser.storage.local.set({ 'record:first': resolved });
    await updateIndex({ 'record:first': { newValue: resolved } });
    expect(await opened()).toEqual({
      version: 1,
      byTicket: {
        'zendesk:acme.zendesk.com:4821': ['second'],
        'zendesk:acme.zendesk.com:77': ['other'],
        blank: ['blank'],
      },
    });
    // An index written before the list was (the extension updated), or a list out of step with the records
    // (hand-edited storage): the worker's start writes it again.
    const whole = await opened();
    for (const wrong of [undefined, { version: 1, byTicket: {} }, { version: 1, byTicket: { x: ['first'] } }]) {
      await fakeBrowser.storage.local.set({ [OPEN_KEY]: wrong });
      if (wrong === undefined) await fakeBrowser.storage.local.remove(OPEN_KEY);
      await reconcileFollowUps(MON_10);
      expect(await opened()).toEqual(wrong);
      await reconcileFollowUps(MON_10, true);
      expect(await opened()).toEqual(whole);
    }
  });

  test('a record index out of step with the records (hand-edited) is rebuilt at the worker’s start', async () => {
    const a = open('a', 'high');
    const b = open('b', 'high');
    await fakeBrowser.storage.local.set({ 'record:a': a, 'record:b': b, [INDEX_KEY]: { version: 9 } });
    await reconcileFollowUps(MON_10);
    const rows = async () =>
      Object.keys(((await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: object }).rows).sort();
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: Record<string, unknown> };
    const { b: _, ...withoutB } = index.rows;
    await fakeBrowser.storage.local.set({ [INDEX_KEY]: { ...index, rows: withoutB } });
    await fakeBrowser.storage.local.remove(OPEN_KEY);
    await reconcileFollowUps(MON_10, true);
    expect(await rows()).toEqual(['a', 'b']);
    expect(await loadIndex()).toHaveLength(2);
  });

  test('where the browser cannot list keys alone, a record written while the worker was stopped is indexed at its start', async () => {
    const local = fakeBrowser.storage.local as { getKeys?: () => Promise<string[]> };
    const original = local.getKeys;
    try {
      local.getKeys = undefined;
      await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:h': open('h', 'high') });
      await updateIndex({ 'record:h': { newValue: open('h', 'high') } });
      // The panel escalates another ticket; the worker never sees the write, only its mark is left.
      await saveRecord(open('c', 'critical'));
      await reconcileFollowUps(at('2026-11-23T10:00:30Z'), true);
      expect((await loadSchedule()).map((r) => r.id).sort()).toEqual(['c', 'h']);
      expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-23T12:00:00Z'));
    } finally {
      local.getKeys = original;
    }
  });

  // Hand-edited storage: a record that no longer parses, written (with both indexes, or not) as the panel is
  // open. The panel's list and the worker's storage listener both see it, each on its own clock.
  const handEdited = async (indexes: Record<string, unknown>) => {
    stubLocks();
    let clock = Date.parse('2026-11-23T10:00:00Z');
    vi.spyOn(Date, 'now').mockImplementation(() => clock++);
    await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:c': open('c', 'critical') });
    await loadIndex();
    await fakeBrowser.storage.local.set({ 'record:c': 'not a record', ...indexes });
    return { seen: { 'record:c': { newValue: 'not a record' } }, now: () => new Date(clock) };
  };
  const setAside = async () =>
    Object.entries(await fakeBrowser.storage.local.get(null)).filter(([k]) => k.startsWith('quarantine:record:'));

  test.each([
    ['both indexes unreadable too', { [INDEX_KEY]: 'garbage', [SCHEDULE_KEY]: 'garbage' }],
    ['the indexes intact', {}],
  ])(
    'an unreadable record the panel and the worker find in the same moment is set aside once (%s)',
    async (_, indexes) => {
      try {
        const { seen, now } = await handEdited(indexes);
        await Promise.all([loadIndex(), updateIndex(seen), loadSchedule(true)]);
        expect((await setAside()).map(([, v]) => v)).toEqual(['not a record']);
        expect(await recentlySetAside(now())).toBe(1);
        expect(await loadIndex()).toEqual([]);
      } finally {
        vi.restoreAllMocks();
        vi.unstubAllGlobals();
      }
    },
  );

  test('an unreadable record the panel has set aside is not set aside again as the worker hears of it', async () => {
    try {
      const { seen, now } = await handEdited({ [INDEX_KEY]: 'garbage', [SCHEDULE_KEY]: 'garbage' });
      await loadIndex();
      await updateIndex(seen);
      expect((await setAside()).map(([, v]) => v)).toEqual(['not a record']);
      expect(await recentlySetAside(now())).toBe(1);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    }
  });

  test("an index stored before rows kept the helpdesk's organization is rebuilt, so the list names the customer by it", async () => {
    const g = open('g', 'high', MON_10, {
      ...BLANK_ACCOUNT_AT_GLOBEX,
    });
    const { organization: _none, ...before } = indexRowOf(g);
    await fakeBrowser.storage.local.set({ 'record:g': g, [INDEX_KEY]: { version: 1, rows: { g: before } } });
    const [row] = await loadIndex();
    expect(row && customerName(row)).toBe('Globex');
  });

  test('an escalation resolved while the worker was not there to see it stops reminding at its next start', async () => {
    const c = open('c', 'critical');
    await saveRecord(c);
    await updateIndex({ 'record:c': { newValue: c } });
    expect(
      Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('index:unindexed:')),
    ).toEqual([]);
    // Resolved in the panel; the browser closed before the worker's storage listener ran.
    const done = resolve(c, 'Config', '', at('2026-11-23T11:00:00Z'));
    if (!done.ok) throw new Error(done.error);
    await saveRecord(done.record);
    await reconcileFollowUps(at('2026-11-23T15:00:00Z'), true);
    expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions?.() ?? {})).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeUndefined();
    const index = (await fakeBrowser.storage.local.get(INDEX_KEY))[INDEX_KEY] as { rows: Record<string, IndexRow> };
    expect(index.rows.c?.status).toBe('resolved');
  });

  test("the schedule index holds every record's clocks as numbers and gives them back as they were", async () => {
    const r = markNotified(open('h', 'high'), ['internal']);
    const row = scheduleRowOf(r);
    expect(row).toEqual([
      'escalated',
      'high',
      Date.parse('2026-11-23T14:00:00Z'),
      Date.parse('2026-11-23T14:00:00Z'),
      Date.parse('2026-11-23T14:00:00Z'),
      Date.parse('2026-11-23T18:00:00Z'),
      Date.parse('2026-11-23T14:00:00Z'),
      0,
    ]);
    expect(schedulableOf('h', row).followUps).toEqual(r.followUps);
    const ancient = { dueAt: '1900-01-01T00:00:00.000Z', overdueAt: '1900-01-01T00:00:00.000Z' };
    const imported = { ...r, followUps: { ...r.followUps, internal: ancient } };
    // A clock due before 1970 (a hand-edited import) is long overdue, not missing.
    expect(dueReminders([schedulableOf('h', scheduleRowOf(imported))], MON_10, SETTINGS)).toEqual([
      expect.objectContaining({ id: 'h', clock: 'internal' }),
    ]);
    const clockless = draft({ id: 'n', status: 'escalated' });
    expect(schedulableOf('n', scheduleRowOf(clockless)).followUps).toEqual({
      internal: undefined,
      customer: undefined,
      notified: { internal: undefined, customer: undefined },
    });
  });

  test('follows every write, is rebuilt when unreadable or out of step, and is all a quiet wake reads', async () => {
    await fakeBrowser.storage.local.set({ settings: SETTINGS });
    const a = open('a', 'high');
    await fakeBrowser.storage.local.set({ 'record:a': a });
    await updateIndex({ 'record:a': { newValue: a } });
    const schedule = async () =>
      Object.keys(((await fakeBrowser.storage.local.get(SCHEDULE_KEY))[SCHEDULE_KEY] as { rows: object }).rows);
    expect(await schedule()).toEqual(['a']);
    // Nothing due: the worker reads the schedule, never the record index.
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await reconcileFollowUps(MON_10);
    expect(get.mock.calls.flat().flat()).not.toContain(INDEX_KEY);
    get.mockRestore();
    await fakeBrowser.storage.local.set({ [SCHEDULE_KEY]: { version: 1, rows: { a: ['escalated'] } } });
    await reconcileFollowUps(MON_10);
    expect(await schedule()).toEqual(['a']);
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeDefined();
  });

  test("a v1 record's follow-up times become clocks due and overdue at those times", async () => {
    const v1 = {
      ...draft({ id: 'timed', key: 'zendesk:8' }),
      schemaVersion: 1,
      status: 'escalated',
      followUps: { nextInternalAt: '2026-11-23T12:00:00.000Z', nextCustomerAt: '2026-11-23T16:00:00.000Z' },
    };
    await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:timed': v1 });
    await reconcileFollowUps(MON_10);
    // Kept as stored (migrated whenever read), scheduled from the migrated clocks.
    const stored = StoredEscalation.parse((await fakeBrowser.storage.local.get('record:timed'))['record:timed']);
    expect(stored.followUps.internal).toEqual({
      dueAt: '2026-11-23T12:00:00.000Z',
      overdueAt: '2026-11-23T12:00:00.000Z',
    });
    expect(stored.followUps.customer).toEqual({
      dueAt: '2026-11-23T16:00:00.000Z',
      overdueAt: '2026-11-23T16:00:00.000Z',
    });
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-23T12:00:00Z'));
  });

  test('a record saved by the first release (v1) is migrated into the index', async () => {
    const v1 = { ...draft({ id: 'old', key: 'zendesk:9' }), schemaVersion: 1, status: 'escalated', followUps: {} };
    await fakeBrowser.storage.local.set({ settings: SETTINGS, 'record:old': v1 });
    await reconcileFollowUps(MON_10);
    const stored = (await fakeBrowser.storage.local.get('record:old'))['record:old'] as Escalation;
    // Open with no clocks: they start now (Medium, business hours from Monday 10:00).
    expect(stored.followUps.internal?.dueAt).toBe('2026-11-24T10:00:00.000Z');
  });
});
