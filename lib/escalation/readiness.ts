import type { Bilingual } from './criteria';
import type { Escalation, Target } from './model';
import type { Finding } from './repro-lint';

export interface CheckItem {
  id: string;
  field: string;
  label: Bilingual;
  fix: Bilingual;
  ok: boolean;
  // Items the seed marks "if known" are shown but do not lower the score.
  optional?: boolean;
}

export interface Readiness {
  score: number;
  checklist: CheckItem[];
  findings: Finding[];
}

const filled = (s: string | undefined) => !!s && s.trim() !== '';
const anyFilled = (items: readonly string[]) => items.some(filled);

type Check = Omit<CheckItem, 'ok'> & { test(e: Escalation): boolean };

const c = (
  id: string,
  field: string,
  en: string,
  zh: string,
  fixEn: string,
  fixZh: string,
  test: (e: Escalation) => boolean,
  optional?: boolean,
): Check => ({
  id,
  field,
  label: { en, 'zh-CN': zh },
  fix: { en: fixEn, 'zh-CN': fixZh },
  test,
  optional,
});

const impactQuantified = (e: Escalation) =>
  e.impact.breadth.count !== undefined || e.impact.revenueAtRisk.amount !== undefined;
const businessImpact = (e: Escalation) => impactQuantified(e) || filled(e.impact.workflowImpact);
const fullRepro = (e: Escalation) =>
  e.repro.steps.filter(filled).length >= 2 && filled(e.repro.expected) && filled(e.repro.actual);

const CHECKS: Record<Target, readonly Check[]> = {
  l2: [
    c(
      'l2.summary',
      'description',
      'Ticket summary',
      '工单摘要',
      'Write the summary line and a 3-5 sentence description.',
      '填写摘要和 3-5 句问题描述。',
      (e) => filled(e.summary) && filled(e.description),
    ),
    c(
      'l2.tried',
      'tried',
      'Steps already tried',
      '已尝试的解决步骤',
      'List what you tried and what happened.',
      '列出已尝试的操作及结果。',
      (e) => e.tried.some((t) => filled(t.action)),
    ),
    c(
      'l2.customer',
      'customer.account',
      'Customer context',
      '客户上下文信息',
      'Name the customer and account.',
      '写出客户和账户。',
      (e) => filled(e.customer.name) || filled(e.customer.account),
    ),
  ],
  engineering: [
    c(
      'engineering.repro',
      'repro.steps',
      'Full reproduction steps',
      '完整的重现步骤',
      'Give at least two concrete steps, the expected and the actual result.',
      '至少给出两个具体步骤，以及预期和实际结果。',
      fullRepro,
    ),
    c(
      'engineering.environment',
      'repro.environment',
      'Environment details',
      '环境细节',
      'Add browser, OS, account type, feature flags, plan.',
      '补充浏览器、操作系统、账户类型、功能标志、套餐。',
      (e) => filled(e.repro.environment),
    ),
    c(
      'engineering.logs',
      'repro.evidence',
      'Logs or error messages',
      '日志或错误信息',
      'Paste the exact error text or logs.',
      '粘贴精确的错误信息或日志。',
      (e) => anyFilled(e.repro.evidence) || anyFilled(e.supporting.logs),
    ),
    c(
      'engineering.impact',
      'impact.workflowImpact',
      'Business impact',
      '业务影响',
      'Say what the customer cannot do, and how many are affected.',
      '说明客户无法做什么、有多少客户受影响。',
      businessImpact,
    ),
    c(
      'engineering.timeline',
      'impact.duration.since',
      'Customer timeline',
      '客户时间线',
      'Say since when this happens and the last customer update.',
      '说明问题从何时开始，以及给客户的最后更新。',
      (e) => filled(e.impact.duration.since) || filled(e.communication.lastUpdate.at),
    ),
  ],
  product: [
    c(
      'product.use-case',
      'targetInfo.useCase',
      'Customer use case',
      '客户使用场景',
      'Describe what the customer is trying to achieve.',
      '描述客户想要实现的目标。',
      (e) => filled(e.targetInfo.useCase) || filled(e.description),
    ),
    c(
      'product.impact',
      'impact.workflowImpact',
      'Business impact',
      '业务影响',
      'Say what it costs the customer, in numbers where possible.',
      '尽量用数字说明对客户的影响。',
      businessImpact,
    ),
    c(
      'product.frequency',
      'targetInfo.requestFrequency',
      'Frequency of request',
      '需求频率',
      'How many customers asked, and how often?',
      '有多少客户提出过、频率如何？',
      (e) => filled(e.targetInfo.requestFrequency) || e.impact.breadth.count !== undefined,
    ),
    c(
      'product.competition',
      'targetInfo.competitivePressure',
      'Competitive pressure (if known)',
      '竞争压力（如有）',
      'Name competitors that offer it, if known.',
      '如已知，写出提供该功能的竞争对手。',
      (e) => filled(e.targetInfo.competitivePressure),
      true,
    ),
  ],
  security: [
    c(
      'security.observed',
      'description',
      'What was observed',
      '观察到的情况',
      'Describe exactly what was seen, when and where.',
      '准确描述看到了什么、何时、何处。',
      (e) => filled(e.description),
    ),
    c(
      'security.affected',
      'impact.breadth.names',
      'Who/what is potentially affected',
      '潜在受影响的对象/系统',
      'Name the customers, users or systems that may be affected.',
      '写出可能受影响的客户、用户或系统。',
      (e) => filled(e.impact.breadth.names) || e.impact.breadth.count !== undefined,
    ),
    c(
      'security.containment',
      'targetInfo.containment',
      'Immediate containment steps taken',
      '已采取的即时遏制措施',
      'Say what was done to contain it (or that nothing was).',
      '说明已采取的遏制措施（或说明尚未采取）。',
      (e) => filled(e.targetInfo.containment),
    ),
    c(
      'security.urgency',
      'targetInfo.urgency',
      'Urgency assessment',
      '紧急程度评估',
      'Assess how urgent it is and why.',
      '评估紧急程度及原因。',
      (e) => filled(e.targetInfo.urgency),
    ),
  ],
  leadership: [
    c(
      'leadership.context',
      'description',
      'Full business context',
      '完整的业务上下文',
      'Describe the account, the situation and what is at stake.',
      '描述客户、情况以及利害关系。',
      (e) => filled(e.description) && (filled(e.customer.account) || filled(e.customer.name)),
    ),
    c(
      'leadership.revenue',
      'impact.revenueAtRisk.amount',
      'Revenue at risk',
      '面临风险的收入',
      'Enter the ARR at risk.',
      '填写面临风险的年度经常性收入。',
      (e) => e.impact.revenueAtRisk.amount !== undefined,
    ),
    c(
      'leadership.tried',
      'tried',
      "What's been tried",
      '已采取的措施',
      'List what was already done.',
      '列出已经做过的事情。',
      (e) => e.tried.some((t) => filled(t.action)),
    ),
    c(
      'leadership.decision',
      'needed.asks',
      'Specific decision or action needed',
      '具体的决策或行动需求',
      'Add a “decide” or “approve” ask, or write out the action you need from them (join a call, commit time).',
      '添加“决策”或“批准”请求，或写明需要他们采取的行动（参加通话、投入人力）。',
      // The method asks for a decision or an action: any ask whose action is written out is one.
      (e) => e.needed.asks.some((a) => a.kind === 'decide' || a.kind === 'approve' || filled(a.detail)),
    ),
  ],
};

