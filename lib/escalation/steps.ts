import type { Assessment } from './assess';

export const STEPS = ['triage', 'impact', 'repro', 'target', 'comms', 'brief'] as const;
export type Step = (typeof STEPS)[number];

const PREFIXES: readonly [string, Step][] = [
  ['summary', 'triage'],
  ['description', 'triage'],
  ['tried', 'triage'],
  ['triage', 'triage'],
  ['impact', 'impact'],
  ['customer', 'impact'],
  ['repro', 'repro'],
  ['severity', 'target'],
  ['target', 'target'],
  ['targetInfo', 'target'],
  ['communication', 'comms'],
  ['needed', 'comms'],
];

// Findings name draft paths; the guided panel shows each at the step where that field is edited.
export function stepOf(field: string): Step {
  const head = field.split('.')[0] ?? '';
  return PREFIXES.find(([prefix]) => prefix === head)?.[1] ?? 'brief';
}

// A vague reproduction step is hinted beside that step, not again in the step's list.
const HINTED_IN_PLACE = /^repro\.steps\.\d+$/;

/** How many findings are open on each step, while escalating (handled in support, none are). */
export function openPerStep(assessment: Assessment): Partial<Record<Step, number>> {
  const counts: Partial<Record<Step, number>> = {};
  if (assessment.decision !== 'escalate') return counts;
  for (const f of assessment.readiness.findings) counts[stepOf(f.field)] = (counts[stepOf(f.field)] ?? 0) + 1;
  return counts;
}

/** The findings a step lists at its top, while escalating. */
export function listedAt(assessment: Assessment, step: Step): Assessment['readiness']['findings'] {
  if (assessment.decision !== 'escalate') return [];
  return assessment.readiness.findings.filter((f) => stepOf(f.field) === step && !HINTED_IN_PLACE.test(f.field));
}
