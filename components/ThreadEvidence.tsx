import { useState } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';
import type { Escalation, TicketMessage } from '../lib/escalation/model';
import { useI18n } from './i18n';
import { cx } from './ui';

const PREVIEW = 140;

// One click puts a thread message into the evidence list, exactly as written.
export function ThreadEvidence({
  form,
  messages,
}: {
  form: UseFormReturn<Escalation>;
  messages: readonly TicketMessage[];
}) {
  const { t } = useI18n();
  const evidence = useWatch({ control: form.control, name: 'repro.evidence' }) ?? [];
  // Said politely after each click: the list it changes is elsewhere on the step.
  const [said, setSaid] = useState('');
  if (!messages.length) return null;
  const add = (text: string, n: number) => {
    const current = form.getValues('repro.evidence') ?? [];
    if (current.includes(text)) {
      setSaid(t('fields_evidenceAlready', n));
      return;
    }
    form.setValue('repro.evidence', [...current, text], { shouldDirty: true });
    setSaid(t('fields_evidenceAdded', n));
  };
  return (
    <details className={cx('thread-evidence')}>
      <summary>{t('fields_threadEvidence', messages.length)}</summary>
      <ol>
        {messages.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a read thread is never reordered
          <li key={i}>
            <span className={cx('role')}>{t(`role_${m.role}`)}</span> {m.author ?? ''}:{' '}
            <span className={cx('muted')}>{m.text.length > PREVIEW ? `${m.text.slice(0, PREVIEW)}…` : m.text}</span>{' '}
            {/* One button either way, never disabled: it keeps keyboard focus, and a click says why nothing changes. */}
            <button
              type="button"
              className={cx('link')}
              aria-disabled={evidence.includes(m.text) || undefined}
              onClick={() => add(m.text, i + 1)}
              aria-label={t(
                evidence.includes(m.text) ? 'fields_messageInEvidence' : 'fields_addMessageToEvidence',
                i + 1,
              )}
            >
              {t(evidence.includes(m.text) ? 'fields_inEvidence' : 'fields_addToEvidence')}
            </button>
          </li>
        ))}
      </ol>
      <p className={cx('status')} role="status">
        {said}
      </p>
    </details>
  );
}
