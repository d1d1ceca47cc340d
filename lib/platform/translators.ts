import type { Locale } from '../brief/labels';
import { makeTranslate, type Translate } from '../i18n/translate';
import { loadMessages } from './locale-messages';

const translators = new Map<Locale, Promise<Translate>>();

/**
 * What the worker shows outside the panel (notifications, the toolbar button's title, the selection menu) speaks
 * the language the agent chose for the panel, not only the browser's. English fills any message a locale lacks.
 */
export function translatorFor(locale: Locale): Promise<Translate> {
  let t = translators.get(locale);
  if (!t) {
    t = Promise.all([loadMessages(locale), locale === 'en' ? {} : loadMessages('en')]).then(([messages, english]) =>
      makeTranslate(messages, english),
    );
    // A failed load is tried again next time rather than kept.
    t.catch(() => translators.delete(locale));
    translators.set(locale, t);
  }
  return t;
}
