import { useFieldArray } from 'react-hook-form';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import { suggestedDeadline, toLocalInput } from '../../lib/escalation/deadline';
import { ASK_KINDS } from '../../lib/escalation/model';
import { SelectField, TextField } from '../fields';
import { Missing } from './Missing';
import type { StepProps } from './shared';

const L = BRIEF_LABELS.en;

export function CommsStep({ form, assessment, prefilled, draft }: StepProps) {
  const { register } = form;
  const asks = useFieldArray({ control: form.control, name: 'needed.asks' });
  const severity = draft.severity ?? assessment.severity;
  const suggested = toLocalInput(suggestedDeadline(severity, new Date()));
  const p = (name: string) => prefilled.has(name);
  return (
    <>
      <Missing assessment={assessment} step="comms" />
      <fieldset>
        <legend>{L.communication}</legend>
        <TextField
          label={`${L.lastUpdateToCustomer}: date`}
          prefilled={p('communication.lastUpdate.at')}
          field={register('communication.lastUpdate.at')}
        />
        <TextField
          label={`${L.lastUpdateToCustomer}: what was said`}
          prefilled={p('communication.lastUpdate.text')}
          field={register('communication.lastUpdate.text')}
        />
        <TextField
          label={L.customerExpectation}
          field={register('communication.expectation')}
          hint="What they expect, and by when"
        />
        <TextField
          label={L.escalationRisk}
          field={register('communication.escalationRisk')}
          hint="Will they escalate further if not resolved by a date?"
        />
      </fieldset>
      <fieldset data-field="needed.asks">
        <legend>The ask</legend>
        {asks.fields.map((a, i) => (
          <div key={a.id} className="row">
            <SelectField
              label={`Ask ${i + 1}`}
              field={register(`needed.asks.${i}.kind`)}
              options={ASK_KINDS.map((k) => ({ value: k, label: L.asks[k] }))}
            />
            <TextField label={`Ask ${i + 1} detail`} field={register(`needed.asks.${i}.detail`)} />
            <button type="button" className="link" onClick={() => asks.remove(i)}>
              Remove ask {i + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => asks.append({ kind: 'investigate', detail: '' })}>
          Add an ask
        </button>
      </fieldset>
      <TextField label={L.deadline} type="datetime-local" field={register('needed.deadline')} />
      <button type="button" onClick={() => form.setValue('needed.deadline', suggested, { shouldDirty: true })}>
        Use the {L.severities[severity].toLowerCase()}-severity deadline ({suggested.replace('T', ' ')})
      </button>
    </>
  );
}
