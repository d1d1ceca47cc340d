import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { BRIEF_LABELS } from '../lib/brief/labels';
import { ASK_KINDS, type Escalation, SEVERITIES, TARGETS } from '../lib/escalation/model';
import { LinesField, NumberField, SelectField, TextArea, TextField } from './fields';

const L = BRIEF_LABELS.en;
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'INR'] as const;

function AsksField({ form }: { form: UseFormReturn<Escalation> }) {
  const asks = useFieldArray({ control: form.control, name: 'needed.asks' });
  return (
    <fieldset>
      <legend>Specific ask</legend>
      {asks.fields.map((a, i) => (
        <div key={a.id} className="row">
          <SelectField
            label={`Ask ${i + 1}`}
            field={form.register(`needed.asks.${i}.kind`)}
            options={ASK_KINDS.map((k) => ({ value: k, label: L.asks[k] }))}
          />
          <TextField label={`Ask ${i + 1} detail`} field={form.register(`needed.asks.${i}.detail`)} />
          <button type="button" className="link" onClick={() => asks.remove(i)}>
            Remove ask {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => asks.append({ kind: 'investigate', detail: '' })}>
        Add an ask
      </button>
    </fieldset>
  );
}

function TriedField({ form }: { form: UseFormReturn<Escalation> }) {
  const tried = useFieldArray({ control: form.control, name: 'tried' });
  return (
    <fieldset>
      <legend>{L.tried}</legend>
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

export function DraftForm({ form, prefilled }: { form: UseFormReturn<Escalation>; prefilled: ReadonlySet<string> }) {
  const { register, control } = form;
  const p = (name: string) => prefilled.has(name);
  return (
    <form className="draft" onSubmit={(e) => e.preventDefault()} aria-label="Escalation draft">
      <TextField
        label="Summary"
        prefilled={p('summary')}
        field={register('summary')}
        hint="One line a receiving team understands without the ticket."
      />
      <div className="row">
        <SelectField
          label={L.severity}
          field={register('severity', { setValueAs: (v) => v || undefined })}
          empty={L.notSet}
          options={SEVERITIES.map((s) => ({ value: s, label: L.severities[s] }))}
        />
        <SelectField
          label={L.targetTeam}
          field={register('target', { setValueAs: (v) => v || undefined })}
          empty={L.notSet}
          options={TARGETS.map((t) => ({ value: t, label: L.targets[t] }))}
        />
      </div>
      <TextField label={L.reportedBy} field={register('reportedBy')} hint="Your name / team" />

      <h3>{L.impact}</h3>
      <div className="row">
        <TextField label="Customer" prefilled={p('customer.name')} field={register('customer.name')} />
        <TextField label="Account" prefilled={p('customer.account')} field={register('customer.account')} />
      </div>
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
      <TextArea
        label={L.workflowImpact}
        field={register('impact.workflowImpact')}
        rows={2}
        hint="What they can't do."
      />
      <div className="row">
        <NumberField label={L.revenueAtRisk} control={control} name="impact.revenueAtRisk.amount" hint="ARR at risk" />
        <SelectField
          label="Currency"
          field={register('impact.revenueAtRisk.currency')}
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        />
      </div>
      <TextField
        label={`${L.timeInQueue} (since)`}
        prefilled={p('impact.duration.since')}
        field={register('impact.duration.since')}
      />

      <h3>{L.description}</h3>
      <TextArea
        label={L.description}
        prefilled={p('description')}
        field={register('description')}
        rows={5}
        hint="3-5 sentences: what happens, since when, how it shows, who is affected."
      />

      <TriedField form={form} />

      <h3>{L.repro}</h3>
      <LinesField label="Steps (one per line)" control={control} name="repro.steps" />
      <TextField label={L.expected} field={register('repro.expected')} />
      <TextField label={L.actual} field={register('repro.actual')} />
      <TextField
        label={L.environment}
        field={register('repro.environment')}
        hint="Browser, OS, account type, plan, feature flags"
      />
      <LinesField
        label={`${L.errorsAndLogs}, one per line`}
        prefilled={p('repro.evidence')}
        control={control}
        name="repro.evidence"
        rows={5}
      />

      <h3>{L.communication}</h3>
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
      <TextField label={L.customerExpectation} field={register('communication.expectation')} />
      <TextField label={L.escalationRisk} field={register('communication.escalationRisk')} />

      <h3>{L.needed}</h3>
      <AsksField form={form} />
      <TextField label={L.deadline} type="datetime-local" field={register('needed.deadline')} />

      <h3>{L.supporting}</h3>
      <TextField label="Ticket link" prefilled={p('ticketUrl')} field={register('ticketUrl')} />
      <LinesField
        label="Related tickets, threads and links (one per line)"
        control={control}
        name="supporting.links"
        rows={3}
      />
    </form>
  );
}
