import { browser } from 'wxt/browser';
import type { Locale } from '../brief/labels';
import type { IndexRow } from '../escalation/migrate';
import { isWebAddress } from '../escalation/ticket-address';
import { snooze } from '../followup/actions';
import {
  byEscalation,
  notificationId,
  parseNotificationId,
  reminderText,
  staleNotifications,
  summaryNotificationId,
  summaryText,
} from '../followup/notify-text';
import {
  dueReminders,
  markNotified,
  nextWakeAt,
  overdueCount,
  type Reminder,
  type Schedulable,
  withClocks,
} from '../followup/schedule';
import type { Translate } from '../i18n/translate';
import { FOLLOW_UP_ALARM, WAKE_ALARM } from './follow-up-alarm';
import { indexRowsOf, loadSchedule, updateIndex } from './record-index';
import { loadRecord, onRecordsChange, RECORD_PREFIX, recordAt, saveFollowUps, updateRecord } from './record-store';
import { reportError } from './report';
import { loadSettings, onSettingsChange } from './settings-store';
import { requestShowEscalation, requestShowEscalations } from './show-escalation';
import { translatorFor } from './translators';

const SNOOZE_HOURS = 1;

const hasButtons = () => 'sidePanel' in browser; // Firefox notifications have no buttons

async function notify(id: string, text: { title: string; message: string }, t: Translate): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
    ...(hasButtons() ? { buttons: [{ title: t('followup_logUpdate') }, { title: t('followup_snooze') }] } : {}),
  });
}

// What a reminder says (customer, summary) comes from the record index, read only when one is due.
async function notifyDue(due: readonly Reminder<Schedulable>[], locale: Locale, now: Date): Promise<void> {
  const t = await translatorFor(locale);
  const words = await indexRowsOf(due.map((r) => r.id));
  const described: Reminder<IndexRow>[] = due.map((r) => ({
    ...r,
    record: { ...(words.get(r.id) ?? unindexed(r.record)), followUps: r.record.followUps },
  }));
  const [single, ...others] = byEscalation(described);
  if (single && !others.length) {
    await notify(notificationId(single), reminderText(single, t, locale), t);
  } else if (single) {
    await browser.notifications.create(summaryNotificationId(described), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      ...summaryText(described, t, now),
    });
  }
}

// A record the record index does not list yet still gets its reminder, without words.
const unindexed = (r: Schedulable): IndexRow => ({
  ...r,
  key: '',
  createdAt: '',
  updatedAt: '',
  customer: { name: '', email: '', account: '' },
  summary: '',
  ticketUrl: '',
});

// The badge, the notifications and the alarm follow what a record the pass wrote to holds after it, not
// what the index said of it: one resolved since (or that a stale or hand-edited index calls open) counts
// for nothing and its reminder goes; one gone or unreadable is left out.
function heldNow(stored: Record<string, unknown>, r: Schedulable): Schedulable[] {
  const key = `${RECORD_PREFIX}${r.id}`;
  if (!(key in stored)) return [r];
  const record = recordAt(key).safeParse(stored[key]);
  return record.success ? [record.data] : [];
}

