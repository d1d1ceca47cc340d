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
