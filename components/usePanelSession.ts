import { useCallback, useEffect, useRef, useState } from 'react';
import { draftKey } from '../lib/escalation/draft-key';
import type { Escalation, TicketContext } from '../lib/escalation/model';
import { draftFromTicket } from '../lib/escalation/prefill';
import { ticketKeyAt } from '../lib/helpdesks/registry';
import { addressShowsNumber } from '../lib/helpdesks/ticket-number';
import type { ReadTicketResult } from '../lib/messages/panel';
import { keepDismissed } from '../lib/patterns/keep-dismissed';
import { loadDraft } from '../lib/platform/draft-store';
import { onActiveTabChange, onTabUrlChange, tabUrl } from '../lib/platform/panel';
import type { Settings } from '../lib/settings/model';
import { type Boot, readActiveTicket, type TabRead } from './boot';
import { AUTOSAVE_MS } from './useDraftAutosave';

const newDraftFor = (ticket: Parameters<typeof draftFromTicket>[0], settings: Settings): Escalation =>
  draftFromTicket(ticket, {
    id: crypto.randomUUID(),
    now: new Date(),
    reporter: settings.reporter,
    briefLocale: settings.briefLocale,
  });

// A read that failed on a page whose address names a ticket (the worker was stopped mid-read, say) keeps to
// that ticket's draft, not the blank one that pages which are no ticket share.
async function ticketAtFailedRead(
  read: ReadTicketResult,
  tabId: number | undefined,
  customDomains: readonly string[] | undefined,
): Promise<TicketContext | undefined> {
  if (read.ok || read.reason === 'not-a-ticket' || tabId === undefined) return undefined;
  const url = await tabUrl(tabId);
  const at = url ? ticketKeyAt(url, customDomains) : undefined;
  // Nothing was read: no field to prefill, none to call missing (the panel shows why the read failed).
  return at && url ? { helpdesk: at.helpdesk, ticketId: at.ticketId, url, source: 'dom', missing: [] } : undefined;
}

// The same ticket read the same way gives the same draft but for its identity and times: the editor is
// then left as it is (a new draft remounts it).
const samePrefill = (a: Escalation, b: Escalation) =>
  JSON.stringify({ ...a, id: b.id, createdAt: b.createdAt, updatedAt: b.updatedAt }) === JSON.stringify(b);

export type PanelSession =
  | { phase: 'loading' }
  | { phase: 'unreadable'; read: ReadTicketResult; error: string }
  | { phase: 'ready'; read: ReadTicketResult; draft: Escalation; quarantined?: string }
  | { phase: 'escalated'; read: ReadTicketResult; record: Escalation };

