import type { AskKind, Severity, Target } from '../escalation/model';
import type { Punct } from './document';

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
/** Each language as it names itself, in the menus that choose one. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export interface BriefLabels {
  punct: Punct;
  // A label and its value, and an aside after a value, in running text: "Ticket: …" and "4 days (since …)"
  // in English, "工单：…" and "4 天（自 … 起）" in Chinese.
  labelled: (label: string, value: string) => string;
  aside: (text: string) => string;
  // Sets one part of a value off from the next: "3 customers — Acme Corp"; Chinese writes its dash without spaces,
  // "3 位客户——Acme Corp", as its customer updates do.
  dash: string;
  // Joins a list of short items ("Public risk, Reference customer"), and of clauses ("a; b").
  items: (parts: readonly string[]) => string;
  clauses: (parts: readonly string[]) => string;
  escalation: string;
  severity: string;
  targetTeam: string;
  target: string;
  reportedBy: string;
  date: string;
  notSet: string;
  untitled: string;
  // A linked escalation whose summary was never written, as the Similar issues box names it.
  noSummary: string;
  impact: string;
  customersAffected: string;
  workflowImpact: string;
  revenueAtRisk: string;
  timeInQueue: string;
  slaStatus: string;
  depth: string;
  pendingDeals: string;
  reputation: string;
  obligations: string;
  criticalBy: string;
  description: string;
  tried: string;
  repro: string;
  reproForBugs: string;
  startingState: string;
  expected: string;
  actual: string;
  environment: string;
  frequency: string;
  ruledOut: string;
  communication: string;
  lastUpdateToCustomer: string;
  lastUpdate: string;
  update: string;
  noChanges: string;
  logKinds: { 'update-team': string; 'update-customer': string; note: string };
  customerExpectation: string;
  escalationRisk: string;
  needed: string;
  deadline: string;
  targetInfo: string;
  useCase: string;
  requestFrequency: string;
  competitivePressure: string;
  containment: string;
  urgency: string;
  supporting: string;
  ticket: string;
  errorsAndLogs: string;
  truncated: (omitted: number) => string;
  customers: (n: number) => string;
  growing: string;
  // The trend as the whole value of "Customers affected", with no count or name for "(growing)" to follow.
  growingAlone: string;
  days: (n: number) => string;
  hours: (n: number) => string;
  since: (date: string) => string;
  publicRisk: string;
  referenceCustomer: string;
  severities: Record<Severity, string>;
  targets: Record<Target, string>;
  asks: Record<AskKind, string>;
  depths: Record<'blocked' | 'degraded' | 'inconvenienced', string>;
  slaStatuses: Record<'within' | 'at_risk' | 'breached', string>;
  frequencies: Record<'always' | 'intermittent' | 'conditional', string>;
}

const en: BriefLabels = {
  punct: { colon: ':', gap: ' ' },
  labelled: (label, value) => `${label}: ${value}`,
  aside: (text) => ` (${text})`,
  dash: ' — ',
  items: (parts) => parts.join(', '),
  clauses: (parts) => parts.join('; '),
  escalation: 'ESCALATION',
  severity: 'Severity',
  targetTeam: 'Target team',
  target: 'Target',
  reportedBy: 'Reported by',
  date: 'Date',
  notSet: 'Not set',
  untitled: 'Summary not written yet',
  noSummary: '(no summary)',
  impact: 'Impact',
  customersAffected: 'Customers affected',
  workflowImpact: 'Workflow impact',
  revenueAtRisk: 'Revenue at risk',
  timeInQueue: 'Time in queue',
  slaStatus: 'SLA status',
  depth: 'Depth',
  pendingDeals: 'Pending deals affected',
  reputation: 'Reputation',
  obligations: 'Contractual obligations',
  criticalBy: 'Becomes critical',
  description: 'Issue Description',
  tried: "What's Been Tried",
  repro: 'Reproduction Steps',
  reproForBugs: 'Reproduction Steps (for bugs)',
  startingState: 'Starting state',
  expected: 'Expected',
  actual: 'Actual',
  environment: 'Environment',
  frequency: 'Frequency',
  ruledOut: 'Ruled out',
  communication: 'Customer Communication',
  lastUpdateToCustomer: 'Last update to customer',
  lastUpdate: 'Last update',
  update: 'Update',
  noChanges: 'No change to severity, target, impact or deadline since it was last sent.',
  logKinds: { 'update-team': 'Team update', 'update-customer': 'Customer update', note: 'Note' },
  customerExpectation: 'Customer expectation',
  escalationRisk: 'Escalation risk',
  needed: "What's Needed",
  deadline: 'Deadline',
  targetInfo: 'For the Target Team',
  useCase: 'Customer use case',
  requestFrequency: 'Frequency of request',
  competitivePressure: 'Competitive pressure',
  containment: 'Containment steps taken',
  urgency: 'Urgency assessment',
  supporting: 'Supporting Context',
  ticket: 'Ticket',
  errorsAndLogs: 'Error messages and logs (exact text)',
  truncated: (n) => `[truncated: ${n.toLocaleString('en')} more characters are kept in the escalation record]`,
  customers: (n) => `${n.toLocaleString('en')} ${n === 1 ? 'customer' : 'customers'}`,
  growing: 'growing',
  growingAlone: 'Growing in number',
  days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`,
  hours: (n) => `${n} ${n === 1 ? 'hour' : 'hours'}`,
  since: (d) => `since ${d}`,
  publicRisk: 'could become public',
  referenceCustomer: 'reference customer',
  severities: { critical: 'Critical', high: 'High', medium: 'Medium' },
  targets: {
    l2: 'L2 Support',
    engineering: 'Engineering',
    product: 'Product',
    security: 'Security',
    leadership: 'Leadership',
  },
  asks: {
    investigate: 'Investigate root cause',
    fix: 'Prioritize fix',
    decide: 'Make a decision',
    approve: 'Approve an exception',
    other: 'Other',
  },
  depths: { blocked: 'Blocked', degraded: 'Degraded', inconvenienced: 'Inconvenienced' },
  slaStatuses: { within: 'Within SLA', at_risk: 'At risk', breached: 'Breached' },
  frequencies: {
    always: 'Always reproducible',
    intermittent: 'Intermittent',
    conditional: 'Only under certain conditions',
  },
};

const zhCN: BriefLabels = {
  punct: { colon: '：', gap: '' },
  labelled: (label, value) => `${label}：${value}`,
  aside: (text) => `（${text}）`,
  dash: '——',
  items: (parts) => parts.join('、'),
  clauses: (parts) => parts.join('；'),
  escalation: '升级',
  severity: '严重性',
  targetTeam: '目标团队',
  target: '目标团队',
  reportedBy: '报告人',
  date: '日期',
  notSet: '未设置',
  untitled: '尚未填写摘要',
  noSummary: '（无摘要）',
  impact: '影响',
  customersAffected: '受影响的客户',
  workflowImpact: '工作流影响',
  revenueAtRisk: '面临风险的收入',
  timeInQueue: '排队时间',
  slaStatus: 'SLA 状态',
  depth: '影响深度',
  pendingDeals: '受影响的待成交业务',
  reputation: '声誉影响',
  obligations: '合同义务',
  criticalBy: '何时变得危急',
  description: '问题描述',
  tried: '已尝试的方案',
  repro: '重现步骤',
  reproForBugs: '重现步骤（针对 Bug）',
  startingState: '起始状态',
  expected: '预期',
  actual: '实际',
  environment: '环境',
  frequency: '出现频率',
  ruledOut: '已排除',
  communication: '客户沟通',
  lastUpdateToCustomer: '给客户的最后更新',
  lastUpdate: '最后更新',
  update: '更新',
  noChanges: '自上次发送以来，严重性、目标、影响和截止时间均无变化。',
  logKinds: { 'update-team': '团队更新', 'update-customer': '客户更新', note: '备注' },
  customerExpectation: '客户期望',
  escalationRisk: '升级风险',
  needed: '所需支持',
  deadline: '截止日期',
  targetInfo: '目标团队所需信息',
  useCase: '客户使用场景',
  requestFrequency: '需求频率',
  competitivePressure: '竞争压力',
  containment: '已采取的遏制措施',
  urgency: '紧急程度评估',
  supporting: '支持性背景信息',
  ticket: '工单',
  errorsAndLogs: '错误信息与日志（精确文本）',
  truncated: (n) => `[已截断：另有 ${n.toLocaleString('zh-CN')} 个字符保存在升级记录中]`,
  customers: (n) => `${n.toLocaleString('zh-CN')} 位客户`,
  growing: '仍在增长',
  growingAlone: '数量仍在增长',
  days: (n) => `${n} 天`,
  hours: (n) => `${n} 小时`,
  since: (d) => `自 ${d} 起`,
  publicRisk: '可能公开化',
  referenceCustomer: '参考客户',
  severities: { critical: '严重', high: '高', medium: '中' },
  targets: { l2: 'L2 支持', engineering: '工程', product: '产品', security: '安全', leadership: '领导层' },
  asks: { investigate: '调查根本原因', fix: '优先修复', decide: '做出决策', approve: '批准例外', other: '其他' },
  depths: { blocked: '完全受阻', degraded: '功能降级', inconvenienced: '仅带来不便' },
  slaStatuses: { within: '在 SLA 内', at_risk: '面临风险', breached: '已违反' },
  frequencies: { always: '每次都能重现', intermittent: '间歇性出现', conditional: '仅在特定条件下出现' },
};

export const BRIEF_LABELS: Record<Locale, BriefLabels> = { en, 'zh-CN': zhCN };
