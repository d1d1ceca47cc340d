import { useRef } from 'react';
import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import type { Escalation } from '../../lib/escalation/model';
import { TextField } from '../fields';
import { focusAfterRemoval } from '../focus-field';
import { useI18n } from '../i18n';
import { cx } from '../ui';
import { useStatusMessage } from '../useStatusMessage';

export function TriedField({ form }: { form: UseFormReturn<Escalation> }) {
  const { t, L } = useI18n();
  const tried = useFieldArray({ control: form.control, name: 'tried' });
  const add = useRef<HTMLButtonElement>(null);
  const [said, say] = useStatusMessage();
  return (
    <fieldset data-field="tried">
      <legend>{L.tried}</legend>
      {tried.fields.map((item, i) => (
        <div key={item.id} className={cx('row')}>
          <TextField label={t('fields_triedAction', i + 1)} field={form.register(`tried.${i}.action`)} />
          <TextField label={t('fields_triedResult', i + 1)} field={form.register(`tried.${i}.result`)} />
          <button
            type="button"
            className={cx('link')}
            onClick={() => {
              tried.remove(i);
              say(t('fields_triedRemoved', i + 1));
              focusAfterRemoval((row) => `tried.${row}.action`, i, tried.fields.length - 1, add.current);
            }}
          >
            {t('fields_removeTried', i + 1)}
          </button>
        </div>
      ))}
      <p className={cx('visually-hidden')} aria-live="polite">
        {said}
      </p>
      <button type="button" ref={add} onClick={() => tried.append({ action: '', result: '' })}>
        {t('fields_addTried')}
      </button>
    </fieldset>
  );
}
