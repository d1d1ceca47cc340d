import type { UseFormReturn } from 'react-hook-form';
import type { Escalation, TicketMessage } from '../lib/escalation/model';

const ROLE = { customer: 'Customer', agent: 'Agent', note: 'Internal note' } as const;
const PREVIEW = 140;

// One click puts a thread message into the evidence list, exactly as written.
export function ThreadEvidence({
  form,
  messages,
}: {
  form: UseFormReturn<Escalation>;
  messages: readonly TicketMessage[];
}) {
  if (!messages.length) return null;
  const add = (text: string) => {
    const current = form.getValues('repro.evidence') ?? [];
    if (!current.includes(text)) form.setValue('repro.evidence', [...current, text], { shouldDirty: true });
  };
  return (
    <details className="thread-evidence">
      <summary>Add evidence from the thread ({messages.length} messages)</summary>
      <ol>
        {messages.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read thread is never reordered
          <li key={i}>
            <span className="role">{ROLE[m.role]}</span> {m.author ?? ''}:{' '}
            <span className="muted">{m.text.length > PREVIEW ? `${m.text.slice(0, PREVIEW)}…` : m.text}</span>{' '}
            <button
              type="button"
              className="link"
              onClick={() => add(m.text)}
              aria-label={`Add message ${i + 1} to evidence`}
            >
              Add to evidence
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
