import { type Control, Controller } from 'react-hook-form';
import { CATEGORY_NAMES, CRITERIA, SIGNAL_CATEGORIES } from '../lib/escalation/criteria';
import type { Escalation } from '../lib/escalation/model';
import type { Signal, Signals } from '../lib/escalation/reasons';
import type { Translate } from '../lib/i18n/translate';
import { useI18n } from './i18n';
import { cx } from './ui';

// Where a checked answer came from, with what showed it; the agent's own answer, with what similar
// escalations show now (which changes with them), else with what the ticket showed (which stays true).
function noteOf(effective: Signal | undefined, fromPatterns: Signal | undefined, t: Translate): string {
  if (!effective) return '';
  const checked = effective.value === true;
  if (checked && effective.source === 'ticket') return t('fromTicketEvidence', effective.evidence ?? '');
  if (checked && effective.source === 'pattern') return t('fromPatternEvidence', effective.evidence ?? '');
  if (checked && effective.source === 'impact') return t('fromImpact');
  if (effective.source !== 'agent') return '';
  if (fromPatterns) return t('yourAnswerPatterns', fromPatterns.evidence ?? '');
  return effective.evidence ? t('yourAnswer', effective.evidence) : '';
}

// Checked state shows the effective answer (agent's, else what the ticket or similar escalations suggested);
// any click records the agent's own answer, which is kept and wins from then on. It keeps what the ticket
// showed, which stays true; what similar escalations show changes with them, so their note says it as it is now.
export function TriageField({
  control,
  signals,
  suggested,
}: {
  control: Control<Escalation>;
  signals: Signals;
  /** What similar escalations suggest now (see patternAnswers). */
  suggested: Signals;
}) {
  const { t, locale } = useI18n();
  return (
    <Controller
      control={control}
      name="triage.answers"
      render={({ field }) => {
        const answers = (field.value ?? {}) as Escalation['triage']['answers'];
        return (
          <div className={cx('triage')}>
            {SIGNAL_CATEGORIES.map((group) => (
              <fieldset key={group}>
                <legend>
                  {group === 'handle'
                    ? t('triage_handleWhen')
                    : t('triage_escalateGroup', CATEGORY_NAMES[group][locale])}
                </legend>
                {CRITERIA.filter((c) => c.category === group).map((c) => {
                  // The form's own answer shows at once; the live assessment (deferred) fills in the rest.
                  const effective = answers[c.id] ?? signals[c.id];
                  const checked = effective?.value === true;
                  const id = `triage-${c.id}`;
                  const note = noteOf(effective, suggested[c.id], t);
                  return (
                    <div key={c.id} className={cx('check')}>
                      <input
                        id={id}
                        type="checkbox"
                        name={`triage.${c.id}`}
                        checked={checked}
                        aria-describedby={note ? `${id}-note` : undefined}
                        onChange={(e) =>
                          field.onChange({
                            ...answers,
                            [c.id]: {
                              value: e.target.checked,
                              source: 'agent',
                              evidence: effective?.source === 'pattern' ? undefined : effective?.evidence,
                            },
                          })
                        }
                      />
                      <div>
                        <label htmlFor={id}>{c.text[locale]}</label>
                        {note ? (
                          <span id={`${id}-note`} className={cx('evidence')}>
                            {note}
                          </span>
                        ) : null}
                      </div>
                    </div>
                  );
                })}
              </fieldset>
            ))}
          </div>
        );
      }}
    />
  );
}
