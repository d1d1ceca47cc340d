import type { TicketContext, TicketField } from '../lib/escalation/model';

const FIELD_NAMES: Record<TicketField, string> = {
  ticketId: 'ticket id',
  subject: 'subject',
  status: 'status',
  priority: 'priority',
  tags: 'tags',
  requester: 'requester',
  organization: 'organization',
  createdAt: 'created date',
  updatedAt: 'last update',
  dueAt: 'SLA due date',
  messages: 'thread',
};

const ROLE_NAMES = { customer: 'Customer', agent: 'Agent', note: 'Internal note' } as const;
const SOURCE_NAMES = {
  api: 'Read through the helpdesk API',
  dom: 'Read from the page',
  generic: 'Read from a generic page',
} as const;

function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function Row({ label, value }: { label: string; value: string | undefined }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value || <span className="muted">not read</span>}</dd>
    </>
  );
}

export function TicketView({ ticket }: { ticket: TicketContext }) {
  const requester = [ticket.requester?.name, ticket.requester?.email ? `<${ticket.requester.email}>` : '']
    .filter(Boolean)
    .join(' ');
  const messages = ticket.messages ?? [];
  return (
    <section className="ticket" aria-label="Ticket as read">
      <h2>
        {ticket.helpdesk === 'zendesk' ? 'Zendesk' : ticket.helpdesk} ticket{' '}
        {ticket.ticketId ? `#${ticket.ticketId}` : ''}
      </h2>
      <p className="muted">{SOURCE_NAMES[ticket.source]}</p>
      <dl className="facts">
        <Row label="Subject" value={ticket.subject} />
        <Row label="Requester" value={requester} />
        <Row label="Organization" value={ticket.organization} />
        <Row label="Status" value={ticket.status} />
        <Row label="Priority" value={ticket.priority} />
        <Row label="Tags" value={ticket.tags?.join(', ')} />
        <Row label="Created" value={when(ticket.createdAt)} />
      </dl>
      {ticket.missing.length ? (
        <p className="notice" role="status">
          Could not read: {ticket.missing.map((f) => FIELD_NAMES[f]).join(', ')}.
        </p>
      ) : null}
      {ticket.truncated ? (
        <p className="notice" role="status">
          Very long thread: showing the first {ticket.truncated.keptMessages.toLocaleString()} of{' '}
          {ticket.truncated.totalMessages.toLocaleString()} messages ({ticket.truncated.keptChars.toLocaleString()}{' '}
          characters).
        </p>
      ) : null}
      <details>
        <summary>Thread ({messages.length} messages)</summary>
        <ol className="thread" aria-label="Thread">
          {messages.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read thread is never reordered
            <li key={i} className={`msg msg-${m.role}`}>
              <p className="msg-head">
                <span className="role">{ROLE_NAMES[m.role]}</span> {m.author ?? 'unknown author'}{' '}
                <span className="muted">{when(m.at)}</span>
              </p>
              <p className="msg-text">{m.text}</p>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
