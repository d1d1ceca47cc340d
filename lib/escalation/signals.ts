import type { SignalId } from './criteria';
import type { SignalAnswer, TicketContext } from './model';

interface Rule {
  id: SignalId;
  tag: RegExp;
  text: RegExp;
}

// Words a ticket uses when one of the method's criteria applies. A hit only prefills the checkbox,
// with the words that matched as evidence; the agent confirms or overrides it.
const RULES: readonly Rule[] = [
  {
    id: 'security',
    tag: /secur|breach|vuln|privacy|gdpr|compliance/i,
    text: /\b(security|vulnerabilit\w*|data breach|unauthori[sz]ed access|exposed (?:data|records|credentials)|leak(?:ed|ing)?|cve-\d{4}-\d+|phishing|account takeover)\b|安全|漏洞|泄露|未授权/i,
  },
  {
    id: 'data-loss',
    tag: /data[_ -]?loss|corrupt/i,
    text: /\b(data loss|lost (?:all |our |the )?(?:data|records|files)|(?:rows|records|data|entries) (?:are |is )?missing|missing (?:rows|records|data)|deleted (?:all|our)|corrupt(?:ed|ion)?)\b|数据丢失|数据损坏|丢失/i,
  },
  {
    id: 'production-down',
    tag: /outage|down|p1|sev-?1|incident/i,
    text: /\b(outage|(?:site|service|production|app|system|everything) (?:is |went )?down|not loading at all|completely down|can(?:no|')t log ?in at all)\b|宕机|无法访问/i,
  },
  {
    id: 'exec-involvement',
    tag: /executive|exec/i,
    text: /\b(ceo|cto|cfo|vp of|executive|escalate this to (?:your )?management|speak (?:to|with) (?:a |your )?manager)\b|管理层|高管/i,
  },
  {
    id: 'churn-threat',
    tag: /churn|cancel/i,
    text: /\b(cancel (?:our|the) (?:contract|subscription)|switch(?:ing)? to (?:a )?competitor|churn|not renew|terminate (?:our|the) contract)\b|流失|取消合同|不再续约/i,
  },
  {
    id: 'recurring-after-fix',
    tag: /regression|recurr/i,
    text: /\b(again after (?:the|your) fix|was (?:supposed(?:ly)? )?fixed|regression|came back|happening again)\b|再次出现|又出现/i,
  },
  {
    id: 'pr-legal-risk',
    tag: /legal|press|pr-risk/i,
    text: /\b(lawyer|legal action|lawsuit|sue|press|journalist|twitter|going public)\b|律师|起诉|媒体/i,
  },
];

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
    const tag = ticket.tags?.find((t) => rule.tag.test(t));
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

// Time-based signals change while the draft sits open, so they are derived live, never stored.
export function detectTimeSignals(ticket: TicketContext | undefined, now: Date): Detected {
  const sla = slaStatusFrom(ticket?.dueAt, now);
  if (!sla || sla === 'within') return {};
  const evidence = slaEvidence(ticket?.dueAt);
  const out: Detected = { 'sla-breach': { value: true, source: 'ticket', evidence } };
  if (sla === 'breached') out['open-beyond-sla'] = { value: true, source: 'ticket', evidence };
  return out;
}
