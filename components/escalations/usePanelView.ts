import { useEffect, useState } from 'react';
import { onShowEscalation, pendingShowEscalation, type ShowEscalation } from '../../lib/platform/show-escalation';

// Which view the panel shows; a notification click switches it to that escalation.
export function usePanelView() {
  const [view, setView] = useState<'ticket' | 'escalations'>('ticket');
  const [focus, setFocus] = useState<Pick<ShowEscalation, 'id' | 'action'> | undefined>(undefined);
  useEffect(() => {
    const show = (request: ShowEscalation) => {
      setFocus({ id: request.id, action: request.action });
      setView('escalations');
    };
    void pendingShowEscalation().then((request) => request && show(request));
    return onShowEscalation(show);
  }, []);
  return { view, setView, focus };
}