export function usePanelSession(boundTabId: number | undefined, boot: Boot, settings: Settings | undefined) {
  const [session, setSession] = useState<PanelSession>({ phase: 'loading' });
  const currentKey = useRef<string | undefined>(undefined);
  // The ticket the panel is about, its draft shown or not (unreadable): what a move of the tab is told against.
  const shownKey = useRef<string | undefined>(undefined);
  const latest = useRef(0);
  // Read at draft creation only: changing a setting must not reload the ticket.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const firstRead = useRef<Promise<TabRead> | undefined>(boot.firstRead);
  const escalated = useRef<Escalation | undefined>(undefined);
  const tabRef = useRef<number | undefined>(undefined);
  // The last address each tab was seen at, kept from the start: the helpdesk may move to another ticket
  // while the panel is still reading the first.
  const seenUrls = useRef(new Map<number, string>());
  // The ticket the tab shows now, when it is no longer the one in the panel (SPA navigation): its number,
  // when the address shows the one agents know it by (not an internal id; see addressShowsNumber).
  const [movedTo, setMovedTo] = useState<{ number?: string } | undefined>(undefined);
  const movedFrom = useCallback((tabId: number | undefined, key: string | undefined) => {
    const url = tabId === undefined ? undefined : seenUrls.current.get(tabId);
    const moved = url ? ticketKeyAt(url, settingsRef.current?.customDomains) : undefined;
    if (!moved || moved.key === key) return undefined;
    return { number: addressShowsNumber(moved.helpdesk) ? moved.ticketId : undefined };
  }, []);

  // Tab switches can overlap; only the newest load may change what the panel shows.
  const load = useCallback(async () => {
    const run = ++latest.current;
    const started = Date.now();
    const { tabId, read } = await (firstRead.current ?? readActiveTicket(boundTabId));
    firstRead.current = undefined;
    if (run !== latest.current) return;
    tabRef.current = tabId;
    const ticket = read.ok ? read.ticket : await ticketAtFailedRead(read, tabId, settingsRef.current?.customDomains);
    if (run !== latest.current) return;
    const key = draftKey(ticket);
    setMovedTo(movedFrom(tabId, key));
    // Read again before anything was typed (the page was still loading the first time): the draft follows
    // what the page shows now. Once the agent has typed, their draft stays as it is: a keystroke made just
    // before the click is stored by the time the autosave delay has passed since it.
    const again = key === currentKey.current;
    if (again) await new Promise((done) => setTimeout(done, Math.max(0, started + AUTOSAVE_MS + 50 - Date.now())));
    // Storage that refused the read says nothing of what it holds: a fresh draft in its place would be saved
    // over the stored one at the first keystroke. The panel shows the failure, and keeps an editor it has.
    const stored = await loadDraft(key).catch((e: unknown) => ({ state: 'failed', error: String(e) }) as const);
    if (run !== latest.current) return;
    if (stored.state === 'failed') {
      if (again) return;
      currentKey.current = undefined;
      shownKey.current = key;
      setSession({ phase: 'unreadable', read, error: stored.error });
      return;
    }
    const newDraft = async () =>
      keepDismissed(newDraftFor(ticket, settingsRef.current ?? (await boot.settings)), escalated.current);
    if (again) {
      const fresh = stored.state === 'empty' && ticket ? await newDraft() : undefined;
      if (run !== latest.current) return;
      setSession((s) =>
        s.phase === 'ready' && fresh && !samePrefill(fresh, s.draft)
          ? { phase: 'ready', read, draft: fresh }
          : s.phase === 'loading'
            ? s
            : { ...s, read },
      );
      return;
    }
    const draft = stored.state === 'ok' ? stored.value : await newDraft();
    if (run !== latest.current) return;
    currentKey.current = key;
    shownKey.current = key;
    setSession({
      phase: 'ready',
      read,
      draft,
      quarantined: stored.state === 'quarantined' ? stored.quarantineKey : undefined,
    });
  }, [boundTabId, boot, movedFrom]);

  useEffect(() => {
    void load();
    const stopUrl = onTabUrlChange((tabId, url) => {
      seenUrls.current.set(tabId, url);
      if (tabId === tabRef.current) setMovedTo(movedFrom(tabId, shownKey.current));
    });
    if (boundTabId !== undefined) return stopUrl;
    const stopActive = onActiveTabChange(() => void load());
    return () => {
      stopUrl();
      stopActive();
    };
  }, [load, boundTabId, movedFrom]);

  const escalate = useCallback(
    async (draft: Escalation) => {
      // Escalating writes the record and its follow-up schedule: code the panel needs only now.
      const { escalateDraft } = await import('../lib/platform/record-store');
      const record = await escalateDraft(draft, new Date(), settingsRef.current ?? (await boot.settings));
      escalated.current = record;
      setSession((s) => (s.phase === 'loading' ? s : { phase: 'escalated', read: s.read, record }));
    },
    [boot],
  );

  // After escalating, the same ticket can get a fresh draft (e.g. a second, separate issue).
  const newDraft = useCallback(() => {
    currentKey.current = undefined;
    return load();
  }, [load]);

  return { session, reread: load, escalate, newDraft, movedTo };
}
