import { SelectField, TextField } from '../fields';
import { useI18n } from '../i18n';
import { ListField } from '../ListField';
import { ThreadEvidence } from '../ThreadEvidence';
import { Missing } from './Missing';
import { optional, type StepProps } from './shared';

export function ReproStep({ form, assessment, prefilled, thread, goToField }: StepProps) {
  const { t, L } = useI18n();
  const { register, control } = form;
  return (
    <>
      <Missing assessment={assessment} step="repro" goToField={goToField} />
      <TextField label={L.startingState} field={register('repro.startingState')} hint={t('fields_startingStateHint')} />
      <ListField
        control={control}
        name="repro.steps"
        legend={t('fields_steps')}
        itemLabel={t('fields_step')}
        addLabel={t('fields_addStep')}
        reorderable
        findings={assessment.readiness.findings}
        hint={t('fields_stepsHint')}
      />
      <TextField label={L.expected} field={register('repro.expected')} />
      <TextField label={L.actual} field={register('repro.actual')} />
      <TextField label={L.environment} field={register('repro.environment')} hint={t('fields_environmentHint')} />
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
        itemLabel={t('fields_evidence')}
        addLabel={t('fields_addEvidence')}
        multiline
        prefilled={prefilled.has('repro.evidence')}
        hint={t('fields_evidenceHint')}
      />
      <ThreadEvidence form={form} messages={thread} />
      <ListField
        control={control}
        name="repro.ruledOut"
        legend={L.ruledOut}
        itemLabel={t('fields_ruledOutItem')}
        addLabel={t('fields_addRuledOut')}
      />
    </>
  );
}
