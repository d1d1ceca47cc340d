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

/**
 * Says something in a language once its messages are read, unless a later call came meanwhile: a language read
 * late must not overwrite one chosen after it. Answers undefined for an overtaken call.
 */
export function inLatestLanguage(): <T>(locale: Locale, say: (t: Translate) => T) => Promise<T | undefined> {
  let latest = 0;
  return async (locale, say) => {
    const turn = ++latest;
    const t = await translatorFor(locale);
    return turn === latest ? say(t) : undefined;
  };
}
