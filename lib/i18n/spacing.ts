import type { Locale } from '../brief/labels';

/**
 * A name put into a sentence right after the language's words ("Copied as $1.", "已复制为$1。"). Chinese
 * sets a Latin name off with a space ("已复制为 Markdown。") and runs a Chinese one on ("已复制为纯文本。");
 * English messages have their own space.
 */
export const nameAfterWords = (name: string, locale: Locale): string =>
  locale === 'zh-CN' && /^[A-Za-z0-9]/.test(name) ? ` ${name}` : name;
