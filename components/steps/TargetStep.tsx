import { AGENT_TIERS, SEVERITIES, TARGETS } from '../../lib/escalation/model';
import { nameBeforeWords } from '../../lib/i18n/spacing';
import { SelectField, TextField } from '../fields';
import { GoToField } from '../GoToField';
import { useI18n } from '../i18n';
import { ReasonList } from '../Recommendation';
import { cx } from '../ui';
import { optional, type TargetStepProps } from './shared';

const TIER_KEYS = { l1: 'fields_tierL1', l2: 'fields_tierL2', manager: 'fields_tierManager' } as const;

export function TargetStep({ form, assessment, agentTier, onAgentTier, goToField }: TargetStepProps) {
  const { t, L, locale } = useI18n();
  const { register } = form;
  const { readiness } = assessment;
  const option = (label: string, yes: boolean) => (yes ? t('fields_suggestedOption', label) : label);
  const needsFor = nameBeforeWords(L.targets[assessment.readinessTarget], locale);
  return (
    <>
      <div className={cx('field')}>
        <label htmlFor="agent-tier">{t('fields_tier')}</label>
        <select id="agent-tier" value={agentTier} onChange={(e) => onAgentTier(e.target.value as typeof agentTier)}>
          {AGENT_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(TIER_KEYS[tier])}
            </option>
          ))}
        </select>
      </div>
      <section className={cx('suggestion')} aria-label={t('fields_suggestedSeverityRegion')}>
        <p>
          <strong>{t('fields_suggestedSeverity', L.severities[assessment.severity])}</strong>
        </p>
        <ReasonList reasons={assessment.severityReasons} label={t('fields_severityReasons')} />
      </section>
      <SelectField
        label={L.severity}
        field={register('severity', optional)}
        empty={t('fields_useSuggestion', L.severities[assessment.severity])}
        options={SEVERITIES.map((s) => ({ value: s, label: option(L.severities[s], s === assessment.severity) }))}
      />
      <section className={cx('suggestion')} aria-label={t('fields_suggestedTargetRegion')}>
        <p>
          <strong>
            {t('fields_suggestedTarget', L.targets[assessment.target])}
            {assessment.alsoTargets.length
              ? `${L.punct.gap}${t('fields_alsoTargets', assessment.alsoTargets.map((x) => L.targets[x]).join(t('listSeparator')))}`
              : ''}
          </strong>
        </p>
        <ReasonList reasons={assessment.routing.reasons[assessment.target] ?? []} label={t('fields_targetReasons')} />
        <p className={cx('muted')}>{assessment.routing.when[assessment.target][locale]}</p>
      </section>
      <SelectField
        label={L.targetTeam}
        field={register('target', optional)}
        empty={t('fields_useSuggestion', L.targets[assessment.target])}
        options={TARGETS.map((x) => ({ value: x, label: option(L.targets[x], x === assessment.target) }))}
      />
      <section className={cx('checklist')} aria-label={t('fields_needsRegion', needsFor)}>
        <p>
          <strong>{t('fields_needs', needsFor, readiness.score)}</strong>
        </p>
        <ul>
          {readiness.checklist.map((item) => (
            <li key={item.id} className={cx(item.ok ? 'ok' : 'todo')}>
              <span aria-hidden="true">{item.ok ? '✓' : '○'}</span> {item.label[locale]}
              {item.ok ? <span className={cx('visually-hidden')}> {t('fields_done')}</span> : null}
              {!item.ok ? (
                <>
                  {' '}
                  <span className={cx('muted')}>{item.fix[locale]}</span>{' '}
                  <GoToField name={item.label[locale]} onClick={() => goToField(item.field)} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <fieldset>
        <legend>{t('fields_targetInfo')}</legend>
        <TextField label={t('fields_useCase')} field={register('targetInfo.useCase')} />
        <TextField label={t('fields_requestFrequency')} field={register('targetInfo.requestFrequency')} />
        <TextField label={t('fields_competitivePressure')} field={register('targetInfo.competitivePressure')} />
        <TextField label={t('fields_containment')} field={register('targetInfo.containment')} />
        <TextField label={t('fields_urgency')} field={register('targetInfo.urgency')} />
      </fieldset>
    </>
  );
}
