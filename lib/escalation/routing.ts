import { type Bilingual, type SignalId, TIER_WHEN } from './criteria';
import type { AgentTier, Target } from './model';
import { isOn, type Reason, type Signals, signalReason } from './reasons';

export interface RoutingResult {
  primary: Target;
  also: Target[];
  reasons: Partial<Record<Target, Reason[]>>;
  when: Record<Target, Bilingual>;
}

const TRIGGERS: Record<Exclude<Target, 'l2'>, readonly SignalId[]> = {
  security: ['security'],
  engineering: [
    'confirmed-bug',
    'infrastructure',
    'data-loss',
    'data-integrity',
    'production-down',
    'recurring-after-fix',
  ],
  product: ['feature-gap', 'design-decision', 'competing-needs'],
  // A high-value customer at risk (of churn, as the criterion reads in Chinese) is the method's "high-revenue
  // customer threatening churn".
  leadership: [
    'churn-threat',
    'high-value-at-risk',
    'cross-functional',
    'policy-exception',
    'pr-legal-risk',
    'exec-involvement',
  ],
};
const L2_TRIGGERS: readonly SignalId[] = [
  'needs-deeper-investigation',
  'beyond-diagnosis',
  'needs-access',
  'custom-implementation',
];

const routeRule = (criterion: string, en: string, zh: string): Reason => ({
  criterion,
  category: 'routing-rule',
  text: { en, 'zh-CN': zh },
  source: 'draft',
});

// Escalation tiers from the seed. Security bypasses tiers from anywhere; an L1 agent takes bugs and
// product questions to L2 first; Leadership comes in for business risk, usually beside another team.
export function route(signals: Signals, tier: AgentTier): RoutingResult {
  const reasons: Partial<Record<Target, Reason[]>> = {};
  const add = (t: Target, r: Reason) => {
    reasons[t] = [...(reasons[t] ?? []), r];
  };
  for (const [target, ids] of Object.entries(TRIGGERS) as [Exclude<Target, 'l2'>, readonly SignalId[]][]) {
    for (const id of ids) if (isOn(signals, id)) add(target, signalReason(id, signals));
  }
  // The ticket's clock, or the SLA status chosen in Impact, is in the signals.
  const slaBreach = isOn(signals, 'sla-breach') || isOn(signals, 'open-beyond-sla');
  if (slaBreach && (isOn(signals, 'critical-account') || isOn(signals, 'high-value-at-risk'))) {
    add(
      'leadership',
      routeRule(
        'routing.leadership.sla-breach-critical-account',
        'SLA breach on a critical account',
        '关键客户的 SLA 被违反',
      ),
    );
  }
  for (const id of L2_TRIGGERS) if (isOn(signals, id)) add('l2', signalReason(id, signals));

  if (tier === 'l1') {
    for (const team of ['engineering', 'product'] as const) {
      if (!reasons[team]) continue;
      add(
        'l2',
        routeRule(
          `routing.l1-via-l2.${team}`,
          `As an L1 agent, take this to L2 first; L2 brings in ${team === 'engineering' ? 'Engineering' : 'Product'}`,
          `作为一线支持，请先升级到 L2，再由 L2 转交${team === 'engineering' ? '工程团队' : '产品团队'}`,
        ),
      );
      delete reasons[team];
    }
  } else if (reasons.l2) {
    // For L2 agents and managers the next tier after their own investigation is Engineering; where
    // Engineering or Product is already a target, L2 (their own tier) is no second one.
    if (!reasons.engineering && !reasons.product) {
      reasons.engineering = reasons.l2.map((r) => ({ ...r }));
      add(
        'engineering',
        routeRule(
          'routing.l2-next-tier',
          'You are already at L2 or above: the next tier is Engineering',
          '你已处于 L2 或更高层级：下一层级是工程团队',
        ),
      );
    }
    delete reasons.l2;
  }

  const order: Target[] = ['security', 'engineering', 'product', 'l2', 'leadership'];
  const present = order.filter((t) => reasons[t]?.length);
  if (!present.length) {
    const fallback: Target = tier === 'l1' ? 'l2' : 'engineering';
    add(
      fallback,
      routeRule(
        'routing.default-next-tier',
        'No target-specific criterion yet: the next tier up from yours',
        '尚无特定目标的标准：升级到你的上一层级',
      ),
    );
    present.push(fallback);
  }
  const [primary, ...also] = present as [Target, ...Target[]];
  return { primary, also, reasons, when: TIER_WHEN };
}
