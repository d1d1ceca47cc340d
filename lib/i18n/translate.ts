import { z } from '../zod';

// The compiled messages.json of one locale (what @wxt-dev/i18n writes to _locales/<lang>/).
export const MessagesFile = z.record(z.string(), z.object({ message: z.string() }).loose());
export type MessagesFile = z.infer<typeof MessagesFile>;

export type Translate = (key: string, ...substitutions: (string | number)[]) => string;

// A message written in YAML with one form per count (keys 1 and n, or 0, 1 and n) is compiled by
// @wxt-dev/i18n into its forms joined by " | ". The count is the message's last substitution ("$1
// customers reported this in $2 days" follows $2); Chinese has no plural and writes one form.
function pluralForm(template: string, count: number): string {
  const forms = template.split(' | ');
  if (forms.length === 2) return forms[count === 1 ? 0 : 1] ?? template;
  if (forms.length === 3) return forms[count === 0 || count === 1 ? count : 2] ?? template;
  return template;
}

// Chrome's message syntax: $1..$9 are substitutions, $$ is a literal dollar sign.
export function makeTranslate(messages: MessagesFile, fallback: MessagesFile = {}): Translate {
  return (key, ...subs) => {
    const template = messages[key]?.message ?? fallback[key]?.message;
    if (template === undefined) return key;
    return pluralForm(template, Number(subs.at(-1))).replace(/\$(\$|[1-9])/g, (_, d: string) =>
      d === '$' ? '$' : String(subs[Number(d) - 1] ?? ''),
    );
  };
}
