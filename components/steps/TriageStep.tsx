import { BRIEF_LABELS } from '../../lib/brief/labels';
import { TextArea, TextField } from '../fields';
import { Recommendation } from '../Recommendation';
import { TriageField } from '../TriageField';
import type { StepProps } from './shared';
import { TriedField } from './TriedField';

const L = BRIEF_LABELS.en;

export function TriageStep({ form, assessment, prefilled, draft }: StepProps) {
  const { register, control } = form;
  return (
    <>
      <TextField
        label="Summary"
        prefilled={prefilled.has('summary')}
        field={register('summary')}
        hint="One line a receiving team understands without the ticket."
      />
      <TextArea
        label={L.description}
        prefilled={prefilled.has('description')}
        field={register('description')}
        rows={5}
        hint="3-5 sentences: what happens, since when, how it shows, who is affected."
      />
      <TriedField form={form} />
      <Recommendation assessment={assessment} draft={draft} />
      <TriageField control={control} signals={assessment.signals} />
    </>
  );
}
