import { BRIEF_LABELS } from '../../lib/brief/labels';
import { AGENT_TIERS, type AgentTier, SEVERITIES, TARGETS } from '../../lib/escalation/model';
import { SelectField, TextField } from '../fields';
import { focusField } from '../focus-field';
import { ReasonList } from '../Recommendation';
import { optional, type TargetStepProps } from './shared';

const L = BRIEF_LABELS.en;
const TIER_NAMES: Record<AgentTier, string> = { l1: 'L1 (frontline)', l2: 'L2 (senior support)', manager: 'Manager' };

export function TargetStep({ form, assessment, agentTier, onAgentTier }: TargetStepProps) {
  const { register } = form;
  const { readiness } = assessment;
  const suggested = (yes: boolean) => (yes ? ' (suggested)' : '');
  return (
    <>
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
      <section className="suggestion" aria-label="Suggested severity">
        <p>
          <strong>Suggested severity: {L.severities[assessment.severity]}</strong>
        </p>
        <ReasonList reasons={assessment.severityReasons} label="Severity reasons" />
      </section>
      <SelectField
        label={L.severity}
        field={register('severity', optional)}
        empty={`${L.notSet} — use the suggestion (${L.severities[assessment.severity]})`}
        options={SEVERITIES.map((s) => ({
          value: s,
          label: `${L.severities[s]}${suggested(s === assessment.severity)}`,
        }))}
      />
      <section className="suggestion" aria-label="Suggested target">
        <p>
          <strong>
            Suggested target: {L.targets[assessment.target]}
            {assessment.alsoTargets.length
              ? ` (also: ${assessment.alsoTargets.map((t) => L.targets[t]).join(', ')})`
              : ''}
          </strong>
        </p>
        <ReasonList reasons={assessment.routing.reasons[assessment.target] ?? []} label="Target reasons" />
        <p className="muted">{assessment.routing.when[assessment.target].en}</p>
      </section>
      <SelectField
        label={L.targetTeam}
        field={register('target', optional)}
        empty={`${L.notSet} — use the suggestion (${L.targets[assessment.target]})`}
        options={TARGETS.map((t) => ({ value: t, label: `${L.targets[t]}${suggested(t === assessment.target)}` }))}
      />
      <section className="checklist" aria-label={`What ${L.targets[assessment.readinessTarget]} needs`}>
        <p>
          <strong>
            What {L.targets[assessment.readinessTarget]} needs — readiness {readiness.score}/100
          </strong>
        </p>
        <ul>
          {readiness.checklist.map((item) => (
            <li key={item.id} className={item.ok ? 'ok' : 'todo'}>
              <span aria-hidden="true">{item.ok ? '✓' : '○'}</span> {item.label.en}
              {item.ok ? <span className="visually-hidden"> (done)</span> : null}
              {!item.ok ? (
                <>
                  {' '}
                  <span className="muted">{item.fix.en}</span>{' '}
                  <button type="button" className="link" onClick={() => focusField(item.field)}>
                    Go to field
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <fieldset>
        <legend>For Product and Security</legend>
        <TextField label="Customer use case (Product)" field={register('targetInfo.useCase')} />
        <TextField label="Frequency of request (Product)" field={register('targetInfo.requestFrequency')} />
        <TextField
          label="Competitive pressure (Product, if known)"
          field={register('targetInfo.competitivePressure')}
        />
        <TextField label="Containment steps taken (Security)" field={register('targetInfo.containment')} />
        <TextField label="Urgency assessment (Security)" field={register('targetInfo.urgency')} />
      </fieldset>
    </>
  );
}
