import { useEffect, useRef } from 'react';
import type { RecordFilter } from '../../lib/followup/list';
import { useI18n } from '../i18n';
import { cx } from '../ui';
import { useStatusMessage } from '../useStatusMessage';

// Said once the filter rests, so a search is not read out a keystroke at a time.
const SETTLE_MS = 500;

/**
 * How many escalations a filter or search leaves, for a screen reader: said after the filter changes, not
 * when the list opens or its clock moves on.
 */
export function ShownCount({ filter, shown, total }: { filter: RecordFilter; shown: number; total: number }) {
  const { t } = useI18n();
  const [said, say] = useStatusMessage();
  const sentence = shown ? t('esc_shownCount', shown, total) : t('esc_none');
  const saidFor = useRef(filter);
  useEffect(() => {
    if (filter === saidFor.current) return;
    const timer = setTimeout(() => {
      saidFor.current = filter;
      say(sentence);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [filter, sentence, say]);
  return (
    <p className={cx('visually-hidden')} aria-live="polite">
      {said}
    </p>
  );
}
