import type { Escalation } from '../escalation/model';

/**
 * A new draft of the ticket just escalated: the matches the agent dismissed there are not offered again.
 * What they linked stays with the escalation it supports.
 */
export function keepDismissed(draft: Escalation, escalated: Escalation | undefined): Escalation {
  if (!escalated || escalated.key !== draft.key || !escalated.patterns.dismissed.length) return draft;
  const dismissed = [...new Set([...draft.patterns.dismissed, ...escalated.patterns.dismissed])];
  return { ...draft, patterns: { ...draft.patterns, dismissed } };
}
