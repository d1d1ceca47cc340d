import { BRIEF_LABELS, type Locale } from '../brief/labels';
import { cleanOutgoing } from '../brief/outgoing';
import type { RedactOptions } from '../redaction-options';
import type { Assessment } from './assess';
import type { Escalation } from './model';
import { triedLines } from './tried';

// When triage says "handle in support", the agent leaves an internal note on the ticket instead of a
// brief, so the next person sees why it was not escalated. Masked as the brief is: it quotes the ticket.
export function handleNote(
  draft: Escalation,
  assessment: Pick<Assessment, 'tipped' | 'handleReasons'>,
  locale: Locale,
  redaction: RedactOptions,
): string {
  const zh = locale === 'zh-CN';
  const { labelled } = BRIEF_LABELS[locale];
  const lines = [zh ? '在支持层级处理（未升级）' : 'Handled in support (not escalated)'];
  if (draft.summary.trim()) lines.push(labelled(zh ? '问题' : 'Issue', draft.summary.trim()));
  lines.push(labelled(zh ? '原因' : 'Why', assessment.tipped[locale]));
  for (const r of assessment.handleReasons) lines.push(`- ${r.text[locale]}`);
  const tried = triedLines(draft.tried, ' → ');
  if (tried.length) {
    lines.push(zh ? '已尝试：' : 'Tried:');
    for (const t of tried) lines.push(`- ${t}`);
  }
  lines.push(
    zh
      ? '如果问题再次出现、影响更多客户或涉及数据/安全，请重新评估是否升级。'
      : 'Re-assess for escalation if it recurs, spreads to more customers, or touches data or security.',
  );
  return cleanOutgoing(`${lines.join('\n')}\n`, redaction);
}
