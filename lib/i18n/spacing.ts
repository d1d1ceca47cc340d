import type { Locale } from '../brief/labels';

/**
 * A name put into a sentence right after the language's words ("Copied as $1.", "已复制为$1。"). Chinese
 * sets a Latin name off with a space ("已复制为 Markdown。") and runs a Chinese one on ("已复制为纯文本。");
 * English messages have their own space.
 */
export const nameAfterWords = (name: string, locale: Locale): string =>
  locale === 'zh-CN' && /^[A-Za-z0-9]/.test(name) ? ` ${name}` : name;

/**
 * A name put into a sentence right before the language's words ("What $1 needs", "$1需要的内容"). Chinese sets
 * a Latin name off with a space ("Dana Whitfield 您好", "L2 支持需要的内容" runs on: it ends in Chinese) and runs
 * a Chinese one on ("工程需要的内容", "王先生您好"); English messages have their own space.
 */
export const nameBeforeWords = (name: string, locale: Locale): string =>
  locale === 'zh-CN' && /[\p{Script=Latin}\d]$/u.test(name) ? `${name} ` : name;

// Chinese and Japanese run on without spaces, and a full-width mark carries its own space: lines run together
// with none where such text meets such text ("结算。第 1 条消息。") or at a full-width mark, and with one between
// Latin words and where Latin meets Han ("在 Export"), as such text itself writes "第 10,000 行". Only the ends
// are read, so a long text joined a line at a time is read once.
const ENDS_MARK = /[\u3000-\u303f\uff01-\uff60]["')\]”’]*$/u;
const ENDS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]["')\]”’]*$/u;
const STARTS_MARK = /^[\u3000-\u303f\uff01-\uff60]/u;
const STARTS_CJK = /^["'([“‘]*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Two lines of text run together as one, with a space between them or none, as their languages write. */
export function runOn(before: string, line: string): string {
  const end = before.slice(-16);
  const start = line.slice(0, 16);
  const tight = ENDS_MARK.test(end) || STARTS_MARK.test(start) || (ENDS_CJK.test(end) && STARTS_CJK.test(start));
  return `${before}${tight ? '' : ' '}${line}`;
}

/** Text of several lines on one, each line break run on as its languages write. */
export const onOneLine = (text: string): string => text.split(/\s*\n\s*/).reduce(runOn);