// Storage is the truth; this runs on every worker start, on the alarm and when records change. It gives
// open records their clocks, notifies what fell due (one escalation's clocks together; several escalations
// at once — the browser was closed — as one summary), sets the badge, and keeps exactly one alarm at the
// next moment anything changes.
export async function reconcileFollowUps(now = new Date(), verifyIndex = false): Promise<void> {
  const settings = await loadSettings();
  const records = await loadSchedule(verifyIndex);
  const current: Schedulable[] = [];
  const changed = new Map<string, Schedulable>();
  for (const r of records) {
    const next = withClocks(r, now, settings);
    if (next !== r) changed.set(next.id, next);
    current.push(next);
  }
  const due = dueReminders(current, now, settings);
  // A notification the browser refuses (notifications turned off for the browser, say) must not stop the
  // pass: the reminder still counts as given, and the badge and the next alarm are still set.
  if (due.length) await notifyDue(due, settings.uiLocale, now).catch(reportError('a reminder could not be shown'));
  for (const r of due) {
    const base = changed.get(r.id) ?? r.record;
    changed.set(r.id, markNotified(base, [r.clock]));
  }
  const stored = await saveFollowUps(new Map([...changed.values()].map((r) => [r.id, r.followUps])));
  // The indexes follow at once (the storage listener would too, a moment later, for what was written).
  await updateIndex(Object.fromEntries(Object.entries(stored).map(([key, value]) => [key, { newValue: value }])));
  const latest = current.flatMap((r) => heldNow(stored, changed.get(r.id) ?? r));

  const shown = Object.keys((await browser.notifications.getAll?.()) ?? {});
  for (const id of staleNotifications(shown, latest, now)) await browser.notifications.clear(id);

  const overdue = overdueCount(latest, now);
  await browser.action.setBadgeText({ text: overdue ? String(overdue) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });

  // What a page wrote is indexed by now (the write's own pass, or the start-up check): no wake-up is owed.
  await browser.alarms.clear(WAKE_ALARM);
  const wake = nextWakeAt(latest, now, settings);
  const existing = await browser.alarms.get(FOLLOW_UP_ALARM);
  if (!wake) {
    if (existing) await browser.alarms.clear(FOLLOW_UP_ALARM);
  } else if (!existing || Math.abs(existing.scheduledTime - wake.getTime()) > 1000) {
    await browser.alarms.create(FOLLOW_UP_ALARM, { when: wake.getTime() });
  }
}

async function showInPanel(id: string, action: 'view' | 'log'): Promise<void> {
  const read = await loadRecord(id);
  await requestShowEscalation(id, action);
  const url = read.state === 'ok' ? read.value.ticketUrl : undefined;
  // An earlier release imported any address: a tab is opened only on a web page.
  if (!url || !isWebAddress(url)) return;
  const [tab] = await browser.tabs.query({ url: url.split('#')[0] }).catch(() => []);
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}

async function snoozeAll(id: string, clocks: readonly ('internal' | 'customer')[]): Promise<void> {
  const settings = await loadSettings();
  await updateRecord(id, (stored) => {
    let record = stored;
    for (const clock of clocks) {
      const snoozed = snooze(record, clock, SNOOZE_HOURS, new Date(), settings);
      if (snoozed.ok) record = snoozed.record;
    }
    return { ok: true, record };
  });
}

// Called synchronously in the click handler (a user gesture); where the browser refuses, the ticket's
// tab still comes to the front and an open panel switches to the escalation.
function openPanel(): void {
  browser.windows
    .getLastFocused()
    .then((w) => (w.id !== undefined && browser.sidePanel ? browser.sidePanel.open({ windowId: w.id }) : undefined))
    .catch(() => undefined);
}

export function wireFollowUps(): void {
  let running = Promise.resolve();
  // One pass at a time: a pass writes records, which triggers another pass that finds nothing new.
  const queue = (work: () => Promise<void>) => {
    running = running.then(work).catch(reportError('a follow-up pass failed'));
  };
  const run = () => queue(() => reconcileFollowUps());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM || alarm.name === WAKE_ALARM) run();
  });
  onRecordsChange((changes) => {
    queue(() => updateIndex(changes));
    run();
  });
  // Business hours, holidays and the time zone decide when a held reminder may be shown.
  onSettingsChange(run);
  browser.notifications.onClicked.addListener((id) => {
    openPanel();
    const parsed = parseNotificationId(id);
    if (parsed && 'id' in parsed) showInPanel(parsed.id, 'view').catch(reportError('a reminder could not be opened'));
    else if (parsed) requestShowEscalations().catch(reportError('the escalations could not be shown'));
    browser.notifications.clear(id).catch(reportError('a notification could not be cleared'));
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    const parsed = parseNotificationId(id);
    browser.notifications.clear(id).catch(reportError('a notification could not be cleared'));
    if (!parsed || !('id' in parsed)) return;
    if (index === 0) {
      openPanel();
      showInPanel(parsed.id, 'log').catch(reportError('a reminder could not be opened'));
      return;
    }
    snoozeAll(parsed.id, parsed.clocks).catch(reportError('a reminder could not be snoozed'));
  });
  // A worker start checks the index against storage (it may have been stopped mid-update).
  queue(() => reconcileFollowUps(new Date(), true));
}
