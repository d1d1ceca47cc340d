import { nameAfterWords } from '../i18n/spacing';
import type { Escalation, Severity } from './model';
import { isOn, type Reason, type Signals, signalReason } from './reasons';
import { slaEvidence, slaStatusOf } from './signals';

export interface SeverityResult {
  suggested: Severity;
  reasons: Reason[];
}

const rule = (criterion: string, en: string, zh: string, evidence?: string): Reason => ({
  criterion,
  category: 'severity',
  text: { en, 'zh-CN': zh },
  evidence,
  source: 'draft',
});

const CRITICAL =
  'Critical: production down, data at risk, security breach, or multiple high-value customers affected. Needs immediate attention.';
const HIGH = 'High: major functionality broken, key customer blocked, SLA at risk. Needs same-day attention.';

// Helpdesks name their top priorities differently (Jira "Highest", Gorgias "critical", Intercom's flag
// "Prioritized", ServiceNow "1 - Critical", "P1 - Critical", "Urgent (P1)", and in the agent's language: 高,
// Высокий, hoch…); each raises to High. The whole value or its first word is compared, so "Highly unlikely" is not one.
const HIGH_PRIORITY =
  /^(?:urgent|high|highest|critical|blocker|emergency|prioritized|p[01]|sev(?:erity)?[-\s]*[12]|紧急|高|最高|严重|緊急|高い|hoch|höchste|sehr hoch|dringend|kritisch|haute|très haute|élevée|urgente|critique|alta|más alta|crítica|alto|высокий|высокая|наивысший|срочный|срочно|критический)$/;

const FLAGGED = /^prioriti[sz]ed$/i;

function isHighPriority(priority: string | undefined): boolean {
  const p = (priority ?? '')
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/^\d\s*[-–.:]\s*/, '');
  const first = p.split(/\s*[-–(),:/]\s*|\s+/)[0] ?? '';
  return HIGH_PRIORITY.test(p) || HIGH_PRIORITY.test(first);
}

// The seed's severity shorthand, checked from the top: the first level with a reason wins.
export function suggestSeverity(draft: Escalation, signals: Signals, now: Date, timeZone?: string): SeverityResult {
  const critical: Reason[] = [];
  for (const id of ['production-down', 'data-loss', 'data-integrity', 'security'] as const) {
    if (isOn(signals, id)) critical.push(signalReason(id, signals));
  }
  if (critical.length)
    return {
      suggested: 'critical',
      reasons: [
        rule(
          'severity.critical',
          CRITICAL,
          '严重：生产系统宕机、数据面临风险、安全漏洞，或多个高价值客户受影响。需要立即处理。',
        ),
        ...critical,
      ],
    };

  const high: Reason[] = [];
  const blocked = draft.impact.depth === 'blocked';
  // One high-value customer among several affected is not "multiple high-value customers" (Critical): the
  // draft cannot tell how many of them are high-value, so the agent raises it when they all are.
  const many = isOn(signals, 'multiple-customers') || isOn(signals, 'three-plus-customers');
  if (blocked && (isOn(signals, 'high-value-at-risk') || isOn(signals, 'critical-account'))) {
    high.push(rule('severity.high.key-customer-blocked', 'Key customer blocked', '关键客户受阻'));
  } else if (blocked) {
    high.push(
      rule(
        'severity.high.major-functionality',
        'Major functionality broken: the customer is blocked',
        '核心功能故障：客户完全受阻',
      ),
    );
  }
  if (many && isOn(signals, 'high-value-at-risk')) {
    high.push(
      rule(
        'severity.high.high-value-among-many',
        'A high-value customer at risk, among several affected (Critical if several of them are high-value)',
        '多个客户受影响，其中有高价值客户面临风险（若其中多个为高价值客户，则为严重）',
      ),
    );
  }
  const sla = slaStatusOf(draft, now, timeZone);
  if (sla === 'at_risk' || sla === 'breached' || isOn(signals, 'sla-breach') || isOn(signals, 'open-beyond-sla')) {
    high.push(
      rule(
        'severity.high.sla-at-risk',
        sla === 'breached' ? 'SLA breached' : 'SLA at risk',
        sla === 'breached' ? 'SLA 已被违反' : 'SLA 面临风险',
        draft.ticket?.dueAt ? slaEvidence(draft.ticket.dueAt, timeZone) : undefined,
      ),
    );
  }
  const priority = draft.ticket?.priority;
  if (priority && isHighPriority(priority)) {
    high.push(
      // A flag (Intercom's, read as "Prioritized") is no level: "The helpdesk priority is Prioritized" says it twice.
      FLAGGED.test(priority.trim())
        ? rule('severity.high.helpdesk-priority', 'The conversation is flagged as a priority', '该会话已被标记为优先')
        : rule(
            'severity.high.helpdesk-priority',
            `The helpdesk priority is ${priority}`,
            `工单优先级为${nameAfterWords(priority, 'zh-CN')}`,
          ),
    );
  }
  if (high.length)
    return {
      suggested: 'high',
      reasons: [rule('severity.high', HIGH, '高：核心功能故障、关键客户受阻、SLA 面临风险。需要当日处理。'), ...high],
    };

  const workaround = (['workaround-exists', 'documented-solution', 'known-limitation'] as const).filter((id) =>
    isOn(signals, id),
  );
  return {
    suggested: 'medium',
    reasons: [
      rule(
        'severity.medium',
        'Medium: significant issue with workaround, important but not urgent business impact. Needs attention this week.',
        '中：存在明显问题但有规避方法，业务影响重要但不紧急。需要本周内处理。',
      ),
      ...workaround.map((id) => signalReason(id, signals)),
    ],
  };
}
