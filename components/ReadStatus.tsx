import type { ReadTicketResult } from '../lib/messages/panel';

const EXPLANATIONS = {
  'not-a-ticket':
    'This helpdesk page is not a ticket. Open a ticket (for Zendesk: …/agent/tickets/123) and choose “Re-read ticket”.',
  unreachable:
    'This tab is not a helpdesk ticket Escalation Brief can read. If it is a Zendesk ticket that was open before the extension was installed, reload the page.',
  invalid: 'The page answered with something that is not a ticket, so nothing from it was used.',
  failed: 'Reading the ticket failed.',
} as const;

export function ReadStatus({ read, onReread }: { read: ReadTicketResult; onReread: () => void }) {
  return (
    <div className="readstatus">
      {read.ok ? null : (
        <p className="notice" role="status">
          {EXPLANATIONS[read.reason]} You can still write the brief by hand below.
        </p>
      )}
      <button type="button" onClick={onReread}>
        Re-read ticket
      </button>
    </div>
  );
}
