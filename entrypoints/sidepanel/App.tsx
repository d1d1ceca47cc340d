import { EscalationEditor } from '../../components/EscalationEditor';
import { ReadStatus } from '../../components/ReadStatus';
import { TicketView } from '../../components/TicketView';
import { usePanelSession } from '../../components/usePanelSession';
import { usePanelSettings } from '../../components/usePanelSettings';
import { BRIEF_LABELS } from '../../lib/brief/labels';

const L = BRIEF_LABELS.en;

export function App({ boundTabId }: { boundTabId: number | undefined }) {
  const { session, reread, escalate, newDraft } = usePanelSession(boundTabId);
  const { settings, update } = usePanelSettings();
  if (session.phase === 'loading') {
    return (
      <main>
        <p role="status">Reading the ticket…</p>
      </main>
    );
  }
  const { read } = session;
  return (
    <main>
      <header className="top">
        <h1>Escalation Brief</h1>
        <ReadStatus read={read} onReread={() => void reread()} />
      </header>
      {read.ok ? <TicketView ticket={read.ticket} /> : null}
      {session.phase === 'escalated' ? (
        <section className="escalated" aria-label="Escalated">
          <p role="status">
            <strong>Escalated</strong> to {session.record.target ? L.targets[session.record.target] : 'the team'} as{' '}
            {session.record.severity ? L.severities[session.record.severity] : ''} severity: {session.record.summary}
          </p>
          <button type="button" onClick={() => void newDraft()}>
            Start a new draft for this ticket
          </button>
        </section>
      ) : (
        <>
          {session.quarantined ? (
            <p className="notice error" role="alert">
              The saved draft for this ticket could not be read. It was set aside (as “{session.quarantined}”, included
              in exports) and a fresh draft was started from the ticket.
            </p>
          ) : null}
          <EscalationEditor
            key={session.draft.id}
            initial={session.draft}
            settings={settings}
            onSettings={update}
            onEscalate={escalate}
            thread={read.ok ? (read.ticket.messages ?? []) : []}
          />
        </>
      )}
    </main>
  );
}
