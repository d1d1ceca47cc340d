// What the writer of a message wrote, as against what their mail client added below it: an earlier reply
// quoted under a reply header, an Outlook header block, a signature. An escalation quotes the customer;
// an agent's old question under "On … wrote:" is not the customer's error report.

// Mail clients put the time or the sender's address in a reply header; "My colleague wrote:" or
// "在11月17日的邮件里他写道：" in a sentence has neither.
const STAMPED = /\d{1,2}:\d{2}|@/;
const HEADER_CHARS = 400;

// "On <date>, <name> wrote:" in the languages mail clients most often write it in.
const REPLY_HEADER: readonly RegExp[] = [
  /^On\s.+\swrote\s?:$/i,
  /^Am\s.+\sschrieb\s.+:$/i,
  /^Le\s.+\sa\s+écrit\s?:$/i,
  /^El\s.+\sescribió\s?:$/i,
  /^Em\s.+\sescreveu\s?:$/i,
  /^Il\s.+\sha\s+scritto\s?:$/i,
  /^Op\s.+\sschreef\s.+:$/i,
  // "在 2026年11月17日 09:00，Sam <…> 写道：", Gmail's "Sam <…> 于2026年11月17日周一 09:00写道：", Apple Mail's
  // "2026年11月17日 09:00，Sam <…> 写道：".
  /^(?:在|\d{4}\s?年|.+[于於]\s?\d).+[写寫]道\s?[:：]$/,
];

const ORIGINAL_MESSAGE =
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|Messaggio originale|Oorspronkelijk bericht|原始邮件|原始郵件)\s*-{2,}$/i;

// Outlook quotes the message it answers under a block of "From:" with the sender's address, "Sent:" (or
// "Date:") and "To:" or "Subject:", each in the mailbox's language. A report filter written as "From:
// 2026-11-01 / To: 2026-11-30 / Date: order date" has no address.
const FROM = /^(?:From|De|Von|Da|Van|发件人|寄件者)\s?[:：][^@<]*(?:@|<[^<>]+>)/i;
const SENT =
  /(?:^|\s)(?:Sent|Date|Envoyé|Gesendet|Enviado|Enviada|Fecha|Inviato|Verzonden|发送时间|发送日期|日期|寄件日期|傳送時間)\s?[:：]/i;
const TO_OR_SUBJECT =
  /(?:^|\s)(?:To|Subject|À|Objet|An|Betreff|Para|Asunto|Assunto|A|Oggetto|Aan|Onderwerp|收件人|主题|主題|主旨)\s?[:：]/i;
const HEADER_LINES = 5;

// A forwarded message is what the customer sends as their evidence (an alert, a vendor's mail): its
// marker and the header block under it are kept, unlike a reply's.
const FORWARDED =
  /^-*\s*(?:Forwarded message|Begin forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Mensagem encaminhada|Messaggio inoltrato|Doorgestuurd bericht|转发的邮件|轉寄的郵件)\s*(?:[:：]\s*)?-*$/i;

// "> " starts a quoted line; ">10k rows" is the customer's own.
const QUOTED = /^>(?:[\s>]|$)/;
const SIGNATURE = '--';
const RULE = /^[-_=*\s]*$/;

// Every header ends in a colon: testing that first keeps a long thread's prose away from the patterns.
const isReplyHeader = (line: string) =>
  /[:：]$/.test(line) && line.length <= HEADER_CHARS && STAMPED.test(line) && REPLY_HEADER.some((re) => re.test(line));

/** How many lines (1 or 2: clients wrap a long header) the reply header at `i` takes, 0 when there is none. */
function replyHeaderAt(lines: readonly string[], i: number): number {
  const [line = '', next] = lines.slice(i, i + 2);
  if (isReplyHeader(line)) return 1;
  return next !== undefined && !isReplyHeader(next) && isReplyHeader(`${line} ${next}`) ? 2 : 0;
}

function outlookHeaderAt(lines: readonly string[], i: number): boolean {
  const block = lines.slice(i, i + HEADER_LINES);
  const [line = ''] = block;
  return (
    FROM.test(line) &&
    block.slice(0, 3).some((l) => SENT.test(l)) &&
    block.some((l) => TO_OR_SUBJECT.test(l)) &&
    !FORWARDED.test(previousLine(lines, i))
  );
}

function previousLine(lines: readonly string[], before: number): string {
  return lines.slice(0, before).findLast((l) => l !== '') ?? '';
}

function nextLine(lines: readonly string[], from: number): string {
  return lines.slice(from).find((l) => l !== '') ?? '';
}

/**
 * The message's own part: the lines above a reply header, an "-----Original Message-----" line, an Outlook
 * header block or the "-- " signature delimiter, without lines quoted with ">". A message that is nothing
 * but a quote keeps its text, quote marks removed, rather than becoming empty.
 */
export const ownWords = (text: string): string => ownPart(text, true);

/**
 * Where a message's evidence is looked for: the message without what it quotes under a reply header or
 * with ">", so a "--" line in a pasted log or below a signature cuts nothing.
 */
export const withoutReplies = (text: string): string => ownPart(text, false);

function ownPart(text: string, signatureEnds: boolean): string {
  const raw = text.split(/\r\n?|\n/);
  const lines = raw.map((l) => l.trim());
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (QUOTED.test(line)) continue;
    if ((signatureEnds && line === SIGNATURE) || ORIGINAL_MESSAGE.test(line) || outlookHeaderAt(lines, i)) break;
    const header = replyHeaderAt(lines, i);
    if (header) {
      // An answer written between the quoted lines follows a header over ">" lines: only the header goes.
      if (!QUOTED.test(nextLine(lines, i + header))) break;
      i += header - 1;
      continue;
    }
    kept.push(raw[i] ?? '');
  }
  // What separated the own part from an Outlook header ("____") is no part of it.
  kept.splice(kept.findLastIndex((l) => !RULE.test(l)) + 1);
  const own = kept.join('\n').trim();
  return (
    own ||
    raw
      .map((l) => l.replace(/^\s*(?:>\s?)+/, ''))
      .join('\n')
      .trim()
  );
}
