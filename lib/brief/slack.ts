import type { Block, BriefDocument, Field } from './document';

const ZWSP = '\u200b';
const SOFT_HYPHEN = '\u00ad';

// Slack has no escape for its formatting characters, and a zero-width space does not help: Slack reads
// it as a word boundary, so it can switch formatting on rather than off (jsx-slack's "exact mode" relies
// on that). What is robust whether the brief is posted through the API or pasted into the composer is
// replacing them with look-alike characters that are not mrkdwn syntax, as jsx-slack's <Escape> does:
// https://github.com/yhatt/jsx-slack/blob/main/docs/about-escape-and-exact-mode.md
// &, < and > then become &amp; &lt; &gt;, as Slack asks in "Formatting text for app surfaces — Escaping
// text" (https://api.slack.com/reference/surfaces/formatting#escaping), so no <@U…>, <!channel> or <url|…>
// in ticket text is parsed. A line that starts with > is still a quote even once escaped, so it gets a
// soft hyphen first (jsx-slack's fix too).
const LOOKALIKES: Record<string, string> = {
  '*': '\u2217', // ∗ asterisk operator
  _: '\u02cd', // ˍ modifier letter low macron
  '`': '\u02cb', // ˋ modifier letter grave accent
  '~': '\u223c', // ∼ tilde operator
  '＊': '\ufe61', // ﹡ small asterisk
  '＿': '\u2e0f', // ⸏ paragraphos
  '｀': '\u02cb',
};

const entities = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// "@here", "@channel" or "@name" typed as plain text can notify people once pasted into the composer;
// a zero-width space after the @ keeps it readable but no longer a mention. E-mail addresses are left alone.
const noMentions = (s: string) => s.replace(/(?<![\p{L}\p{N}])@(?=[\p{L}\p{N}_])/gu, `@${ZWSP}`);

// URLs are kept as they are (bar the three entities) so Slack still links them; they stop at any
// character that is formatting or link syntax.
const URL = /(https?:\/\/[^\s<>"'*`~|]*[^\s<>"'*`~|.,;:!?)\]])/;

export function slackEscape(s: string): string {
  const text = s
    .split(URL)
    .map((part, i) =>
      i % 2 ? entities(part) : entities(noMentions(part).replace(/[*_`~＊＿｀]/g, (c) => LOOKALIKES[c] ?? c)),
    )
    .join('');
  return text.replace(/^([ \t]*)(&gt;|＞)/gm, `$1${SOFT_HYPHEN}$2`);
}

const inline = (s: string) => slackEscape(s.replace(/\s*\n\s*/g, ' '));

// Inside ``` only the entities and a run of backticks matter: a zero-width space between backticks
// keeps ``` in a log from closing the block early, and the log otherwise stays exact.
function code(text: string): string {
  return entities(noMentions(text)).replace(/`(?=`)/g, `\`${ZWSP}`);
}

const field = (f: Field) => `*${slackEscape(f.label)}:* ${inline(f.value)}`;

function block(b: Block): string {
  switch (b.kind) {
    case 'fields':
      return b.items.map((f) => `• ${field(f)}`).join('\n');
    case 'lines':
      return b.items.map((f) => `${slackEscape(f.label)}: ${inline(f.value)}`).join('\n');
    case 'paragraph':
      return slackEscape(b.text);
    case 'ordered':
      return b.items.map((item, i) => `${i + 1}. ${inline(item)}`).join('\n');
    case 'bullets':
      return b.items.map((item) => `• ${inline(item)}`).join('\n');
    case 'code': {
      const note = b.note ? `\n_${slackEscape(b.note)}_` : '';
      return `*${slackEscape(b.label)}:*\n\`\`\`\n${code(b.text)}\n\`\`\`${note}`;
    }
  }
}

// Slack mrkdwn has no headings: the title and the section headings are bold lines.
export function toSlack(doc: BriefDocument): string {
  const out = [`*${slackEscape(doc.title.label)}: ${inline(doc.title.value)}*`, doc.meta.map(field).join('\n')];
  for (const s of doc.sections) out.push(`*${slackEscape(s.heading)}*\n${s.blocks.map(block).join('\n\n')}`);
  return `${out.join('\n\n')}\n`;
}
