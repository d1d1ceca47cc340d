import { useWatch } from 'react-hook-form';
import { currencyChoices, currencyTyped } from '../../lib/escalation/quantity';
import { readPastDate } from '../../lib/escalation/typed-date';
import { writtenByPatterns } from '../../lib/patterns/draft-links';
import { DateField, NumberField, SelectField, TextArea, TextField } from '../fields';
import { useI18n } from '../i18n';
import { cx } from '../ui';
import { Missing } from './Missing';
import { optional, type StepProps } from './shared';

export function ImpactStep({ form, assessment, prefilled, draft, goToField, timeZone }: StepProps) {
  const { t, L } = useI18n();
  const { register, control } = form;
  const p = (name: string) => prefilled.has(name);
  const fromPatterns = writtenByPatterns(draft);
  const currency = useWatch({ control, name: 'impact.revenueAtRisk.currency' });
  return (
    <>
      <Missing assessment={assessment} step="impact" goToField={goToField} />
      <div className={cx('row')}>
        <TextField label={t('fields_customer')} prefilled={p('customer.name')} field={register('customer.name')} />
        <TextField label={t('fields_account')} prefilled={p('customer.account')} field={register('customer.account')} />
      </div>
      <fieldset>
        <legend>{t('fields_breadth')}</legend>
        <NumberField
          label={L.customersAffected}
          control={control}
          name="impact.breadth.count"
          count
          hint={fromPatterns.count ? t('fields_countFromPatterns') : t('fields_countHint')}
        />
        <TextField
          label={t('fields_names')}
          prefilled={p('impact.breadth.names')}
          hint={fromPatterns.names ? t('fields_namesFromPatterns') : undefined}
          field={register('impact.breadth.names')}
        />
        <label className={cx('check')}>
          <input type="checkbox" {...register('impact.breadth.growing')} />
          <span>{t('fields_growing')}</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('fields_depthGroup')}</legend>
        <SelectField
          label={L.depth}
          field={register('impact.depth', optional)}
          empty={L.notSet}
          options={(['blocked', 'degraded', 'inconvenienced'] as const).map((d) => ({ value: d, label: L.depths[d] }))}
        />
        <TextArea
          label={L.workflowImpact}
          field={register('impact.workflowImpact')}
          rows={2}
          hint={t('fields_workflowHint')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('fields_durationGroup')}</legend>
        <DateField
          label={t('fields_since')}
          prefilled={p('impact.duration.since')}
          field={register('impact.duration.since')}
          control={control}
          read={(text) => readPastDate(text, new Date(), timeZone)}
          readBackIn={timeZone}
        />
        <TextField label={L.criticalBy} field={register('impact.duration.critical')} hint={t('fields_criticalHint')} />
      </fieldset>
      <fieldset>
        <legend>{t('fields_revenueGroup')}</legend>
        <div className={cx('row')}>
          <NumberField
            label={L.revenueAtRisk}
            control={control}
            name="impact.revenueAtRisk.amount"
            hint={t('fields_revenueHint')}
            onText={(text) => {
              // The currency beside the field follows what was typed, rather than the brief saying $.
              const written = currencyTyped(text);
              if (written) form.setValue('impact.revenueAtRisk.currency', written, { shouldDirty: true });
            }}
          />
          <SelectField
            label={t('fields_currency')}
            field={register('impact.revenueAtRisk.currency')}
            value={currency}
            options={currencyChoices(currency).map((c) => ({ value: c, label: c }))}
          />
        </div>
        <NumberField label={L.pendingDeals} control={control} name="impact.pendingDeals" count />
      </fieldset>
      <fieldset>
        <legend>{t('fields_reputationGroup')}</legend>
        <label className={cx('check')}>
          <input type="checkbox" {...register('impact.reputation.publicRisk')} />
          <span>{t('fields_publicRisk')}</span>
        </label>
        <label className={cx('check')}>
          <input type="checkbox" {...register('impact.reputation.referenceCustomer')} />
          <span>{t('fields_referenceCustomer')}</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('fields_contractualGroup')}</legend>
        <SelectField
          label={L.slaStatus}
          field={register('impact.contractual.slaStatus', optional)}
          empty={assessment.ticketSla ? t('fields_slaFromTicket', L.slaStatuses[assessment.ticketSla]) : L.notSet}
          options={(['within', 'at_risk', 'breached'] as const).map((s) => ({ value: s, label: L.slaStatuses[s] }))}
        />
        <TextField label={L.obligations} field={register('impact.contractual.obligations')} />
      </fieldset>
    </>
  );
}
