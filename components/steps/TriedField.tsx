import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { BRIEF_LABELS } from '../../lib/brief/labels';
import type { Escalation } from '../../lib/escalation/model';
import { TextField } from '../fields';

export function TriedField({ form }: { form: UseFormReturn<Escalation> }) {
  const tried = useFieldArray({ control: form.control, name: 'tried' });
  return (
    <fieldset data-field="tried">
      <legend>{BRIEF_LABELS.en.tried}</legend>
      {tried.fields.map((t, i) => (
        <div key={t.id} className="row">
          <TextField label={`Tried ${i + 1}: action`} field={form.register(`tried.${i}.action`)} />
          <TextField label={`Tried ${i + 1}: result`} field={form.register(`tried.${i}.result`)} />
          <button type="button" className="link" onClick={() => tried.remove(i)}>
            Remove tried {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => tried.append({ action: '', result: '' })}>
        Add what was tried
      </button>
    </fieldset>
  );
}