// The method's own rules, whatever the target ("Using This Skill").
const METHOD: readonly Check[] = [
  c(
    'method.quantified',
    'impact.breadth.count',
    'Impact quantified',
    '影响已量化',
    'Give a number (customers affected or revenue at risk), not “many”. Vague escalations get deprioritized.',
    '给出数字（受影响的客户数或面临风险的收入），不要写“很多”。模糊的升级会被降优先级。',
    impactQuantified,
  ),
  c(
    'method.ask',
    'needed.asks',
    'A specific ask',
    '明确的需求',
    '“Investigate” vs “fix” vs “decide” are different asks: pick one.',
    '“调查”“修复”“决策”是不同的需求：请选择一项。',
    (e) => e.needed.asks.some((a) => a.kind !== 'other' || filled(a.detail)),
  ),
  c(
    'method.deadline',
    'needed.deadline',
    'A deadline',
    '截止日期',
    'Urgency without a deadline is ambiguous: set when you need an answer.',
    '没有截止日期的紧急性是模糊的：设置需要答复的时间。',
    (e) => filled(e.needed.deadline),
  ),
];

const REPRO_FOR_BUGS = c(
  'method.repro-for-bugs',
  'repro.steps',
  'Reproduction steps for the bug',
  'Bug 的重现步骤',
  'Include reproduction steps for bugs — the #1 thing engineering needs.',
  'Bug 升级需包含重现步骤——这是工程团队最需要的内容。',
  fullRepro,
);

export function readiness(
  draft: Escalation,
  target: Target,
  isBug: boolean,
  reproFindings: Finding[],
  otherFindings: Finding[] = [],
): Readiness {
  const checks = [...CHECKS[target], ...METHOD];
  if (isBug && target !== 'engineering') checks.push(REPRO_FOR_BUGS);
  const checklist = checks.map(({ test, ...item }) => ({ ...item, ok: test(draft) }));
  const counted = checklist.filter((i) => !i.optional);
  const score = counted.length ? Math.round((counted.filter((i) => i.ok).length / counted.length) * 100) : 100;
  const findings: Finding[] = checklist
    .filter((i) => !i.ok && !i.optional)
    .map((i) => ({
      id: i.id,
      field: i.field,
      text: { en: `Missing: ${i.label.en}`, 'zh-CN': `缺少：${i.label['zh-CN']}` },
      fix: i.fix,
    }));
  const all = [...findings, ...otherFindings];
  return { score, checklist, findings: isBug || target === 'engineering' ? [...all, ...reproFindings] : all };
}
