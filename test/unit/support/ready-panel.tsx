import { useState } from 'react';
import { Panel } from '../../../components/Panel';
import type { PanelSession } from '../../../components/usePanelSession';
import { DEFAULT_SETTINGS } from '../../../lib/settings/model';
import { draft } from '../engine-draft';

/**
 * The panel with a draft on screen and nothing read from a page: "Exports stop for all EU customers", for a
 * ticket of its own or the one named.
 */
export function ReadyPanel({ ticketKey }: { ticketKey?: string }) {
  const [session] = useState<PanelSession>({
    phase: 'ready',
    read: { ok: false, reason: 'unreachable' },
    draft: draft({ id: 'd1', summary: 'Exports stop for all EU customers', ...(ticketKey ? { key: ticketKey } : {}) }),
  });
  const api = {
    session,
    reread: async () => undefined,
    escalate: async () => undefined,
    newDraft: async () => undefined,
  };
  return (
    <Panel
      api={{ ...api, movedTo: undefined }}
      settings={DEFAULT_SETTINGS}
      onSettings={() => undefined}
      boundTabId={1}
    />
  );
}
