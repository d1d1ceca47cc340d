import type { SignalId } from './criteria';
import type { Escalation, SignalAnswer, TicketContext } from './model';

interface Rule {
  id: SignalId;
  /** A tag's words, split at "_", "-", ":", "/", "." and spaces, lower-cased. */
  tag: (words: readonly string[]) => boolean;
  text: RegExp;
}

const any =
  (...set: string[]) =>
  (words: readonly string[]) =>
    words.some((w) => set.includes(w));

// Words a ticket uses when one of the method's criteria applies. A hit only prefills the checkbox,
// with the words that matched as evidence; the agent confirms or overrides it. Tags match as whole words
// ("csv_download" is not "down", "security_settings" is no security report, "sla_breach" no data breach),
// and a word that is ordinary support vocabulary ("press Save", "memory leak", "came back empty", "the
// security settings") only counts in the phrases that make it a criterion.
const RULES: readonly Rule[] = [
  {
    id: 'security',
    tag: (w) =>
      any('vuln', 'vulnerability', 'cve', 'pentest', 'xss', 'csrf', 'exploit', 'phishing')(w) ||
      (w.includes('breach') && !w.includes('sla')) ||
      (w[0] === 'security' && (w.length === 1 || any('issue', 'incident', 'report', 'bug', 'risk')(w))) ||
      (w[0] === 'privacy' && any('incident', 'breach')(w)),
    text: /\b(security (?:issue|incident|vulnerabilit\w*|hole|flaw|problem|breach|bug|concern|risk|exploit)|vulnerabilit\w*|data breach|unauthori[sz]ed access|exposed (?:data|records|credentials)|(?:data|credentials?|passwords?|api keys?|tokens?|pii|personal (?:data|information)|customer (?:data|information)) (?:was |were |got |has been |have been |is being |are being )?leak(?:ed|ing)?|leaked (?:data|credentials?|passwords?|keys?|tokens?)|cve-\d{4}-\d+|phishing|account takeover)\b|安全(?:问题|漏洞|事件|隐患|风险)|漏洞|(?<!内存)泄露|未授权/i,
  },
  {
    id: 'data-loss',
    tag: (w) => (w.includes('data') && w.includes('loss')) || any('dataloss', 'corrupt', 'corrupted', 'corruption')(w),
    text: /\b(data loss|lost (?:all |our |the )?(?:data|records|files)|(?:rows|records|data|entries) (?:are |is )?missing|missing (?:rows|records|data)|deleted (?:all|our)|corrupt(?:ed|ion)?)\b|数据丢失|数据损坏|丢失(?:了)?(?:数据|记录|文件)/i,
  },
  {
    id: 'production-down',
    // Not "incident": Zendesk's own ticket type for a report linked to a problem.
    tag: (w) =>
      any('outage', 'p1', 'p0', 'sev1', 'sev0')(w) ||
      ['sev1', 'sev0', 'majorincident'].includes(w.join('')) ||
      // A thing that is down ("checkout-down", "db_down"), not "drop-down" or "slow-down".
      (w.at(-1) === 'down' && !NOT_DOWN.has(w.slice(0, -1).join('_'))),
    text: /\b(outage|(?:(?:web)?site|service|production|prod|app|api|platform|server|system|everything) (?:is |went |has gone )?down|not loading at all|completely down|can(?:no|')t log ?in at all)\b|宕机|无法访问/i,
  },
  {
    id: 'exec-involvement',
    tag: (w) =>
      any('executive', 'ceo')(w) ||
      (w[0] === 'exec' && (w.length === 1 || any('escalation', 'involved', 'involvement', 'sponsor')(w))),
    text: /\b((?:the|our|their|my) (?:ceo|cto|cfo|coo|vp(?: of \w+)?)\b[^.]{0,30}?\b(?:is asking|has asked|asked|wants|will|expects|demands|escalated|called|emailed|is involved|got involved)|executive (?:team|sponsor|escalation|involvement)|escalate this to (?:your )?management|speak (?:to|with) (?:a |your )?manager)\b|管理层|高管/i,
  },
  {
    id: 'churn-threat',
    // Not "cancel": an order cancelled in a shop's helpdesk is no threat to leave.
    tag: (w) => any('churn')(w) || (w.includes('renewal') && w.includes('risk')),
    text: /\b(cancel (?:our|the) (?:contract|subscription)|switch(?:ing)? to (?:a )?competitor|(?:will|'ll|may|might|going to|about to|considering|thinking about) (?:churn|leav(?:e|ing) you)|churn risk|not renew|terminate (?:our|the) contract)\b|流失|取消合同|不再续约/i,
  },
  {
    id: 'recurring-after-fix',
    tag: any('regression', 'recurring', 'recurrence', 'reopened'),
    text: /\b(again after (?:the|your) fix|was supposed(?:ly)? (?:to be )?fixed|(?:was|were) fixed\b[^.]{0,40}?\b(?:again|broke|broken|is back|came back)|regression|(?:it|this|the (?:issue|problem|bug|error)) (?:has )?(?:came|come|is coming) back|happening again|is back again|reappeared)\b|再次出现|又出现/i,
  },
  {
    id: 'pr-legal-risk',
    // Whole tags that name the risk, not "legal_entity_settings", "press_kit", "media_upload" or "pr-review".
    tag: (w) => any('lawsuit', 'litigation')(w) || PR_LEGAL_TAGS.has(w.join('_')),
    text: /\b(lawyers?|attorneys?|legal action|lawsuit|(?:we will|we'll|going to|will) sue|(?:go|going|talk|talking|speak|speaking) to the press|press (?:release|coverage)|journalists?|media coverage|going public|(?:post|posting|tweet|tweeting) (?:this |it |about (?:this|it) )?(?:on|to) (?:twitter|x|linkedin|social media))\b|律师|起诉|媒体/i,
  },
];

const NOT_DOWN = new Set(['drop', 'slow', 'break', 'count', 'top', 'shut', 'wind', 'cool', 'step', 'scale']);
const PR_LEGAL_TAGS = new Set([
  'legal',
  'legal_risk',
  'legal_threat',
  'legal_action',
  'press',
  'press_risk',
  'press_inquiry',
  'media_risk',
  'media_inquiry',
  'pr_risk',
  'pr',
  'media',
]);

const tagWords = (tag: string) =>
  tag
    .toLowerCase()
    .split(/[_\-:/.\s]+/)
    .filter(Boolean);

const AT_RISK_MS = 4 * 3_600_000;

function snippet(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

export type Detected = Partial<Record<SignalId, SignalAnswer>>;

export function detectTextSignals(ticket: TicketContext | undefined): Detected {
  if (!ticket) return {};
  const out: Detected = {};
  const texts = [ticket.subject ?? '', ...(ticket.messages ?? []).filter((m) => m.role !== 'agent').map((m) => m.text)];
  for (const rule of RULES) {
    const tag = ticket.tags?.find((t) => rule.tag(tagWords(t)));
    if (tag) {
      // Evidence is stored as written and shown in either language: a tag as the helpdesk writes it, "#tag".
      out[rule.id] = { value: true, source: 'ticket', evidence: `#${tag}` };
      continue;
    }
    for (const text of texts) {
      const m = rule.text.exec(text);
      if (m) {
        out[rule.id] = { value: true, source: 'ticket', evidence: `“${snippet(text, m.index, m[0].length)}”` };
        break;
      }
    }
  }
  return out;
}

export type SlaStatus = 'within' | 'at_risk' | 'breached';

/** A due time as evidence, readable in either language and unambiguous: "SLA 2026-11-21 17:00 UTC". */
export function slaEvidence(dueAt: string | undefined): string {
  const due = dueAt ? Date.parse(dueAt) : Number.NaN;
  return Number.isNaN(due)
    ? `SLA ${dueAt ?? ''}`.trim()
    : `SLA ${new Date(due).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function slaStatusFrom(dueAt: string | undefined, now: Date): SlaStatus | undefined {
  const due = dueAt ? Date.parse(dueAt) : Number.NaN;
  if (Number.isNaN(due)) return undefined;
  if (due <= now.getTime()) return 'breached';
  return due - now.getTime() <= AT_RISK_MS ? 'at_risk' : 'within';
}

/**
 * The SLA status a draft stands at now: the agent's choice, else the ticket's due time on the live clock
 * ("within" at 09:00 is "breached" at 19:00).
 */
export function slaStatusOf(d: Pick<Escalation, 'impact' | 'ticket'>, now: Date): SlaStatus | undefined {
  return d.impact.contractual.slaStatus ?? slaStatusFrom(d.ticket?.dueAt, now);
}

// Time-based signals change while the draft sits open, so they are derived live, never stored.
export function detectTimeSignals(ticket: TicketContext | undefined, now: Date): Detected {
  const sla = slaStatusFrom(ticket?.dueAt, now);
  if (!sla || sla === 'within') return {};
  const evidence = slaEvidence(ticket?.dueAt);
  const out: Detected = { 'sla-breach': { value: true, source: 'ticket', evidence } };
  if (sla === 'breached') out['open-beyond-sla'] = { value: true, source: 'ticket', evidence };
  return out;
}
