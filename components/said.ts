import { useI18n } from './i18n';

/**
 * A message kept as its key and arguments, translated when shown: saving or importing may change the page's
 * language, and what the page said then is in the new one. A list argument is messages said one after the other.
 */
export interface Said {
  key: string;
  args: readonly (string | number | readonly Said[])[];
}

export const said = (key: string, ...args: Said['args']): Said => ({ key, args });

/** What a kept message says in the page's language now. */
export function useSaidText(): (said: Said) => string {
  const { t, L } = useI18n();
  const text = (s: Said): string =>
    t(s.key, ...s.args.map((a) => (typeof a === 'object' ? a.map(text).join(L.punct.gap) : a)));
  return text;
}
