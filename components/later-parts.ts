import { afterPaint } from './after-paint';

// Not on screen when the panel opens: the steps after Triage (with the brief's renderers and masking),
// the similar escalations (empty until the matcher has loaded anyway) and the Escalations tab.
export const laterSteps = {
  impact: afterPaint(() => import('./steps/ImpactStep')),
  repro: afterPaint(() => import('./steps/ReproStep')),
  target: afterPaint(() => import('./steps/TargetStep')),
  comms: afterPaint(() => import('./steps/CommsStep')),
  brief: afterPaint(() => import('./steps/BriefStep')),
};
// The note for a ticket handled in support carries the masking rules, which nothing else at first paint needs.
export const handleNotePart = afterPaint(() => import('./HandleNote'));
export const similarIssues = afterPaint(() => import('./SimilarIssues'));
export const escalationsTab = afterPaint(() => import('./escalations/EscalationsView'));

export const AFTER_PAINT_MS = 300;

export function loadAfterPaint(): void {
  for (const step of Object.values(laterSteps)) step.start();
  handleNotePart.start();
  similarIssues.start();
  escalationsTab.start();
}
