import { BRIEF_LABELS } from '../lib/brief/labels';
import { useI18n } from './i18n';
import { cx } from './ui';

/**
 * "Go to field" beside a missing item, named for its field ("Go to field: A deadline"). The name is set whole:
 * a hidden span after the text was read with a space before the colon ("Go to field : …").
 */
export function GoToField({ name, onClick }: { name: string; onClick: () => void }) {
  const { t, locale } = useI18n();
  const { colon, gap } = BRIEF_LABELS[locale].punct;
  return (
    <button
      type="button"
      className={cx('link')}
      aria-label={`${t('goToField')}${colon}${gap}${name}`}
      onClick={onClick}
    >
      {t('goToField')}
    </button>
  );
}
