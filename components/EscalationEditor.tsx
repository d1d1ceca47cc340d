import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import type { Locale } from '../lib/brief/labels';
import { BRIEF_LABELS } from '../lib/brief/labels';
import { assess, withSuggestions } from '../lib/escalation/assess';
import { Escalation, type TicketMessage } from '../lib/escalation/model';
import { openPerStep, STEPS, type Step, stepOf } from '../lib/escalation/steps';
import type { PatternEntry } from '../lib/patterns/library';
import { redactionOf } from '../lib/redaction-options';
import type { Settings } from '../lib/settings/model';
import { focusField } from './focus-field';
import { useI18n } from './i18n';
import { LaterPart } from './LaterPart';
import { LaterSimilarIssues } from './LaterSimilarIssues';
import { laterSteps } from './later-parts';
import { PanelHeader } from './PanelHeader';
import type { Found } from './SimilarIssues';
import { StepNav } from './StepNav';
import { TriageStep } from './steps/TriageStep';
import { cx } from './ui';
import { useDraftAutosave } from './useDraftAutosave';
import { useDraftForm } from './useDraftForm';
import { useEvidenceInbox } from './useEvidenceInbox';
import type { DraftLinks, PatternState } from './usePatternLibrary';

interface Props {
  initial: Escalation;
  settings: Settings;
  onSettings: (changed: Partial<Settings>) => void;
  onEscalate: (draft: Escalation) => Promise<void>;
  /** The stored draft was deleted elsewhere (see useDraftAutosave): start over from the ticket. */
  onDeleted: () => void;
  /** The ticket already has an open escalation: escalating this draft would start a second one. */
  alreadyOpen: boolean;
  thread: readonly TicketMessage[];
  patterns: PatternState;
}

