import type { ReactNode } from 'react';
import type { Signals } from '../../lib/escalation/reasons';
import type { RedactOptions } from '../../lib/redaction-options';
import { TextArea, TextField } from '../fields';
import { useI18n } from '../i18n';
import { Recommendation } from '../Recommendation';
import { TriageField } from '../TriageField';
import { Missing } from './Missing';
import type { StepProps } from './shared';
import { TriedField } from './TriedField';

// The similar escalations sit right under the description they are matched on.
export function TriageStep({
  form,
  assessment,
  prefilled,
  draft,
  similar,
  suggested,
  redaction,
  goToField,
}: StepProps & { similar: ReactNode; suggested: Signals; redaction: RedactOptions }) {
  const { t, L } = useI18n();
  const { register, control } = form;
  return (
    <>
      <TextField
        label={t('fields_summary')}
        prefilled={prefilled.has('summary')}
        field={register('summary')}
        hint={t('fields_summaryHint')}
      />
      <TextArea
        label={L.description}
        prefilled={prefilled.has('description')}
        field={register('description')}
        rows={5}
        hint={t('fields_descriptionHint')}
      />
      {similar}
      <TriedField form={form} />
      <Recommendation assessment={assessment} draft={draft} redaction={redaction} />
      <TriageField control={control} signals={assessment.signals} suggested={suggested} />
      <Missing assessment={assessment} step="triage" goToField={goToField} />
    </>
  );
}
