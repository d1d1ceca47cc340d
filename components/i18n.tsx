import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { BRIEF_LABELS, type BriefLabels, type Locale } from '../lib/brief/labels';
import { type MessagesFile, makeTranslate, type Translate } from '../lib/i18n/translate';
import { loadMessages } from '../lib/platform/locale-messages';

interface I18n {
  t: Translate;
  locale: Locale;
  // Field labels that are also brief headings come from the brief's own labels, so the two match.
  L: BriefLabels;
}

const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en', L: BRIEF_LABELS.en });

const cache = new Map<Locale, Promise<MessagesFile>>();
function messagesFor(locale: Locale): Promise<MessagesFile> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = loadMessages(locale).catch(() => ({}));
    cache.set(locale, pending);
  }
  return pending;
}

export function preloadMessages(locale: Locale): void {
  void messagesFor(locale);
  void messagesFor('en');
}

/** The page's words in the agent's language; the page's title (a message key) and language follow it. */
export function I18nProvider({
  locale,
  title = 'extName',
  children,
}: {
  locale: Locale;
  title?: string;
  children: ReactNode;
}) {
  const [value, setValue] = useState<I18n | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void Promise.all([messagesFor(locale), messagesFor('en')]).then(([messages, en]) => {
      if (live) setValue({ t: makeTranslate(messages, en), locale, L: BRIEF_LABELS[locale] });
    });
    return () => {
      live = false;
    };
  }, [locale]);
  // The window's title, the tab and screen readers take these from the document, not from the element below.
  useEffect(() => {
    if (!value) return;
    document.documentElement.lang = value.locale;
    document.title = value.t(title);
  }, [value, title]);
  if (!value) return null;
  return (
    <I18nContext.Provider value={value}>
      <div lang={locale}>{children}</div>
    </I18nContext.Provider>
  );
}

export const useI18n = (): I18n => useContext(I18nContext);

/** Messages in another language than the panel's (what is copied for a brief's readers); the panel's until loaded. */
export function useTranslator(locale: Locale): Translate {
  const { t, locale: panel } = useI18n();
  const [loaded, setLoaded] = useState<{ locale: Locale; t: Translate } | undefined>(undefined);
  useEffect(() => {
    if (locale === panel) return;
    let live = true;
    void Promise.all([messagesFor(locale), messagesFor('en')]).then(([messages, en]) => {
      if (live) setLoaded({ locale, t: makeTranslate(messages, en) });
    });
    return () => {
      live = false;
    };
  }, [locale, panel]);
  return locale !== panel && loaded?.locale === locale ? loaded.t : t;
}
