import type { UseFormReturn } from 'react-hook-form';
import type { Assessment } from '../../lib/escalation/assess';
import type { AgentTier, Escalation, TicketMessage } from '../../lib/escalation/model';

export interface StepProps {
  form: UseFormReturn<Escalation>;
  draft: Escalation;
  assessment: Assessment;
  prefilled: ReadonlySet<string>;
  thread: readonly TicketMessage[];
  /** The options' time zone: a date-time typed without one is a wall time there. */
  timeZone: string;
  /** Opens the step a draft path is edited on and focuses it ("repro.environment"). */
  goToField: (path: string) => void;
}

export interface TargetStepProps extends StepProps {
  agentTier: AgentTier;
  onAgentTier: (tier: AgentTier) => void;
}

export const optional = { setValueAs: (v: string) => v || undefined };
