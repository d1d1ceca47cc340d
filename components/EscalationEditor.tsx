import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { debounce } from '../lib/debounce';
import { assess } from '../lib/escalation/assess';
import { Escalation } from '../lib/escalation/model';
import { saveDraft } from '../lib/platform/draft-store';
import type { Settings } from '../lib/settings/model';
import { BriefPanel } from './BriefPanel';
import { DraftForm } from './DraftForm';
import { focusField } from './focus-field';
import { Recommendation } from './Recommendation';

export const AUTOSAVE_MS = 250;

interface Props {
  initial: Escalation;
  settings: Settings;
  onSettings: (settings: Settings) => void;
}

export function EscalationEditor({ initial, settings, onSettings }: Props) {
  const form = useForm<Escalation>({ defaultValues: initial, mode: 'onChange' });
  const values = useWatch({ control: form.control });
  const lastGood = useRef(initial);
  const draft = useMemo(() => {
    const parsed = Escalation.safeParse(values);
    if (parsed.success) lastGood.current = parsed.data;
    return lastGood.current;
  }, [values]);
  const deferred = useDeferredValue(draft);
  const assessment = useMemo(
    () => assess({ draft: deferred, now: new Date(), agentTier: settings.agentTier }),
    [deferred, settings.agentTier],
  );
  // Until the agent picks, the brief carries the engine's suggestions rather than "Not set".
  const briefDraft = useMemo(
    () => ({
      ...deferred,
      severity: deferred.severity ?? assessment.severity,
      target: deferred.target ?? assessment.target,
    }),
    [deferred, assessment],
  );
  const [saveError, setSaveError] = useState('');
  const prefilled = useMemo(() => new Set(initial.prefilled), [initial]);
  const tier = useRef(settings.agentTier);
  tier.current = settings.agentTier;

  useEffect(() => {
    const saver = debounce((value: Escalation) => {
      const { severity, target } = assess({ draft: value, now: new Date(), agentTier: tier.current });
      saveDraft({ ...value, suggested: { severity, target }, updatedAt: new Date().toISOString() }).then(
        () => setSaveError(''),
        (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
      );
    }, AUTOSAVE_MS);
    const sub = form.watch((changed) => {
      const parsed = Escalation.safeParse(changed);
      if (parsed.success) saver.schedule(parsed.data);
    });
    const flush = () => saver.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      flush();
      sub.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [form]);

  return (
    <div className="editor">
      {saveError ? (
        <p className="notice error" role="alert">
          The draft could not be saved ({saveError}). Keep this panel open and copy the brief before closing it.
        </p>
      ) : null}
      <Recommendation assessment={assessment} onFocusField={(field) => focusField(field)} />
      <DraftForm
        form={form}
        prefilled={prefilled}
        assessment={assessment}
        agentTier={settings.agentTier}
        onAgentTier={(agentTier) => onSettings({ ...settings, agentTier })}
      />
      <BriefPanel draft={briefDraft} />
    </div>
  );
}
