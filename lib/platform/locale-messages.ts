import type { Locale } from '../brief/labels';
import { MessagesFile } from '../i18n/translate';

const DIR: Record<Locale, string> = { en: 'en', 'zh-CN': 'zh_CN' };

// browser.i18n only follows the browser's language; the agent picks theirs, so the extension page reads
// the same compiled messages (an extension-relative URL, never the network) for the chosen locale.
export async function loadMessages(locale: Locale): Promise<MessagesFile> {
  const res = await fetch(`/_locales/${DIR[locale]}/messages.json`);
  return MessagesFile.parse(await res.json());
}
