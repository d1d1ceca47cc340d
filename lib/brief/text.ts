import type { Block, BriefDocument } from './document';

// Control characters from a ticket could reorder or hide text in whatever receives the paste.
export function plain(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

const inline = (s: string) => plain(s.replace(/\s*\n\s*/g, ' '));

// "Reproduction Steps (for bugs)" -> "REPRODUCTION STEPS (for bugs)", as the skill writes it.
const heading = (h: string) => h.replace(/^[^(]*/, (head) => head.toUpperCase());

function block(b: Block): string {
  switch (b.kind) {
    case 'fields':
      return b.items.map((f) => `- ${f.label}: ${inline(f.value)}`).join('\n');
    case 'lines':
      return b.items.map((f) => `${f.label}: ${inline(f.value)}`).join('\n');
    case 'paragraph':
      return plain(b.text);
    case 'ordered':
      return b.items.map((item, i) => `${i + 1}. ${inline(item)}`).join('\n');
    case 'bullets':
      return b.items.map((item) => `- ${inline(item)}`).join('\n');
    case 'code':
      return `- ${b.label}:\n${plain(b.text)}${b.note ? `\n${b.note}` : ''}`;
  }
}

export function toText(doc: BriefDocument): string {
  const head = [
    `${doc.title.label}: ${inline(doc.title.value)}`,
    ...doc.meta.map((f) => `${f.label}: ${inline(f.value)}`),
  ];
  const out = [head.join('\n')];
  for (const s of doc.sections) out.push(`${heading(s.heading)}\n${s.blocks.map(block).join('\n')}`);
  return `${out.join('\n\n')}\n`;
}
