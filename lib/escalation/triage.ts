import type { Bilingual, SignalId } from './criteria';
import { criterion } from './criteria';
import { isOn, type Reason, type Signals, signalReason } from './reasons';

export type Decision = 'handle' | 'escalate';

const HANDLE: readonly SignalId[] = [
  'documented-solution',
  'config-issue',
  'needs-guidance',
  'known-limitation',
  'similar-resolved',
];

// Complexity concerns are answered by a support-level fix: if the fix is documented, support can diagnose it.
const SUPPORT_FIX = HANDLE;
// A product gap is not answered by any fix: only a known limitation with a documented alternative, or
// guidance the customer needs rather than a fix, is the method's "handle in support" for it.
const PRODUCT_ANSWER: readonly SignalId[] = ['known-limitation', 'needs-guidance'];

// Each concern that a handle criterion can answer, with the handle criteria that answer it.
const SOFT: ReadonlyArray<readonly [SignalId, readonly SignalId[]]> = [
  ['beyond-diagnosis', SUPPORT_FIX],
  ['needs-access', SUPPORT_FIX],
  ['custom-implementation', SUPPORT_FIX],
  ['needs-deeper-investigation', SUPPORT_FIX],
  ['feature-gap', PRODUCT_ANSWER],
  ['design-decision', PRODUCT_ANSWER],
  ['competing-needs', PRODUCT_ANSWER],
];

// Everything else that calls for escalation stands whatever workaround exists: a documented workaround
// does not cancel a security concern, data loss, an SLA breach or a pattern across customers.
const HARD: readonly SignalId[] = [
  'confirmed-bug',
  'infrastructure',
  'data-loss',
  'multiple-customers',
  'production-down',
  'data-integrity',
  'security',
  'high-value-at-risk',
  'sla-breach',
  'exec-involvement',
  'open-beyond-sla',
  'long-wait',
  'channels-stalled',
  'three-plus-customers',
  'recurring-after-fix',
  'severity-increasing',
  'churn-threat',
  'cross-functional',
  'policy-exception',
  'pr-legal-risk',
];

export interface TriageResult {
  decision: Decision;
  tipped: Bilingual;
  escalateReasons: Reason[];
  handleReasons: Reason[];
}

const list = (ids: SignalId[], locale: keyof Bilingual) =>
  ids.map((id) => criterion(id).text[locale]).join(locale === 'en' ? '; ' : '；');
// The criteria are written to stand alone ("The issue has a documented solution"); inside a sentence they
// start in lowercase, an acronym aside ("SLA breach imminent").
const inSentence = (ids: SignalId[]) =>
  ids
    .map((id) => criterion(id).text.en)
    .map((text) => (/^[A-Z][a-z']/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text))
    .join('; ');

export function triage(signals: Signals): TriageResult {
  const hard = HARD.filter((id) => isOn(signals, id));
  const soft = SOFT.filter(([id]) => isOn(signals, id));
  const handle = HANDLE.filter((id) => isOn(signals, id));
  const unanswered = soft.filter(([, answers]) => !answers.some((id) => isOn(signals, id))).map(([id]) => id);
  const stands = [...hard, ...unanswered];
  const concerns = soft.map(([id]) => id);
  const escalateReasons = [...hard, ...concerns].map((id) => signalReason(id, signals));
  const handleReasons = handle.map((id) => signalReason(id, signals));

  if (stands.length) {
    return {
      decision: 'escalate',
      escalateReasons,
      handleReasons,
      tipped: handle.length
        ? {
            en: `Escalate: ${list(stands, 'en')} — this stands even though ${inSentence(handle)}.`,
            'zh-CN': `升级：${list(stands, 'zh-CN')}——即使${list(handle, 'zh-CN')}，仍需升级。`,
          }
        : { en: `Escalate: ${list(stands, 'en')}.`, 'zh-CN': `升级：${list(stands, 'zh-CN')}。` },
    };
  }
  if (handle.length) {
    // Only the criteria that answer a listed concern are said to answer it, and listed as the reasons (in the
    // panel and the note left on the ticket): a workaround beside a known limitation does not answer a feature gap.
    const answering = concerns.length
      ? handle.filter((id) => soft.some(([, answers]) => answers.includes(id)))
      : handle;
    return {
      decision: 'handle',
      escalateReasons,
      handleReasons: answering.map((id) => signalReason(id, signals)),
      tipped: concerns.length
        ? {
            en: `Handle in support: ${list(answering, 'en')}, which answers the concern: ${inSentence(concerns)}.`,
            'zh-CN': `自行处理：${list(answering, 'zh-CN')}，这已回应了“${list(concerns, 'zh-CN')}”的顾虑。`,
          }
        : { en: `Handle in support: ${list(answering, 'en')}.`, 'zh-CN': `自行处理：${list(answering, 'zh-CN')}。` },
    };
  }
  return {
    decision: 'handle',
    escalateReasons,
    handleReasons,
    tipped: {
      en: 'Handle in support for now: no escalation criterion applies yet. Check the criteria that fit this ticket.',
      'zh-CN': '暂时自行处理：尚无符合的升级标准。请勾选适用于此工单的标准。',
    },
  };
}
