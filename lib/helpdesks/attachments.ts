import { oneLine } from './dom-text';
import { arr, type Json, obj, str } from './json';

// A message sent as files only (a screenshot, a log, no words) is still a message: its text names the
// files, so the thread keeps it and the ticket's opening message stays the first one.
export function withAttachments(text: string, names: readonly (string | undefined)[]): string {
  const files = [...new Set(names.map((n) => oneLine(n)).filter((n): n is string => !!n))];
  return [text, ...files.map((name) => `[attachment: ${name}]`)].filter(Boolean).join('\n');
}

const ATTACHMENT_LINE = /^\[attachment: [^\]\n]*\]$/;

/** Whether a message says anything besides naming its files. */
export const hasWords = (text: string): boolean =>
  text.split('\n').some((line) => line.trim() !== '' && !ATTACHMENT_LINE.test(line.trim()));

// The file names of an API's attachment list ([{ file_name: "invoice.pdf" }, …]).
export const namesIn = (list: Json, key: string): (string | undefined)[] => arr(list).map((a) => str(obj(a)?.[key]));

const LIST = '[data-test-id*="attachment"],[data-testid*="attachment"],[class*="attachment"],[class*="Attachment"]';

// The files listed with a thread item beside its body (inside the body they are already in its text): the
// innermost attachment element named, by its links' download names or texts, else by its own text.
export function attachmentNames(item: Element, body: Element | null | undefined): string[] {
  const lists = [...item.querySelectorAll(LIST)].filter((el) => !body?.contains(el) && !el.contains(body ?? null));
  const names: string[] = [];
  for (const list of lists) {
    if (lists.some((other) => other !== list && list.contains(other))) continue;
    const links = [...list.querySelectorAll('a')];
    for (const el of links.length ? links : [list]) {
      const name = oneLine(el.getAttribute('download')) ?? oneLine(el.textContent) ?? oneLine(el.getAttribute('title'));
      if (name) names.push(name);
    }
  }
  return names;
}
