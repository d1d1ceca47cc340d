import { type UseFormReturn, useFieldArray } from 'react-hook-form';
import { BRIEF_LABELS } from '../lib/brief/labels';
import type { Assessment } from '../lib/escalation/assess';
import { AGENT_TIERS, type AgentTier, ASK_KINDS, type Escalation, SEVERITIES, TARGETS } from '../lib/escalation/model';
import { LinesField, NumberField, SelectField, TextArea, TextField } from './fields';
import { TriageField } from './TriageField';

const L = BRIEF_LABELS.en;
const CURRENCIES = ['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'INR'] as const;
const TIER_NAMES: Record<AgentTier, string> = { l1: 'L1 (frontline)', l2: 'L2 (senior support)', manager: 'Manager' };
const optional = { setValueAs: (v: string) => v || undefined };

function AsksField({ form }: { form: UseFormReturn<Escalation> }) {
  const asks = useFieldArray({ control: form.control, name: 'needed.asks' });
  return (
    <fieldset data-field="needed.asks">
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
    <fieldset data-field="tried">
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

export interface DraftFormProps {
  form: UseFormReturn<Escalation>;
  prefilled: ReadonlySet<string>;
  assessment: Assessment;
  agentTier: AgentTier;
  onAgentTier: (tier: AgentTier) => void;
}

export function DraftForm({ form, prefilled, assessment, agentTier, onAgentTier }: DraftFormProps) {
  const { register, control } = form;
  const p = (name: string) => prefilled.has(name);
  const suggested = (isSuggested: boolean) => (isSuggested ? ' (suggested)' : '');
  return (
    <form className="draft" onSubmit={(e) => e.preventDefault()} aria-label="Escalation draft">
      <h3>Triage</h3>
      <TriageField control={control} signals={assessment.signals} />

      <h3>Target and severity</h3>
      <div className="field">
        <label htmlFor="agent-tier">Your tier</label>
        <select id="agent-tier" value={agentTier} onChange={(e) => onAgentTier(e.target.value as AgentTier)}>
          {AGENT_TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_NAMES[t]}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Summary"
        prefilled={p('summary')}
        field={register('summary')}
        hint="One line a receiving team understands without the ticket."
      />
      <div className="row">
        <SelectField
          label={L.severity}
          field={register('severity', optional)}
          empty={`${L.notSet} — use the suggestion (${L.severities[assessment.severity]})`}
          options={SEVERITIES.map((s) => ({
            value: s,
            label: `${L.severities[s]}${suggested(s === assessment.severity)}`,
          }))}
        />
        <SelectField
          label={L.targetTeam}
          field={register('target', optional)}
          empty={`${L.notSet} — use the suggestion (${L.targets[assessment.target]})`}
          options={TARGETS.map((t) => ({ value: t, label: `${L.targets[t]}${suggested(t === assessment.target)}` }))}
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
      <SelectField
        label={L.slaStatus}
        field={register('impact.contractual.slaStatus', optional)}
        empty={L.notSet}
        options={(['within', 'at_risk', 'breached'] as const).map((s) => ({ value: s, label: L.slaStatuses[s] }))}
      />
      <label className="check">
        <input type="checkbox" {...register('impact.reputation.publicRisk')} />
        <span>Could become public</span>
      </label>
      <label className="check">
        <input type="checkbox" {...register('impact.reputation.referenceCustomer')} />
        <span>Reference customer</span>
      </label>

      <h3>{L.description}</h3>
      <TextArea
        label={L.description}
        prefilled={p('description')}
        field={register('description')}
        rows={5}
        hint="3-5 sentences: what happens, since when, how it shows, who is affected."
      />
      <TextField label="Customer use case (Product)" field={register('targetInfo.useCase')} />
      <TextField label="Frequency of request (Product)" field={register('targetInfo.requestFrequency')} />
      <TextField label="Competitive pressure (Product, if known)" field={register('targetInfo.competitivePressure')} />
      <TextField label="Containment steps taken (Security)" field={register('targetInfo.containment')} />
      <TextField label="Urgency assessment (Security)" field={register('targetInfo.urgency')} />

      <TriedField form={form} />

      <h3>{L.repro}</h3>
      <TextField
        label={L.startingState}
        field={register('repro.startingState')}
        hint="Account type, configuration, permissions"
      />
      <LinesField label="Steps (one per line)" control={control} name="repro.steps" />
      <TextField label={L.expected} field={register('repro.expected')} />
      <TextField label={L.actual} field={register('repro.actual')} />
      <TextField
        label={L.environment}
        field={register('repro.environment')}
        hint="Browser, OS, account type, plan, feature flags"
      />
      <SelectField
        label={L.frequency}
        field={register('repro.frequency', optional)}
        empty={L.notSet}
        options={(['always', 'intermittent', 'conditional'] as const).map((f) => ({
          value: f,
          label: L.frequencies[f],
        }))}
      />
      <LinesField
        label={`${L.errorsAndLogs}, one per line`}
        prefilled={p('repro.evidence')}
        control={control}
        name="repro.evidence"
        rows={5}
      />
      <LinesField label={`${L.ruledOut} (one per line)`} control={control} name="repro.ruledOut" rows={2} />

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
