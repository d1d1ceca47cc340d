import { EscalationEditor } from '../../components/EscalationEditor';
import { ReadStatus } from '../../components/ReadStatus';
import { TicketView } from '../../components/TicketView';
import { usePanelSession } from '../../components/usePanelSession';
import { usePanelSettings } from '../../components/usePanelSettings';

export function App({ boundTabId }: { boundTabId: number | undefined }) {
  const { session, reread } = usePanelSession(boundTabId);
  const { settings, update } = usePanelSettings();
  if (session.phase === 'loading') {
    return (
      <main>
        <p role="status">Reading the ticket…</p>
      </main>
    );
  }
  const { read, draft, quarantined } = session;
  return (
    <main>
      <header className="top">
        <h1>Escalation Brief</h1>
        <ReadStatus read={read} onReread={() => void reread()} />
      </header>
      {quarantined ? (
        <p className="notice error" role="alert">
          The saved draft for this ticket could not be read. It was set aside (as “{quarantined}”, included in exports)
          and a fresh draft was started from the ticket.
        </p>
      ) : null}
      {read.ok ? <TicketView ticket={read.ticket} /> : null}
      <EscalationEditor key={draft.id} initial={draft} settings={settings} onSettings={update} />
    </main>
  );
}
