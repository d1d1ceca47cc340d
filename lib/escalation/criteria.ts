import type { Target } from './model';

export type Bilingual = { en: string; 'zh-CN': string };

export const SIGNAL_CATEGORIES = [
  'handle',
  'technical',
  'complexity',
  'impact',
  'business',
  'time',
  'pattern',
  'routing',
] as const;
export type SignalCategory = (typeof SIGNAL_CATEGORIES)[number];

export interface Criterion {
  id: string;
  category: SignalCategory;
  text: Bilingual;
}

// Every criterion of the seed method, in its words (escalation-skill.txt, English and Chinese).
export const CRITERIA = [
  {
    id: 'documented-solution',
    category: 'handle',
    text: {
      en: 'The issue has a documented solution or known workaround',
      'zh-CN': '问题已有文档化的解决方案或已知的规避方法',
    },
  },
  {
    id: 'config-issue',
    category: 'handle',
    text: { en: "It's a configuration or setup issue you can resolve", 'zh-CN': '属于可解决的配置或设置问题' },
  },
  {
    id: 'needs-guidance',
    category: 'handle',
    text: { en: 'The customer needs guidance or training, not a fix', 'zh-CN': '客户需要的是指导或培训，而非问题修复' },
  },
  {
    id: 'known-limitation',
    category: 'handle',
    text: {
      en: 'The issue is a known limitation with a documented alternative',
      'zh-CN': '问题是已知的功能限制，且已有文档化的替代方案',
    },
  },
  {
    id: 'similar-resolved',
    category: 'handle',
    text: {
      en: 'Previous similar tickets were resolved at the support level',
      'zh-CN': '之前类似的工单已在支持层级解决',
    },
  },

  {
    id: 'confirmed-bug',
    category: 'technical',
    text: { en: 'Bug confirmed and needs a code fix', 'zh-CN': '已确认是 Bug 且需要代码修复' },
  },
  {
    id: 'infrastructure',
    category: 'technical',
    text: { en: 'Infrastructure investigation needed', 'zh-CN': '需要调查基础设施问题' },
  },
  { id: 'data-loss', category: 'technical', text: { en: 'Data corruption or loss', 'zh-CN': '数据损坏或丢失' } },

  {
    id: 'beyond-diagnosis',
    category: 'complexity',
    text: { en: "Issue is beyond support's ability to diagnose", 'zh-CN': '问题超出支持团队的诊断能力' },
  },
  {
    id: 'needs-access',
    category: 'complexity',
    text: { en: "Requires access support doesn't have", 'zh-CN': '需要支持团队无权限访问的资源' },
  },
  {
    id: 'custom-implementation',
    category: 'complexity',
    text: { en: 'Involves custom implementation', 'zh-CN': '涉及自定义实现' },
  },

  {
    id: 'multiple-customers',
    category: 'impact',
    text: { en: 'Multiple customers affected', 'zh-CN': '多个客户受影响' },
  },
  { id: 'production-down', category: 'impact', text: { en: 'Production system down', 'zh-CN': '生产系统宕机' } },
  { id: 'data-integrity', category: 'impact', text: { en: 'Data integrity at risk', 'zh-CN': '数据完整性面临风险' } },
  { id: 'security', category: 'impact', text: { en: 'Security concern', 'zh-CN': '存在安全隐患' } },

  {
    id: 'high-value-at-risk',
    category: 'business',
    text: { en: 'High-value customer at risk', 'zh-CN': '高价值客户面临流失风险' },
  },
  {
    id: 'sla-breach',
    category: 'business',
    text: { en: 'SLA breach imminent or occurred', 'zh-CN': '即将或已违反服务水平协议（SLA）' },
  },
  {
    id: 'exec-involvement',
    category: 'business',
    text: { en: 'Customer requesting executive involvement', 'zh-CN': '客户要求管理层介入' },
  },

  {
    id: 'open-beyond-sla',
    category: 'time',
    text: { en: 'Issue has been open beyond SLA', 'zh-CN': '问题已超出 SLA 规定的处理时间' },
  },
  {
    id: 'long-wait',
    category: 'time',
    text: { en: 'Customer has been waiting unreasonably long', 'zh-CN': '客户等待时间过长' },
  },
  {
    id: 'channels-stalled',
    category: 'time',
    text: { en: "Normal support channels aren't progressing", 'zh-CN': '常规支持渠道无进展' },
  },

  {
    id: 'three-plus-customers',
    category: 'pattern',
    text: { en: 'Same issue reported by 3+ customers', 'zh-CN': '3 个及以上客户报告同一问题' },
  },
  {
    id: 'recurring-after-fix',
    category: 'pattern',
    text: { en: 'Recurring issue that was supposedly fixed', 'zh-CN': '已修复的问题再次出现' },
  },
  {
    id: 'severity-increasing',
    category: 'pattern',
    text: { en: 'Increasing severity over time', 'zh-CN': '严重程度持续升级' },
  },

  // The tiers' "when" conditions that are not triage criteria but decide where the escalation goes.
  {
    id: 'needs-deeper-investigation',
    category: 'routing',
    text: {
      en: 'Requires deeper investigation, specialized product knowledge or advanced troubleshooting',
      'zh-CN': '问题需要深入调查、专业的产品知识或高级故障排除',
    },
  },
  {
    id: 'feature-gap',
    category: 'routing',
    text: { en: 'Feature gap causing customer pain', 'zh-CN': '功能缺口导致客户困扰' },
  },
  {
    id: 'design-decision',
    category: 'routing',
    text: {
      en: "Design decision needed, or the workflow doesn't match customer expectations",
      'zh-CN': '需要做出设计决策，或工作流程不符合客户预期',
    },
  },
  {
    id: 'competing-needs',
    category: 'routing',
    text: { en: 'Competing customer needs require prioritization', 'zh-CN': '客户需求冲突需要优先级排序' },
  },
  {
    id: 'churn-threat',
    category: 'routing',
    text: { en: 'High-revenue customer threatening churn', 'zh-CN': '高收入客户威胁流失' },
  },
  {
    id: 'critical-account',
    category: 'routing',
    text: { en: 'The account is critical (strategic or key account)', 'zh-CN': '关键客户（战略或重点客户）' },
  },
  {
    id: 'cross-functional',
    category: 'routing',
    text: { en: 'Cross-functional decision needed', 'zh-CN': '需要跨职能决策' },
  },
  {
    id: 'policy-exception',
    category: 'routing',
    text: { en: 'Exception to policy required', 'zh-CN': '需要豁免政策' },
  },
  { id: 'pr-legal-risk', category: 'routing', text: { en: 'PR or legal risk', 'zh-CN': '存在公关或法律风险' } },
  {
    id: 'workaround-exists',
    category: 'routing',
    text: { en: 'A workaround unblocks the customer for now', 'zh-CN': '存在可暂时解除客户阻塞的规避方法' },
  },
] as const satisfies readonly Criterion[];

