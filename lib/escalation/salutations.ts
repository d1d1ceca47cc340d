// How letters open and close: greetings ("Hi Dana,", "您好，"), sign-offs ("Best regards,", "谢谢！") and the
// name or signature under them. Neither tells what the writer reports or promises. Pure.

// A line that is only a greeting, in the ways replies open in English and Chinese.
export const GREETING_LINE =
  /^(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hallo|bonjour|hola|olá|ciao)\b[^.!?\n]{0,60}[,!.:]?|\p{Lu}[\p{L}'’-]{0,20}(?: \p{Lu}[\p{L}'’-]{0,20})?,|尊敬的[^，,：:！!]{1,16}[：:，,！!]?|(?:[^\s，,]{1,12}[，,]?)?(?:您好|你好|亲爱的[^，,！!]{0,12})[，,！!：:]?)$/iu;
// A greeting that opens a line going on with the news: "Hi Dana, I've escalated this…", "王先生，您好！问题…".
export const GREETING_START =
  /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,!.?\n]{0,40}[,!]\s+|(?:尊敬的)?[^\s，,：:！!]{0,12}[，,]?(?:您好|你好)[，,！!：:]\s*)/i;

// The sentence a greeting opened ("Hi Pat, we have…") starts with a capital once the greeting is gone; a
// word capitalised inside ("iOS", "eBay") is written as its maker writes it.
export const capitalised = (text: string) => text.replace(/^\p{Ll}(?!\S*\p{Lu})/u, (c) => c.toUpperCase());

// Where a letter signs off ("Best,", "Best regards, Sam", "Thanks in advance,", "祝好"): only a short block
// may follow it.
export const SIGN_OFF =
  /^(?:best|thanks|thank you|many thanks|regards|kind regards|best regards|warm regards|cheers|sincerely|talk soon|祝好|此致|谢谢|顺祝商祺)(?: in advance)?(?: for (?:your|all your|the) (?:help|support|time))?(?:[,!.，！。]|[,，]\s*[^\s,，].{0,40})?$/i;
// A signature block: at most this many lines.
export const SIGNATURE_LINES = 4;

export const ENDS_SENTENCE = /[.!?。！？:：]["')\]”’」]*$/;
const SHORT_LINE_WORDS = 6;
const HAS_CJK = /[\u3000-\u9fff]/;
const SIGNATURE_CJK_CHARS = 6;
const LIST_ITEM = /^(?:[-*•]|\d+[.)])\s/;
// A name, title or address line: short, no sentence, no list item.
export const isSignatureLine = (line: string) =>
  !ENDS_SENTENCE.test(line) &&
  !LIST_ITEM.test(line) &&
  line.split(/\s+/).length <= SHORT_LINE_WORDS &&
  (!HAS_CJK.test(line) || line.length <= SIGNATURE_CJK_CHARS);
// A name alone under the last sentence: "Sam", "Sam Rivera".
export const NAME_LINE = /^\p{Lu}[\p{L}'’.-]{0,20}(?: \p{Lu}[\p{L}'’.-]{0,20}){0,2}$/u;

// "Thanks, we need this by Friday." closes with a request, not a name.
const signsOff = (line: string) => SIGN_OFF.test(line) && !(/[,，]\s*\S/.test(line) && ENDS_SENTENCE.test(line));
// A name, maybe with a title and a company after it: "Dana", "Dana Whitfield, IT lead, Northwind Traders".
const signedName = (line: string) =>
  isSignatureLine(line) && NAME_LINE.test(line.split(/\s*[,，|]\s*|\s[-–—]\s/)[0] ?? '');

// "Hello support," or "您好！", but not "Hello, I have a problem with the export": that is news.
function greetingOnly(line: string): boolean {
  const clause = GREETING_START.exec(line)?.[0] ?? '';
  return GREETING_LINE.test(line) && (!clause || clause.length === line.length);
}

/** Where the signature under the last sentence starts, when one does without a sign-off. */
function signatureAt(lines: readonly string[], after: number): number {
  for (let i = Math.max(after + 1, lines.length - SIGNATURE_LINES); i < lines.length; i++) {
    const before = lines[i - 1] ?? '';
    if (
      (before === '' || ENDS_SENTENCE.test(before)) &&
      signedName(lines[i] ?? '') &&
      lines.slice(i).every(isSignatureLine)
    ) {
      return i;
    }
  }
  return -1;
}

/**
 * A message without the greeting that opens it ("Hi team,", "Dear Acme support,", "您好，") and the sign-off and
 * name that close it ("Thanks, Dana", "Best regards," over a name and title, "谢谢！"). The sentence a greeting
 * opened starts with a capital; a message that is nothing but a greeting or a sign-off is kept.
 */
export function withoutSalutations(text: string): string {
  const raw = text.trim().split('\n');
  const lines = raw.map((l) => l.trim());
  let start = 0;
  while (start < lines.length - 1 && (lines[start] === '' || greetingOnly(lines[start] ?? ''))) start++;
  const opening = lines[start] ?? '';
  const rest = opening.replace(GREETING_START, '');
  if (rest && rest !== opening) raw[start] = capitalised(rest);
  const signOff = lines.findIndex(
    (l, i) =>
      i > start &&
      lines.length - i - 1 <= SIGNATURE_LINES &&
      signsOff(l) &&
      lines.slice(i + 1).every((s) => !s || isSignatureLine(s)),
  );
  const end = signOff > start ? signOff : signatureAt(lines, start);
  return raw
    .slice(start, end > start ? end : undefined)
    .join('\n')
    .trim();
}
