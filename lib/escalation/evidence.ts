import type { TicketMessage } from './model';

// The message a customer quotes from the screen: "Signature validation failed: key not found",
// “Something went wrong”, 「导出失败」. A quote that names a button or page ("Export") is none, nor a quoted
// phrase of prose (the "error screen"): the quote starts with a capital or holds a colon.
const FAILURE_WORDS = [
  'failed',
  'failure',
  'invalid',
  'denied',
  'not found',
  'unable to',
  'cannot',
  "can't",
  'could not',
  "couldn't",
  'refused',
  'expired',
  'error',
  'exception',
  'went wrong',
  'unexpected',
  'not allowed',
  'unauthorized',
  'unauthorised',
  'forbidden',
];
const capitalOrNot = (w: string) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`;
const QUOTED = '[^"”»`」\\n]';
const QUOTED_FAILURE = new RegExp(
  String.raw`["“«\x60「](?=${QUOTED}{0,300}["”»\x60」])(?=[A-Z\p{Lo}]|${QUOTED}{0,300}:)${QUOTED}{0,300}?(?:\b(?:${FAILURE_WORDS.map(capitalOrNot).join('|')})\b|失败|错误|异常|无法)`,
  'u',
);

// Lines a receiving engineer would grep for: status codes, exception names, stack frames, error and
// request identifiers, log lines at an error level. Kept verbatim ("exact error text") but bounded.
const ERROR_LINE: readonly RegExp[] = [
  /\b(?:HTTP|status|error|code)\b[^\n]{0,20}\b[45]\d\d\b/i,
  /\b[45]\d\d\s+(?:Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i,
  /\b[A-Z][A-Za-z0-9]*(?:Exception|Error)\b/,
  /^\s*at\s+\S+.*[(:]\S*:\d+(?::\d+)?\)?\s*$/,
  /^\s*File\s+"[^"]+",\s+line\s+\d+/,
  /\b(?:error|err|request|req|trace|correlation|incident)[_ -]?(?:id|code)\b\s*[:=#]\s*\S+/i,
  /\b(?:E|ERR)[-_]?\d{3,}\b/,
  // "timeout" and "timed out" are what software writes; "lookups time out since the release" is prose.
  /\b(?:timed ?out|time-?out|ECONNRESET|ECONNREFUSED|ETIMEDOUT|segfault|segmentation fault|core dumped|panic:)/i,
  QUOTED_FAILURE,
  // A logger writes its level in capitals, first or after the time or "[", and then ":", "]", "|" or the
  // logger's name, dotted or a class's ("SamlResponseValidator:", "ExportWorker -"); "This is CRITICAL for
  // our launch", "URGENT - SEVERE impact" or "ERROR handling is poor" is prose.
  /(?:^|\d:\d\d(?:[.,]\d+)?(?:\s?(?:Z|UTC|[+-]\d\d:?\d\d))?\]?\s+|\[\s*)(?:ERROR|FATAL|CRITICAL|SEVERE)(?:\s*[:\]|]|\s+(?:\[|\d{4}-\d\d-\d\d|[\w$]+(?:[.:][\w$]+)+|[A-Z]\w*[a-z\d][A-Z]\w*(?::|\s[-–]\s)))/,
  // Structured logs: logfmt's level=error, JSON's "level":"error" (or "severity", as Google Cloud writes it).
  /(?:^|\s)(?:level|lvl)=["']?(?:error|err|fatal|crit(?:ical)?|panic|alert|emerg)\b/i,
  /"(?:level|lvl|severity)"\s*:\s*"(?:error|err|fatal|crit(?:ical)?|panic|alert|emerg(?:ency)?)"/i,
  // Databases: Oracle's ORA-00942, an SQLSTATE, the MySQL client's "ERROR 1045 (28000):".
  /\b(?:ORA|PLS|TNS)-\d{5}\b/,
  /\bSQLSTATE\s*[[(=:]?\s*[0-9A-Z]{5}\b/,
  /^ERROR\s+\d{4,5}\s+\([0-9A-Z]{5}\)/,
  // Chrome's net::ERR_CERT_AUTHORITY_INVALID, Node's ERR_SSL_WRONG_VERSION_NUMBER, npm's "npm ERR!".
  /\b(?:net::)?ERR_[A-Z][A-Z\d_]{2,}\b/,
  /^npm (?:ERR!|error)\s/,
];

// Python's "Traceback (most recent call last):" and Android's "FATAL EXCEPTION: main" (at a line's start or
// after logcat's tag or level) open a crash. The line naming the exception is the one to quote, whatever the
// name: "StopIteration", "Exception: boom", "psycopg2.errors.UniqueViolation: …", "com.acme.CartMissing". A
// name alone is taken dotted or as Python's bare exits, so a cut-off traceback's sign-off ("NorthWind") and
// Android's "Process: com.acme, PID: 1234" are none.
const CRASH = /^Traceback \(most recent call last\):$|(?:^|: |\sE\s+)FATAL EXCEPTION: /;
const RAISED =
  /^(?:(?:[\w$]+\.)+[A-Z][\w$]*(?::\s.*)?|(?:(?=[A-Z]\w*?[a-z\d][A-Z])\w+|Exception|Error):\s.*|\w+(?:Interrupt|Iteration|Exit))$/;
// adb logcat writes its tag before every line of a crash: "E/AndroidRuntime( 1234): 	at com.acme…".
const LOGCAT = /^.*?\bAndroidRuntime(?:\(\s*\d+\))?:\s*/;

export const MAX_EVIDENCE_LINES = 20;
const MAX_LINE = 300;

export function findErrorLines(messages: readonly TicketMessage[] | undefined): string[] {
  const found: string[] = [];
  for (const m of messages ?? []) {
    // Where the open crash's exception line goes: first, as Java prints it, so Python's frames above it
    // neither bury it nor push it past the cap.
    let crash = -1;
    for (const raw of m.text.split('\n')) {
      // A page's quote (a forum post quoting the error) is read without its "> ".
      const line = raw.trim().replace(/^(?:>\s*)+/, '');
      const bare = line.replace(LOGCAT, '');
      if (CRASH.test(line)) crash = found.length;
      else if (!line) crash = -1;
      const raised = crash >= 0 && RAISED.test(bare);
      if (line.length < 4 || !(raised || ERROR_LINE.some((re) => re.test(bare)))) continue;
      const kept = line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line;
      if (!found.includes(kept) && (raised || found.length < MAX_EVIDENCE_LINES)) {
        found.splice(raised ? crash : found.length, 0, kept);
      }
      if (raised) crash = -1;
      if (found.length >= MAX_EVIDENCE_LINES && crash < 0) return found.slice(0, MAX_EVIDENCE_LINES);
    }
  }
  return found.slice(0, MAX_EVIDENCE_LINES);
}
