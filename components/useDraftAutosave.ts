import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { type Debounced, debounce } from '../lib/debounce';
import { assess } from '../lib/escalation/assess';
import { Escalation } from '../lib/escalation/model';
import { prefilledAfterEdit } from '../lib/escalation/prefill';
import { type DraftChange, onDraftChange, saveDraft, setAsideDraft } from '../lib/platform/draft-store';
import type { Settings } from '../lib/settings/model';

export const AUTOSAVE_MS = 250;

/**
 * Saves the draft as it is typed, and keeps it from overwriting a newer copy written elsewhere (a second
 * panel on the ticket, an import, Delete all, an escalation from another window). Such a write replaces
 * this panel's draft when nothing typed here is waiting to be saved; otherwise saving stops until the
 * agent chooses (`conflict`), and a panel closed before that sets its version aside instead of losing it.
 */
export function useDraftAutosave(
  form: UseFormReturn<Escalation>,
  key: string,
  agentTier: Settings['agentTier'],
  onElsewhere: (change: DraftChange) => void,
) {
  const [saveError, setSaveError] = useState('');
  const [conflict, setConflict] = useState<DraftChange | undefined>(undefined);
  const saver = useRef<Debounced<Escalation> | undefined>(undefined);
  // The updatedAt of every copy this panel wrote: their echoes are not news.
  const written = useRef(new Set<string>());
  const paused = useRef(false);
  // Escalating removes the draft: that removal is this panel's own.
  const leaving = useRef(false);
  const tier = useRef(agentTier);
  tier.current = agentTier;
  const elsewhere = useRef(onElsewhere);
  elsewhere.current = onElsewhere;

  const save = useCallback((value: Escalation) => {
    const { severity, target } = assess({ draft: value, now: new Date(), agentTier: tier.current });
    const updatedAt = new Date().toISOString();
    written.current.add(updatedAt);
    saveDraft({ ...value, suggested: { severity, target }, updatedAt }).then(
      () => setSaveError(''),
      (error: unknown) => setSaveError(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  const current = useCallback(() => {
    const parsed = Escalation.safeParse(form.getValues());
    return parsed.success ? parsed.data : undefined;
  }, [form]);

  useEffect(() => {
    const s = debounce(save, AUTOSAVE_MS);
    saver.current = s;
    const sub = form.watch((changed, { name, type }) => {
      // The agent's own edit is no longer "from ticket" (a value set by the panel keeps the mark). Setting it
      // runs this again with the new list, which schedules the save: this older copy must not follow it.
      const marked = (changed.prefilled ?? []).filter((p): p is string => typeof p === 'string');
      const left = name && type === 'change' ? prefilledAfterEdit(marked, name) : marked;
      if (left !== marked) {
        form.setValue('prefilled', [...left], { shouldDirty: true });
        return;
      }
      const parsed = Escalation.safeParse(changed);
      if (parsed.success && !paused.current) s.schedule(parsed.data);
    });
    const flush = () => {
      if (!paused.current) return s.flush();
      const mine = current();
      if (mine) void setAsideDraft(mine);
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      flush();
      sub.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [form, save, current]);

  useEffect(
    () =>
      onDraftChange(key, (change) => {
        if (leaving.current) return;
        if (change.state === 'saved' && written.current.has(change.draft.updatedAt)) return;
        if (!paused.current && !saver.current?.pending()) return elsewhere.current(change);
        saver.current?.cancel();
        paused.current = true;
        setConflict(change);
      }),
    [key],
  );

  const keepMine = () => {
    paused.current = false;
    setConflict(undefined);
    const mine = current();
    if (mine) save(mine);
  };
  const takeTheirs = () => {
    if (conflict) elsewhere.current(conflict);
  };
  // Escalating this panel's version during a conflict: the other one is set aside, not removed with the draft.
  const whileEscalating = async (run: () => Promise<void>) => {
    leaving.current = true;
    if (conflict?.state === 'saved') await setAsideDraft(conflict.draft);
    if (!paused.current) saver.current?.flush();
    try {
      await run();
    } catch (error) {
      leaving.current = false;
      throw error;
    }
  };
  return { saveError, conflict, keepMine, takeTheirs, whileEscalating };
}
