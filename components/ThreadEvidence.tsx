import type { UseFormReturn } from 'react-hook-form';
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
  if (!messages.length) return null;
  const add = (text: string) => {
    const current = form.getValues('repro.evidence') ?? [];
    if (!current.includes(text)) form.setValue('repro.evidence', [...current, text], { shouldDirty: true });
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
            <button
              type="button"
              className={cx('link')}
              onClick={() => add(m.text)}
              aria-label={t('fields_addMessageToEvidence', i + 1)}
            >
              {t('fields_addToEvidence')}
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}
