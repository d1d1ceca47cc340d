import { z } from '../zod';

// The compiled messages.json of one locale (what @wxt-dev/i18n writes to _locales/<lang>/).
export const MessagesFile = z.record(z.string(), z.object({ message: z.string() }).loose());
export type MessagesFile = z.infer<typeof MessagesFile>;

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

// Chrome's message syntax: $1..$9 are substitutions, $$ is a literal dollar sign.
export function makeTranslate(messages: MessagesFile, fallback: MessagesFile = {}): Translate {
  return (key, ...subs) => {
    const template = messages[key]?.message ?? fallback[key]?.message;
    if (template === undefined) return key;
    return template.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
  };
}
