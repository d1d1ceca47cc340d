import type { Locale } from '../brief/labels';
import { BRIEF_LABELS } from '../brief/labels';
import { formatMoney } from '../brief/money';
import { briefTime } from '../brief/time';
import { instantOf } from '../escalation/deadline';
import type { Escalation, Severity, Target } from '../escalation/model';
import { severityChange } from './severity-change';
import { severityOf } from './status';

// A deadline typed without a zone is read in the options' time zone: kept as the moment it stood for when the
// brief was copied, so that another zone set in the options since reads as the deadline it is, one that moved.
// A baseline stored as typed (before this) is read in the zone of now, as it was then.
const deadlineMoment = (deadline: string, timeZone?: string): string => {
  const at = instantOf(deadline, timeZone);
  return Number.isNaN(at) ? deadline : new Date(at).toISOString();
};

// The fields a receiving team tracks; an update brief lists those that changed since the last copy.
export function trackedFields(r: Escalation, timeZone?: string): Record<string, string> {
  return {
    severity: severityOf(r),
    target: r.target ?? '',
    customersAffected: r.impact.breadth.count === undefined ? '' : String(r.impact.breadth.count),
    revenueAtRisk: r.impact.revenueAtRisk.amount === undefined ? '' : String(r.impact.revenueAtRisk.amount),
    deadline: deadlineMoment(r.needed.deadline, timeZone),
  };
}

export function changesSince(r: Escalation, locale: Locale, timeZone?: string): string[] {
  const L = BRIEF_LABELS[locale];
  const label: Record<string, string> = {
    severity: L.severity,
    target: L.target,
    customersAffected: L.customersAffected,
    revenueAtRisk: L.revenueAtRisk,
    deadline: L.deadline,
  };
  // Written as the brief below writes them: a time with its zone, money with its currency.
  const shown = (key: string, v: string | undefined): string => {
    if (!v) return '—';
    switch (key) {
      case 'severity':
        return L.severities[v as Severity];
      case 'target':
        return L.targets[v as Target];
      case 'deadline':
        return briefTime(v, locale, timeZone);
      case 'revenueAtRisk':
        return formatMoney(Number(v), r.impact.revenueAtRisk.currency, locale);
      case 'customersAffected':
        return Number(v).toLocaleString(locale);
      default:
        return v;
    }
  };
  const now = trackedFields(r, timeZone);
  const before = { ...r.lastCopied?.fields };
  if (before.deadline) before.deadline = deadlineMoment(before.deadline, timeZone);
  // A new severity goes out with the reason the agent gave for it, as the timeline shows it.
  const since = r.lastCopied?.at ?? r.createdAt;
  const why = r.log
    .filter((e) => e.at > since)
    .map(severityChange)
    .findLast((c) => c?.to === now.severity)
    ?.reason.trim();
  return Object.entries(label)
    .filter(([k]) => (before[k] ?? '') !== (now[k] ?? ''))
    .map(([k, name]) => {
      const change = `${shown(k, before[k])} → ${shown(k, now[k])}`;
      return L.labelled(name, k === 'severity' && why ? `${change}${L.aside(why)}` : change);
    });
}

/** What an update brief reports: tracked fields that changed and updates logged since it was last sent. */
export function updateSince(r: Escalation, locale: Locale, timeZone?: string): string[] {
  const L = BRIEF_LABELS[locale];
  const since = r.lastCopied?.at ?? r.createdAt;
  const logged = r.log
    .filter((e) => e.at > since && (e.kind === 'update-team' || e.kind === 'update-customer' || e.kind === 'note'))
    .map((e) => L.labelled(L.logKinds[e.kind as keyof typeof L.logKinds], e.text));
  return [...changesSince(r, locale, timeZone), ...logged];
}