export function EscalationEditor({
  initial,
  settings,
  onSettings,
  onEscalate,
  onDeleted,
  alreadyOpen,
  thread,
  patterns,
}: Props) {
  const { t } = useI18n();
  const form = useDraftForm(initial);
  const values = useWatch({ control: form.control });
  useEvidenceInbox(form, initial.key);
  const { saveError, conflict, keepMine, takeTheirs, whileEscalating, asPanel } = useDraftAutosave(
    form,
    initial.key,
    settings,
    onDeleted,
  );
  const lastGood = useRef(initial);
  const draft = useMemo(() => {
    const parsed = Escalation.safeParse(values);
    if (parsed.success) lastGood.current = parsed.data;
    return lastGood.current;
  }, [values]);
  // Typing stays immediate; the engine and the preview follow a beat behind.
  const deferred = useDeferredValue(draft);
  const assessment = useMemo(
    () => assess({ draft: deferred, now: new Date(), agentTier: settings.agentTier, timeZone: settings.timeZone }),
    [deferred, settings.agentTier, settings.timeZone],
  );
  // Until the agent picks, the brief carries the engine's suggestions rather than "Not set", and "Severity
  // keeps rising" ends with the severity the header shows.
  const briefDraft = useMemo(() => withSuggestions(deferred, assessment), [deferred, assessment]);
  const { library, version, progress, links } = patterns;
  const matchOn = library?.matchKey(briefDraft);
  const lastFound = useRef<{ version: number; shows: string; found: Found }>(undefined);
  // A matcher that fails on some draft says so in its box; the editor around it stays.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version says the library changed, matchOn the draft's matched part
  const matching = useMemo(() => {
    if (!library) return {};
    try {
      const similar = library.similar(briefDraft, { now: new Date(), days: settings.patternWindowDays });
      // A keystroke that changes no match, score or word in common finds what was found: the box, memoised,
      // and what is prefilled from it are left as they are.
      const shows = JSON.stringify(similar, (key, value) => (key === 'entry' || key === 'via' ? value.id : value));
      const last = lastFound.current;
      if (last?.version === version && last.shows === shows) return { found: last.found };
      const found = { similar, explain: library.explain, progress };
      lastFound.current = { version, shows, found };
      return { found };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [library, version, progress, matchOn, settings.patternWindowDays]);
  const { found } = matching;
  const latest = useRef(draft);
  latest.current = draft;
  // The criteria's evidence goes into the brief: in its language.
  const briefLabels = BRIEF_LABELS[draft.briefLocale ?? 'en'];
  // What similar escalations suggest now, also for a criterion the agent answered themselves. Only once every
  // stored escalation is indexed: a count from the newest ones alone would be filled in, then changed.
  const complete = found && !found.progress ? found : undefined;
  const suggested = useMemo(
    () => (complete && links ? links.patternAnswers(complete.similar, briefLabels.severities) : {}),
    [complete, links, briefLabels],
  );
  useEffect(() => {
    if (!complete || !links) return;
    const change = links.patternPrefill(latest.current, complete.similar, briefLabels.severities);
    asPanel(() => {
      if (change.answers) form.setValue('triage.answers', change.answers, { shouldDirty: true });
      if (change.breadth) {
        form.setValue('impact.breadth.count', change.breadth.count, { shouldDirty: true });
        form.setValue('patterns.appliedCount', change.breadth.count, { shouldDirty: true });
      }
      if (change.names) {
        form.setValue('impact.breadth.names', change.names.value, { shouldDirty: true });
        form.setValue('patterns.appliedNames', change.names.applied, { shouldDirty: true });
      }
      if (change.prefilled) form.setValue('prefilled', change.prefilled, { shouldDirty: true });
    });
  }, [complete, links, form, asPanel, briefLabels]);
  // Stable, with the box memoised: a keystroke that leaves what was found as it was does not render it again.
  const relinks = useMemo(() => {
    // A match is offered only once the library is loaded, and these with it.
    const relink = (change: (links: DraftLinks) => Pick<Escalation, 'patterns' | 'supporting'>) => {
      if (!links) return;
      const next = change(links);
      form.setValue('patterns', next.patterns, { shouldDirty: true });
      form.setValue('supporting.threads', next.supporting.threads, { shouldDirty: true });
    };
    return {
      onLink: (entry: PatternEntry) => relink((l) => l.link(latest.current, entry)),
      onUnlink: (id: string) => relink((l) => l.unlink(latest.current, id)),
      onDismiss: (id: string) => relink((l) => l.dismiss(latest.current, id)),
    };
  }, [form, links]);
  const similarView = (
    <LaterSimilarIssues
      found={found}
      error={patterns.error ?? matching.error}
      windowDays={settings.patternWindowDays}
      {...relinks}
    />
  );
  const [step, setStep] = useState<Step>('triage');
  const { redactEmails, redactPhones } = settings;
  const { unmasked } = deferred;
  const redaction = useMemo(
    () => redactionOf({ unmasked }, { redactEmails, redactPhones }),
    [unmasked, redactEmails, redactPhones],
  );
  const prefilled = useMemo(() => new Set(draft.prefilled), [draft.prefilled]);

  const open = useMemo(() => openPerStep(assessment), [assessment]);

  const index = STEPS.indexOf(step);
  const go = (s: Step) => {
    setStep(s);
    requestAnimationFrame(() => document.getElementById('step-heading')?.focus());
  };
  // A checklist item may be edited on another step: that step opens, then the field gets focus.
  const goToField = (path: string) => {
    setStep(stepOf(path));
    requestAnimationFrame(() => focusField(path) || document.getElementById('step-heading')?.focus());
  };
  const stepProps = { form, assessment, prefilled, draft, thread, goToField, timeZone: settings.timeZone };

  return (
    <div className={cx('editor')}>
      {saveError ? (
        <p className={cx('notice', 'error')} role="alert">
          {t('app_saveFailed', saveError)}
        </p>
      ) : null}
      {conflict ? (
        <div className={cx('notice', 'error')} role="alert">
          <p>{t(conflict.state === 'saved' ? 'app_changedElsewhere' : 'app_deletedElsewhere')}</p>
          <button type="button" onClick={takeTheirs}>
            {t(conflict.state === 'saved' ? 'app_takeTheirs' : 'app_startOver')}
          </button>{' '}
          <button type="button" onClick={keepMine}>
            {t('app_keepMine')}
          </button>
        </div>
      ) : null}
      <PanelHeader draft={deferred} assessment={assessment} />
      <StepNav step={step} onStep={go} open={open} />
      <form className={cx('draft')} onSubmit={(e) => e.preventDefault()} aria-labelledby="step-heading">
        <h2 id="step-heading" tabIndex={-1}>
          {index + 1}. {t(`steps_title_${step}`)}
        </h2>
        {step === 'triage' ? (
          <TriageStep {...stepProps} similar={similarView} suggested={suggested} redaction={redaction} />
        ) : null}
        {step === 'impact' ? (
          <LaterPart part={laterSteps.impact} render={({ ImpactStep }) => <ImpactStep {...stepProps} />} />
        ) : null}
        {step === 'repro' ? (
          <LaterPart part={laterSteps.repro} render={({ ReproStep }) => <ReproStep {...stepProps} />} />
        ) : null}
        {step === 'target' ? (
          <LaterPart
            part={laterSteps.target}
            render={({ TargetStep }) => (
              <TargetStep
                {...stepProps}
                agentTier={settings.agentTier}
                onAgentTier={(agentTier) => onSettings({ agentTier })}
              />
            )}
          />
        ) : null}
        {step === 'comms' ? (
          <LaterPart part={laterSteps.comms} render={({ CommsStep }) => <CommsStep {...stepProps} />} />
        ) : null}
        {step === 'brief' ? (
          <LaterPart
            part={laterSteps.brief}
            render={({ BriefStep }) => (
              <BriefStep
                {...stepProps}
                briefDraft={briefDraft}
                defaultFormat={settings.defaultFormat}
                redaction={redaction}
                timeZone={settings.timeZone}
                onKeep={(key, keep) => {
                  const current = form.getValues('unmasked') ?? [];
                  const next = keep ? [...new Set([...current, key])] : current.filter((k) => k !== key);
                  form.setValue('unmasked', next, { shouldDirty: true });
                }}
                locale={draft.briefLocale ?? 'en'}
                onLocale={(l: Locale) => form.setValue('briefLocale', l, { shouldDirty: true })}
                alreadyOpen={alreadyOpen}
                onEscalate={() =>
                  whileEscalating(() => {
                    const { severity, target } = assessment;
                    return onEscalate({ ...withSuggestions(draft, assessment), suggested: { severity, target } });
                  })
                }
              />
            )}
          />
        ) : null}
        <div className={cx('row', 'step-buttons')}>
          {index > 0 ? (
            <button type="button" onClick={() => go(STEPS[index - 1] ?? 'triage')}>
              {t('steps_back')}
            </button>
          ) : null}
          {index < STEPS.length - 1 ? (
            <button type="button" className={cx('primary')} onClick={() => go(STEPS[index + 1] ?? 'brief')}>
              {t('steps_next')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
