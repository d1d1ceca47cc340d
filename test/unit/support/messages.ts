import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { makeTranslate, type Translate } from '../../../lib/i18n/translate';

// The locale files are the YAML @wxt-dev/i18n compiles; nested keys become key_subkey, and a message with a
// form per count (keys 1 and n) becomes its forms joined by " | ".
export function flatten(yaml: string): Map<string, string> {
  const out = new Map<string, string>();
  const stack: { indent: number; key: string }[] = [];
  for (const line of yaml.split('\n')) {
    const m = /^(\s*)([A-Za-z0-9_]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const indent = m[1]?.length ?? 0;
    while (stack.length && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    const key = [...stack.map((s) => s.key), m[2]].join('_');
    const value = m[3]?.replace(/^"(.*)"$/, '$1');
    const plural = /^(.+)_(\d+|n)$/.exec(key);
    if (value && plural?.[1]) {
      const forms = out.get(plural[1]);
      out.set(plural[1], forms === undefined ? value : `${forms} | ${value}`);
    } else if (value) out.set(key, value);
    else stack.push({ indent, key: m[2] ?? '' });
  }
  return out;
}

export const messagesOf = (file: string): Map<string, string> => flatten(readFileSync(file, 'utf8'));

export const translatorOf = (messages: Map<string, string>): Translate =>
  makeTranslate(Object.fromEntries([...messages].map(([k, message]) => [k, { message }])));

/** The panel's words in a language, as the panel shows them (Chinese falls back to English, as it does). */
export function panelTranslator(locale: 'en' | 'zh-CN'): Translate {
  const en = messagesOf('locales/en.yml');
  const own = locale === 'en' ? en : messagesOf('locales/zh_CN.yml');
  const toFile = (m: Map<string, string>) => Object.fromEntries([...m].map(([k, message]) => [k, { message }]));
  return makeTranslate(toFile(own), toFile(en));
}

/** What the extension serves at `/_locales/<dir>/messages.json`, as fetch answers it. */
export const servedMessages = (url: string): Response =>
  Response.json(
    Object.fromEntries(
      [...messagesOf(url.includes('zh_CN') ? 'locales/zh_CN.yml' : 'locales/en.yml')].map(([k, message]) => [
        k,
        { message },
      ]),
    ),
  );

/** The panel, options page and worker read the real locale files (undone by vi.unstubAllGlobals). */
export const serveLocaleMessages = (): void => {
  vi.stubGlobal('fetch', async (url: string) => servedMessages(url));
};
