import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { type Debounced, debounce } from '../lib/debounce';
import { assess } from '../lib/escalation/assess';
import { mergeDrafts } from '../lib/escalation/merge-drafts';
import { StoredEscalation } from '../lib/escalation/migrate';
import { Escalation } from '../lib/escalation/model';
import { prefilledAfterEdit } from '../lib/escalation/prefill';
import {
  type DraftChange,
  deleteDraft,
  onDraftChange,
  removeSetAside,
  saveDraft,
  setAsideDraft,
} from '../lib/platform/draft-store';
import type { Settings } from '../lib/settings/model';

export const AUTOSAVE_MS = 250;
const AUTOSAVE_MAX_WAIT_MS = 1_000;

// The form's draft as storage would hand it back (JSON drops undefined and turns NaN into null, which the
// schema then reads its own way), so it compares with a stored copy. Two copies are the same draft when
// they differ only in when they were saved and what the engine suggested then.
const asStored = (d: Escalation) => StoredEscalation.safeParse(JSON.parse(JSON.stringify(d)));
const comparable = (d: Escalation) => JSON.stringify({ ...d, updatedAt: '', suggested: {} });
function sameDraft(form: Escalation, stored: Escalation): boolean {
  const back = asStored(form);
  return back.success && comparable(back.data) === comparable(stored);
}

export interface Conflict {
  change: DraftChange;
  /** When it began: the key its set-aside copy is kept under, whatever happens meanwhile. */
  since: number;
}

/**
 * Saves the draft as it is typed, and keeps it from overwriting a copy written elsewhere (a second panel on
 * the ticket, an import, Delete all, an escalation from another window).
 * - A copy written elsewhere, when nothing the agent typed here waits to reach storage, is taken in place
 *   (the step and focus stay); one that is only a re-save of the same draft is ignored.
 * - When the agent's typing has not reached storage yet, saving stops and the agent chooses (`conflict`).
 *   A panel closed before that sets aside the version storage does not hold, once per conflict.
 * - Deleted elsewhere with nothing typed waiting: the panel starts over (`onDeleted`) and writes nothing more.
 */
