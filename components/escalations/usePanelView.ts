import { useCallback, useEffect, useState } from 'react';
import { onShowEscalation, pendingShowEscalation, type ShowEscalation } from '../../lib/platform/show-escalation';

// Which view the panel shows; a notification click (or a link in the panel) switches it to that escalation.
export function usePanelView() {
  const [view, setView] = useState<'ticket' | 'escalations'>('ticket');
  const [focus, setFocus] = useState<{ id: string; action: 'view' | 'log' } | undefined>(undefined);
  useEffect(() => {
    const show = (request: ShowEscalation) => {
      setFocus('id' in request ? { id: request.id, action: request.action } : undefined);
      setView('escalations');
    };
    // A request that cannot be read leaves the panel on the ticket, as if there were none.
    pendingShowEscalation()
      .then((request) => request && show(request))
      .catch(() => undefined);
    return onShowEscalation(show);
  }, []);
  const showEscalation = useCallback((id: string) => {
    setFocus({ id, action: 'view' });
    setView('escalations');
  }, []);
  return { view, setView, focus, showEscalation };
}
