// What the customer was last told, from the agent's last reply: replies open with a greeting ("Hi Dana,")
// and often a courtesy ("Thanks for your patience."), so the first line says nothing of what was promised.
// The first sentences after them do. Pure.

const LAST_UPDATE_CHARS = 280;

// A line that is only a greeting, in the ways replies open in English and Chinese.
const GREETING =
  /^(?:(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hallo|bonjour|hola|olá|ciao)\b[^.!?\n]{0,60}[,!.:]?|(?:[^\s，,]{1,12}[，,]?)?(?:您好|你好|亲爱的[^，,！!]{0,12})[，,！!：:]?)$/i;

// Where the reply signs off: what follows is the agent's name and signature.
const SIGN_OFF =
  /^(?:best|thanks|thank you|many thanks|regards|kind regards|best regards|warm regards|cheers|sincerely|talk soon|祝好|此致|谢谢|顺祝商祺)[,!.，！。]?$/i;

// An opening courtesy that promises nothing: "Thanks for your patience." or "感谢您的耐心等待。".
const THANKS =
  '(?:many )?thanks?(?: you)?(?: so much| again)? for (?:(?:your|the) (?:patience|message|email|reply|update|follow[- ]up|details|info(?:rmation)?|reaching out)|waiting|reaching out|getting back(?: to us)?)';
const HOPE = "(?:i )?hope (?:you(?:'re| are)|this (?:email )?finds you) (?:well|doing well)(?: today)?";
const SORRY = 'sorry for (?:the|our) (?:delay|late reply|slow reply|wait)';
const COURTESY_EN = new RegExp(`^(?:${THANKS}|${HOPE}|${SORRY})[^.!?\\n]{0,40}[.!]?$`, 'i');
const COURTESY_ZH = /^(?:感谢|谢谢)(?:您|你)?的?(?:耐心等待|耐心|等待|来信|反馈|联系我们)[^。！!]{0,10}[。！!]?$/;
const isCourtesy = (text: string) => COURTESY_EN.test(text) || COURTESY_ZH.test(text);

const SENTENCE = /[^.!?。！？]+(?:[.!?。！？]+["')\]”’」]*|$)/g;
// Chinese runs on without spaces between lines and sentences.
const glue = (a: string, b: string) =>
  a && b ? `${a}${/[\u3000-\u9fff\uff00-\uffef]$/.test(a) ? '' : ' '}${b}` : a || b;

/** The first sentences of the agent's last reply after its greeting, up to about two lines' worth. */
export function lastUpdateText(reply: string): string {
  const all = reply
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const end = all.findIndex((l, i) => i > 0 && SIGN_OFF.test(l));
  const lines = end > 0 ? all.slice(0, end) : all;
  let start = 0;
  while (start < lines.length - 1 && (GREETING.test(lines[start] ?? '') || isCourtesy(lines[start] ?? ''))) start++;
  const flat = lines.slice(start).reduce(glue, '');
  if (!flat) return '';
  const sentences = (flat.match(SENTENCE) ?? [flat]).map((s) => s.trim()).filter(Boolean);
  while (sentences.length > 1 && isCourtesy(sentences[0] ?? '')) sentences.shift();
  let out = '';
  for (const s of sentences) {
    const next = glue(out, s);
    if (next.length > LAST_UPDATE_CHARS) break;
    out = next;
    if (out.length >= LAST_UPDATE_CHARS / 2) break;
  }
  return out || `${flat.slice(0, LAST_UPDATE_CHARS - 1).trimEnd()}…`;
}
