import { BRIEF_LABELS } from '../../lib/brief/labels';
import { NumberField, SelectField, TextArea, TextField } from '../fields';
import { Missing } from './Missing';
import { optional, type StepProps } from './shared';

const L = BRIEF_LABELS.en;
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'INR'] as const;

export function ImpactStep({ form, assessment, prefilled }: StepProps) {
  const { register, control } = form;
  const p = (name: string) => prefilled.has(name);
  return (
    <>
      <Missing assessment={assessment} step="impact" />
      <div className="row">
        <TextField label="Customer" prefilled={p('customer.name')} field={register('customer.name')} />
        <TextField label="Account" prefilled={p('customer.account')} field={register('customer.account')} />
      </div>
      <fieldset>
        <legend>Breadth</legend>
        <NumberField
          label={L.customersAffected}
          control={control}
          name="impact.breadth.count"
          hint="How many customers — a number, not “many”."
        />
        <TextField
          label="Affected customer names"
          prefilled={p('impact.breadth.names')}
          field={register('impact.breadth.names')}
        />
        <label className="check">
          <input type="checkbox" {...register('impact.breadth.growing')} />
          <span>The number is growing</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Depth</legend>
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
          hint="What they can't do."
        />
      </fieldset>
      <fieldset>
        <legend>Duration</legend>
        <TextField
          label={`${L.timeInQueue} (since)`}
          prefilled={p('impact.duration.since')}
          field={register('impact.duration.since')}
        />
        <TextField
          label={L.criticalBy}
          field={register('impact.duration.critical')}
          hint="How long until it becomes critical?"
        />
      </fieldset>
      <fieldset>
        <legend>Revenue</legend>
        <div className="row">
          <NumberField
            label={L.revenueAtRisk}
            control={control}
            name="impact.revenueAtRisk.amount"
            hint="ARR at risk"
          />
          <SelectField
            label="Currency"
            field={register('impact.revenueAtRisk.currency')}
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          />
        </div>
        <TextField label={L.pendingDeals} field={register('impact.pendingDeals')} />
      </fieldset>
      <fieldset>
        <legend>Reputation</legend>
        <label className="check">
          <input type="checkbox" {...register('impact.reputation.publicRisk')} />
          <span>Could become public</span>
        </label>
        <label className="check">
          <input type="checkbox" {...register('impact.reputation.referenceCustomer')} />
          <span>Reference customer</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Contractual</legend>
        <SelectField
          label={L.slaStatus}
          field={register('impact.contractual.slaStatus', optional)}
          empty={L.notSet}
          options={(['within', 'at_risk', 'breached'] as const).map((s) => ({ value: s, label: L.slaStatuses[s] }))}
        />
        <TextField label={L.obligations} field={register('impact.contractual.obligations')} />
      </fieldset>
    </>
  );
}
