import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { debounce } from '../lib/debounce';
import { Escalation } from '../lib/escalation/model';
import { saveDraft } from '../lib/platform/draft-store';
import { BriefPanel } from './BriefPanel';
import { DraftForm } from './DraftForm';

export const AUTOSAVE_MS = 250;

export function EscalationEditor({ initial }: { initial: Escalation }) {
  const form = useForm<Escalation>({ defaultValues: initial, mode: 'onChange' });
  const values = useWatch({ control: form.control });
  const lastGood = useRef(initial);
  const draft = useMemo(() => {
    const parsed = Escalation.safeParse(values);
    if (parsed.success) lastGood.current = parsed.data;
    return lastGood.current;
  }, [values]);
  const [saveError, setSaveError] = useState('');
  const prefilled = useMemo(() => new Set(initial.prefilled), [initial]);

  useEffect(() => {
    const saver = debounce((value: Escalation) => {
      saveDraft({ ...value, updatedAt: new Date().toISOString() }).then(
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
      <DraftForm form={form} prefilled={prefilled} />
      <BriefPanel draft={draft} />
    </div>
  );
}
