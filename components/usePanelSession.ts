import { useCallback, useEffect, useRef, useState } from 'react';
import { draftKey } from '../lib/escalation/draft-key';
import type { Escalation } from '../lib/escalation/model';
import { draftFromTicket } from '../lib/escalation/prefill';
import { ticketKeyAt } from '../lib/helpdesks/registry';
import type { ReadTicketResult } from '../lib/messages/panel';
import { loadDraft } from '../lib/platform/draft-store';
import { onActiveTabChange, onTabUrlChange } from '../lib/platform/panel';
import { escalateDraft } from '../lib/platform/record-store';
import type { Settings } from '../lib/settings/model';
import { type Boot, readActiveTicket, type TabRead } from './boot';

function newDraftFor(ticket: Parameters<typeof draftFromTicket>[0], settings: Settings): Escalation {
  const { name, team } = settings.reporter;
  const reportedBy = [name.trim(), team.trim()].filter(Boolean).join(' / ');
  const draft = draftFromTicket(ticket, { id: crypto.randomUUID(), now: new Date(), reportedBy });
  return { ...draft, briefLocale: settings.briefLocale };
}

export type PanelSession =
  | { phase: 'loading' }
  | { phase: 'ready'; read: ReadTicketResult; draft: Escalation; quarantined?: string }
  | { phase: 'escalated'; read: ReadTicketResult; record: Escalation };

export function usePanelSession(boundTabId: number | undefined, boot: Boot, settings: Settings | undefined) {
  const [session, setSession] = useState<PanelSession>({ phase: 'loading' });
  const currentKey = useRef<string | undefined>(undefined);
  const latest = useRef(0);
  // Read at draft creation only: changing a setting must not reload the ticket.
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const firstRead = useRef<Promise<TabRead> | undefined>(boot.firstRead);
  const tabRef = useRef<number | undefined>(undefined);
  // The ticket the tab shows now, when it is no longer the one in the panel (SPA navigation).
  const [movedTo, setMovedTo] = useState<string | undefined>(undefined);

  // Tab switches can overlap; only the newest load may change what the panel shows.
  const load = useCallback(async () => {
    const run = ++latest.current;
    const { tabId, read } = await (firstRead.current ?? readActiveTicket(boundTabId));
    firstRead.current = undefined;
    if (run !== latest.current) return;
    tabRef.current = tabId;
    setMovedTo(undefined);
    const ticket = read.ok ? read.ticket : undefined;
    const key = draftKey(ticket);
    if (key === currentKey.current) {
      setSession((s) => (s.phase === 'loading' ? s : { ...s, read }));
      return;
    }
    const stored = await loadDraft(key).catch(() => ({ state: 'empty' }) as const);
    if (run !== latest.current) return;
    const draft =
      stored.state === 'ok' ? stored.value : newDraftFor(ticket, settingsRef.current ?? (await boot.settings));
    if (run !== latest.current) return;
    currentKey.current = key;
    setSession({
      phase: 'ready',
      read,
      draft,
      quarantined: stored.state === 'quarantined' ? stored.quarantineKey : undefined,
    });
  }, [boundTabId, boot]);

  useEffect(() => {
    void load();
    const stopUrl = onTabUrlChange((tabId, url) => {
      if (tabId !== tabRef.current) return;
      const moved = ticketKeyAt(url, settingsRef.current?.customDomains);
      setMovedTo(moved && moved.key !== currentKey.current ? moved.ticketId : undefined);
    });
    if (boundTabId !== undefined) return stopUrl;
    const stopActive = onActiveTabChange(() => void load());
    return () => {
      stopUrl();
      stopActive();
    };
  }, [load, boundTabId]);

  const escalate = useCallback(
    async (draft: Escalation) => {
      const record = await escalateDraft(draft, new Date(), settingsRef.current ?? (await boot.settings));
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