export type SignalId = (typeof CRITERIA)[number]['id'];

const byId = new Map<string, Criterion>(CRITERIA.map((c) => [c.id, c]));
export function criterion(id: SignalId): Criterion {
  return byId.get(id) as Criterion;
}

export const CATEGORY_NAMES: Record<SignalCategory, Bilingual> = {
  handle: { en: 'Handle in support', 'zh-CN': '自行处理' },
  technical: { en: 'Technical', 'zh-CN': '技术类' },
  complexity: { en: 'Complexity', 'zh-CN': '复杂度类' },
  impact: { en: 'Impact', 'zh-CN': '影响类' },
  business: { en: 'Business', 'zh-CN': '业务类' },
  time: { en: 'Time', 'zh-CN': '时间类' },
  pattern: { en: 'Pattern', 'zh-CN': '模式类' },
  routing: { en: 'Routing', 'zh-CN': '升级路径' },
};

export const TIER_WHEN: Record<Target, Bilingual> = {
  l2: {
    en: 'L1 → L2: the issue requires deeper investigation, specialized product knowledge, or advanced troubleshooting',
    'zh-CN': 'L1 → L2：问题需要深入调查、专业的产品知识或高级故障排除',
  },
  engineering: {
    en: 'L2 → Engineering: confirmed bug, infrastructure issue, needs code change, requires system-level investigation',
    'zh-CN': 'L2 → 工程团队：已确认是 Bug、基础设施问题、需要修改代码、需要系统级调查',
  },
  product: {
    en: "L2 → Product: feature gap causing customer pain, design decision needed, workflow doesn't match customer expectations, competing customer needs require prioritization",
    'zh-CN':
      'L2 → 产品团队：功能缺口导致客户困扰、需要做出设计决策、工作流程不符合客户预期、客户需求冲突需要优先级排序',
  },
  security: {
    en: 'Any → Security: potential data exposure, unauthorized access, vulnerability report, compliance concern. Security escalations bypass normal tier progression — escalate immediately regardless of your level',
    'zh-CN':
      '任意层级 → 安全团队：存在潜在的数据泄露、未授权访问、漏洞报告、合规性问题。安全问题升级无需遵循常规层级流程——无论你处于哪个层级，都需立即升级',
  },
  leadership: {
    en: 'Any → Leadership: high-revenue customer threatening churn, SLA breach on critical account, cross-functional decision needed, exception to policy required, PR or legal risk',
    'zh-CN':
      '任意层级 → 领导层：高收入客户威胁流失、关键客户的 SLA 被违反、需要跨职能决策、需要豁免政策、存在公关或法律风险',
  },
};
