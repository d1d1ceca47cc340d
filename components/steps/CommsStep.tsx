import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { withSuggestions } from '../../lib/escalation/assess';
import { suggestedDeadline, toLocalInput } from '../../lib/escalation/deadline';
import { ASK_KINDS } from '../../lib/escalation/model';
import { readDeadline, readPastDate } from '../../lib/escalation/typed-date';
import { DateField, SelectField, TextField } from '../fields';
import { focusAfterRemoval } from '../focus-field';
import { useI18n } from '../i18n';
import { cx } from '../ui';
import { useStatusMessage } from '../useStatusMessage';
import { Missing } from './Missing';
import type { StepProps } from './shared';

export function CommsStep({ form, assessment, prefilled, draft, goToField, timeZone }: StepProps) {
  const { t, L } = useI18n();
  const { register } = form;
  const asks = useFieldArray({ control: form.control, name: 'needed.asks' });
  const addAsk = useRef<HTMLButtonElement>(null);
  const [said, say] = useStatusMessage();
  const { severity } = withSuggestions(draft, assessment);
  const suggested = toLocalInput(suggestedDeadline(severity, new Date(), timeZone), timeZone);
  const p = (name: string) => prefilled.has(name);
  return (
    <>
      <Missing assessment={assessment} step="comms" goToField={goToField} />
      <fieldset>
        <legend>{L.communication}</legend>
        <DateField
          label={t('fields_lastUpdateDate', L.lastUpdateToCustomer)}
          prefilled={p('communication.lastUpdate.at')}
          field={register('communication.lastUpdate.at')}
          control={form.control}
          read={(text) => readPastDate(text, new Date(), timeZone)}
          readBackIn={timeZone}
        />
        <TextField
          label={t('fields_lastUpdateText', L.lastUpdateToCustomer)}
          prefilled={p('communication.lastUpdate.text')}
          field={register('communication.lastUpdate.text')}
        />
        <TextField
          label={L.customerExpectation}
          field={register('communication.expectation')}
          hint={t('fields_expectationHint')}
        />
        <TextField
          label={L.escalationRisk}
          field={register('communication.escalationRisk')}
          hint={t('fields_riskHint')}
        />
      </fieldset>
      <fieldset data-field="needed.asks">
        <legend>{t('fields_theAsk')}</legend>
        {asks.fields.map((a, i) => (
          <div key={a.id} className={cx('row')}>
            <SelectField
              label={t('fields_ask', i + 1)}
              field={register(`needed.asks.${i}.kind`)}
              options={ASK_KINDS.map((k) => ({ value: k, label: L.asks[k] }))}
            />
            <TextField label={t('fields_askDetail', i + 1)} field={register(`needed.asks.${i}.detail`)} />
            <button
              type="button"
              className={cx('link')}
              onClick={() => {
                asks.remove(i);
                say(t('fields_askRemoved', i + 1));
                focusAfterRemoval((row) => `needed.asks.${row}.kind`, i, asks.fields.length - 1, addAsk.current);
              }}
            >
              {t('fields_removeAsk', i + 1)}
            </button>
          </div>
        ))}
        <p className={cx('visually-hidden')} aria-live="polite">
          {said}
        </p>
        <button type="button" ref={addAsk} onClick={() => asks.append({ kind: 'investigate', detail: '' })}>
          {t('fields_addAsk')}
        </button>
      </fieldset>
      <DateField
        label={L.deadline}
        type="datetime-local"
        field={register('needed.deadline')}
        hint={t('fields_deadlineZone', timeZone)}
        control={form.control}
        read={(text) => readDeadline(text, timeZone)}
      />
      <button type="button" onClick={() => form.setValue('needed.deadline', suggested, { shouldDirty: true })}>
        {t('fields_suggestedDeadline', L.severities[severity], suggested.replace('T', ' '))}
      </button>
    </>
  );
}
