import type { BriefLabels } from '../brief/labels';
import { DE_ESCALATION_REASONS, type Escalation, type LogEntry } from '../escalation/model';
import type { Translate } from '../i18n/translate';
import { sentence } from './messages';
import { severityChange } from './severity-change';

const DE_ESCALATED = new RegExp(`^De-escalated \\((${DE_ESCALATION_REASONS.join('|')})\\)(?:: ([\\s\\S]*))?$`);
const RESOLVED = /^Resolved: ([\s\S]*)$/;
const SNOOZED = /^(internal|customer) \+(\d+(?:\.\d+)?) h$/;

/**
 * What a timeline entry says, in the panel's language. The log keeps the sentence actions.ts wrote (in
 * English, as every release has, so exports read the same everywhere); its parts are read back here and
 * said again. What the agent typed (an update, a reason, a note) stays as typed, and a sentence this
 * release does not know shows as stored.
 */
export function timelineText(e: LogEntry, t: Translate, L: BriefLabels): string {
  switch (e.kind) {
    case 'created':
      return '';
    case 'copied':
      return e.text === 'Update brief copied' ? t('esc_log_text_copied') : e.text;
    case 'severity': {
      const change = severityChange(e);
      if (!change) return e.text;
      return t('esc_log_text_severity', L.severities[change.from], L.severities[change.to], change.reason);
    }
    case 'status': {
      const de = DE_ESCALATED.exec(e.text);
      if (de) {
        const why = t(`deesc_reason_${(de[1] ?? '').replace(/-/g, '')}`);
        return de[2] === undefined ? t('esc_log_text_deescalated', why) : t('esc_log_text_deescalatedNote', why, de[2]);
      }
      const resolved = RESOLVED.exec(e.text);
      return resolved ? t('esc_log_text_resolved', resolved[1] ?? '') : e.text;
    }
    case 'snoozed': {
      const m = SNOOZED.exec(e.text);
      if (!m) return e.text;
      return t(m[1] === 'internal' ? 'esc_log_text_snoozedInternal' : 'esc_log_text_snoozedCustomer', m[2] ?? '');
    }
    default:
      return e.text;
  }
}

/** A closed escalation's root cause and learning, as one line in the panel's language. */
export function outcomeText(outcome: Escalation['outcome'], t: Translate, L: BriefLabels): string {
  return [
    outcome.rootCause ? t('esc_outcome_rootCause', sentence(outcome.rootCause, t)) : '',
    outcome.learning ? t('esc_outcome_learning', outcome.learning) : '',
  ]
    .filter(Boolean)
    .join(L.punct.gap);
}
