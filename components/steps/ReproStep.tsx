import { BRIEF_LABELS } from '../../lib/brief/labels';
import { SelectField, TextField } from '../fields';
import { ListField } from '../ListField';
import { ThreadEvidence } from '../ThreadEvidence';
import { Missing } from './Missing';
import { optional, type StepProps } from './shared';

const L = BRIEF_LABELS.en;

export function ReproStep({ form, assessment, prefilled, thread }: StepProps) {
  const { register, control } = form;
  const findings = assessment.readiness.findings;
  return (
    <>
      <Missing assessment={assessment} step="repro" />
      <TextField
        label={L.startingState}
        field={register('repro.startingState')}
        hint="Account type, configuration, permissions"
      />
      <ListField
        control={control}
        name="repro.steps"
        legend="Steps"
        itemLabel="Step"
        addLabel="Add step"
        reorderable
        findings={findings}
        hint="One action per step, with the exact button, page and values."
      />
      <TextField label={L.expected} field={register('repro.expected')} />
      <TextField label={L.actual} field={register('repro.actual')} />
      <TextField
        label={L.environment}
        field={register('repro.environment')}
        hint="Browser, OS, account type, plan, feature flags"
      />
      <SelectField
        label={L.frequency}
        field={register('repro.frequency', optional)}
        empty={L.notSet}
        options={(['always', 'intermittent', 'conditional'] as const).map((f) => ({
          value: f,
          label: L.frequencies[f],
        }))}
      />
      <ListField
        control={control}
        name="repro.evidence"
        legend={L.errorsAndLogs}
        itemLabel="Evidence"
        addLabel="Add evidence"
        multiline
        prefilled={prefilled.has('repro.evidence')}
        hint="Paste error text and logs exactly; long logs are kept whole and shortened in the brief."
      />
      <ThreadEvidence form={form} messages={thread} />
      <ListField
        control={control}
        name="repro.ruledOut"
        legend={L.ruledOut}
        itemLabel="Ruled out"
        addLabel="Add what was ruled out"
      />
    </>
  );
}