export function useDraftAutosave(
  form: UseFormReturn<Escalation>,
  key: string,
  settings: Pick<Settings, 'agentTier' | 'timeZone'>,
  onDeleted: () => void,
) {
  const [saveError, setSaveError] = useState('');
  const [conflict, setConflict] = useState<Conflict | undefined>(undefined);
  const conflictRef = useRef<Conflict | undefined>(undefined);
  const saver = useRef<Debounced<Escalation> | undefined>(undefined);
  // The updatedAt of this panel's writes that storage has not echoed yet (unique per panel, see save; two
  // panels writing in the same millisecond could still be taken for each other).
  const inFlight = useRef(new Set<string>());
  // The last write this panel started: what a removal of the draft must come after.
  const lastWrite = useRef<Promise<void>>(Promise.resolve());
  const lastUpdatedAt = useRef(0);
  // The last write was refused (storage full): nothing waits to be saved, but what was typed is not stored.
  const refused = useRef(false);
  // The agent changed something that storage does not hold yet: any change but the panel's own (asPanel).
  const typed = useRef(false);
  const byPanel = useRef(false);
  // Whether storage holds this panel's version (its last write was the last one echoed).
  const storageHoldsMine = useRef(true);
  // Escalating, or starting over after a deletion: this editor writes nothing more.
  const done = useRef(false);
  // Taking a copy into the form is no edit to save again.
  const adopting = useRef(false);
  const asideWritten = useRef(false);
  // What storage last held that this panel agreed with: where two panels' versions parted.
  const base = useRef<Escalation | undefined>(undefined);
  const engine = useRef(settings);
  engine.current = settings;
  const deleted = useRef(onDeleted);
  deleted.current = onDeleted;

  const show = useCallback((next: Conflict | undefined) => {
    conflictRef.current = next;
    setConflict(next);
  }, []);
  const current = useCallback(() => {
    const parsed = Escalation.safeParse(form.getValues());
    return parsed.success ? parsed.data : undefined;
  }, [form]);
  // The draft as it is written: its suggestions, and a time strictly after this panel's last write, so two
  // saves in one millisecond are still told apart by their echoes.
  const stamped = useCallback((value: Escalation): Escalation => {
    const { agentTier, timeZone } = engine.current;
    const { severity, target } = assess({ draft: value, now: new Date(), agentTier, timeZone });
    const at = Math.max(Date.now(), lastUpdatedAt.current + 1);
    lastUpdatedAt.current = at;
    return { ...value, suggested: { severity, target }, updatedAt: new Date(at).toISOString() };
  }, []);
  const save = useCallback(
    (value: Escalation) => {
      if (done.current || conflictRef.current) return;
      const stored = stamped(value);
      inFlight.current.add(stored.updatedAt);
      lastWrite.current = saveDraft(stored).then(
        () => {
          refused.current = false;
          setSaveError('');
        },
        (error: unknown) => {
          // No echo will come; what was typed is still not stored, so `typed` stays as it is.
          inFlight.current.delete(stored.updatedAt);
          refused.current = true;
          setSaveError(error instanceof Error ? error.message : String(error));
        },
      );
    },
    [stamped],
  );
  const adopt = useCallback(
    (draft: Escalation) => {
      adopting.current = true;
      form.reset(draft, { keepDefaultValues: true });
      adopting.current = false;
      typed.current = false;
      base.current = draft;
    },
    [form],
  );
  // Deleted elsewhere (or the agent chose to start over): nothing more is written, and the draft is removed
  // once more after this panel's last write, which may land after the deletion and bring it back.
  const startOver = useCallback(() => {
    done.current = true;
    saver.current?.cancel();
    void lastWrite.current.then(() => deleteDraft(key)).finally(() => deleted.current());
  }, [key]);
  // A panel closed mid-conflict keeps the version storage does not hold, under one key per conflict. Where
  // storage holds this panel's own copy, what was typed while the question was open (saving waits for the
  // answer) is written over it: it was lost before.
  const setAside = useCallback(() => {
    const open = conflictRef.current;
    if (!open || done.current) return;
    const other = open.change.state === 'saved' ? open.change.draft : undefined;
    const mine = current();
    const kept = storageHoldsMine.current ? other : mine;
    if (kept) {
      asideWritten.current = true;
      void setAsideDraft(kept, open.since);
    }
    if (storageHoldsMine.current && mine && typed.current) {
      const stored = stamped(mine);
      // Its echo is this panel's own (the question stays open where only the page was hidden).
      inFlight.current.add(stored.updatedAt);
      void saveDraft(stored);
    }
  }, [current, stamped]);

  useEffect(() => {
    base.current ??= current();
    const s = debounce(save, AUTOSAVE_MS, AUTOSAVE_MAX_WAIT_MS);
    saver.current = s;
    const sub = form.watch((changed, { name, type }) => {
      if (adopting.current || done.current) return;
      // The agent's own edit is no longer "from ticket" (a value set by the panel keeps the mark). Setting it
      // runs this again with the new list, which schedules the save: this older copy must not follow it.
      const marked = (changed.prefilled ?? []).filter((p): p is string => typeof p === 'string');
      const keystroke = !!name && type === 'change';
      const left = keystroke ? prefilledAfterEdit(marked, name) : marked;
      if (!byPanel.current) typed.current = true;
      if (left !== marked) {
        form.setValue('prefilled', [...left], { shouldDirty: true });
        return;
      }
      const parsed = Escalation.safeParse(changed);
      if (parsed.success) s.schedule(parsed.data);
      else {
        // Nothing more is saved until it parses again: say so, and where, rather than drop typing silently.
        const issue = parsed.error.issues[0];
        setSaveError(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
      }
    });
    // Closing or hiding the panel after a refused write tries once more with what the form holds: storage may
    // have room again, and nothing else would save it.
    const flush = () => {
      if (conflictRef.current) setAside();
      else if (s.pending() || !refused.current) s.flush();
      else {
        const value = current();
        if (value) save(value);
      }
    };
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      if (done.current) s.cancel();
      else flush();
      sub.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [form, save, setAside, current]);

  useEffect(
    () =>
      onDraftChange(key, (change) => {
        if (done.current) return;
        if (change.state === 'deleted') storageHoldsMine.current = false;
        if (change.state === 'saved') {
          if (inFlight.current.delete(change.draft.updatedAt)) {
            storageHoldsMine.current = true;
            // Mid-conflict the base stays where the two versions parted: were this panel's own late write
            // the base, the merge would take every field it changed as unchanged.
            if (!conflictRef.current) base.current = change.draft;
            if (!inFlight.current.size && !saver.current?.pending()) typed.current = false;
            return;
          }
          storageHoldsMine.current = false;
          const here = current();
          if (here && sameDraft(here, change.draft)) return;
        }
        // Only the agent's typing is worth asking about; what the panel itself filled in follows the copy.
        if (conflictRef.current || typed.current) {
          saver.current?.cancel();
          show({ change, since: conflictRef.current?.since ?? Date.now() });
          return;
        }
        if (change.state === 'saved') {
          const stale = inFlight.current.size > 0;
          saver.current?.cancel();
          adopt(change.draft);
          // A write of this panel still on its way lands after theirs: theirs goes back on top of it.
          if (stale) save(change.draft);
          return;
        }
        startOver();
      }),
    [key, adopt, current, save, show, startOver],
  );

  const resolved = () => {
    const open = conflictRef.current;
    // What was typed during the question is either saved by keepMine or discarded with takeTheirs.
    saver.current?.cancel();
    show(undefined);
    if (open && asideWritten.current) void removeSetAside(key, open.since);
    asideWritten.current = false;
  };
  // The other version's own changes are kept too (fields only it changed); where both changed a field, this
  // one's text wins and the other version is set aside, offered back on the ticket, never lost.
  const keepMine = () => {
    const open = conflictRef.current;
    resolved();
    const mine = current();
    if (!mine) return;
    const theirs = open?.change.state === 'saved' ? open.change.draft : undefined;
    if (!theirs || !base.current) {
      save(mine);
      return;
    }
    const { merged, clashes } = mergeDrafts(base.current, mine, theirs);
    const parsed = Escalation.safeParse(merged);
    if (clashes.length || !parsed.success) void setAsideDraft(theirs, Date.now());
    const next = parsed.success ? parsed.data : mine;
    adopt(next);
    save(next);
  };
  const takeTheirs = () => {
    const open = conflictRef.current;
    resolved();
    if (open?.change.state !== 'saved') {
      startOver();
      return;
    }
    adopt(open.change.draft);
    // This panel's last write may have landed after theirs: storage gets theirs back.
    if (storageHoldsMine.current) save(open.change.draft);
  };
  // Escalating this panel's version: during a conflict the other version is set aside, not removed with the
  // draft; the draft's removal that follows is this panel's own.
  const whileEscalating = async (run: () => Promise<void>) => {
    const open = conflictRef.current;
    if (!open) saver.current?.flush();
    done.current = true;
    try {
      if (open?.change.state === 'saved') await setAsideDraft(open.change.draft, open.since);
      await run();
    } catch (error) {
      done.current = false;
      // What was typed while the escalation was being written went unsaved: the draft stays, with it.
      const value = current();
      if (value) saver.current?.schedule(value);
      throw error;
    }
  };
  // What the panel fills in by itself (from similar escalations) is no typing of the agent's.
  const asPanel = useCallback((change: () => void) => {
    byPanel.current = true;
    try {
      change();
    } finally {
      byPanel.current = false;
    }
  }, []);
  return { saveError, conflict: conflict?.change, keepMine, takeTheirs, whileEscalating, asPanel };
}
