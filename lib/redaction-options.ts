import type { Escalation } from './escalation/model';
import type { Settings } from './settings/model';

// Kept apart from the masker itself: the panel's first paint needs these options, not the masking rules,
// which load with the views that copy text.
export interface RedactOptions {
  emails: boolean;
  phones: boolean;
  // Keys of items the agent chose to keep visible.
  keep: readonly string[];
}

/** What the agent's settings and a draft's or escalation's "keep visible" choices mask in anything copied. */
export function redactionOf(
  e: Pick<Escalation, 'unmasked'>,
  settings: Pick<Settings, 'redactEmails' | 'redactPhones'>,
): RedactOptions {
  return { emails: settings.redactEmails, phones: settings.redactPhones, keep: e.unmasked };
}
