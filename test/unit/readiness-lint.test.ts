import { describe, expect, test } from 'vitest';
import type { EscalationInput, Target } from '../../lib/escalation/model';
import { Repro } from '../../lib/escalation/model';
import { readiness } from '../../lib/escalation/readiness';
import { lintRepro } from '../../lib/escalation/repro-lint';
import { draft } from './engine-draft';
import { fastestMs } from './support/timing';

const COMPLETE: Partial<EscalationInput> = {
  summary: 'Exports stop at 10,000 rows',
  description: 'Nightly CSV export stops at exactly 10,000 rows since Monday.',
  customer: { name: 'Dana', account: 'Acme Corp' },
  impact: {
    breadth: { count: 3, names: 'Acme, Globex, Initech' },
    revenueAtRisk: { amount: 120000 },
    workflowImpact: 'Month-end close blocked',
    duration: { since: '2026-11-16' },
  },
  tried: [{ action: 'Re-ran with one-week range', result: 'same cut' }],
  repro: {
    startingState: 'Admin user on Enterprise plan',
    steps: ['Open Reports > Export', 'Pick "October 2026"', 'Click Export CSV'],
    expected: '14,212 rows',
    actual: '10,000 rows',
    environment: 'Chrome 131 on macOS 15, admin account, Enterprise plan, flag new_export on',
    frequency: 'always',
    evidence: ['ExportJobError: cursor expired after page 100'],
    ruledOut: ['Same in Firefox'],
  },
  targetInfo: {
    useCase: 'Month-end reconciliation',
    requestFrequency: '3 customers this week',
    competitivePressure: 'Rival X exports 1M rows',
    containment: 'Rotated the key',
    urgency: 'High: exposure ongoing',
  },
  needed: {
    asks: [
      { kind: 'decide', detail: 'hotfix or workaround' },
      { kind: 'investigate', detail: '' },
    ],
    deadline: '2026-11-23T17:00',
  },
};

describe('readiness: what the receiving team needs', () => {
  const items: Record<Target, string[]> = {
    l2: ['l2.summary', 'l2.tried', 'l2.customer'],
    engineering: [
      'engineering.repro',
      'engineering.environment',
      'engineering.logs',
      'engineering.impact',
      'engineering.timeline',
    ],
    product: ['product.use-case', 'product.impact', 'product.frequency', 'product.competition'],
    security: ['security.observed', 'security.affected', 'security.containment', 'security.urgency'],
    leadership: ['leadership.context', 'leadership.revenue', 'leadership.tried', 'leadership.decision'],
  };
  const method = ['method.quantified', 'method.ask', 'method.deadline'];

  test.each(Object.entries(items) as [Target, string[]][])(
    '%s: every checklist item passes on a complete draft, score 100',
    (target, ids) => {
      const r = readiness(draft(COMPLETE), target, false, []);
      expect(r.checklist.map((i) => i.id)).toEqual([...ids, ...method]);
      expect(r.checklist.every((i) => i.ok)).toBe(true);
      expect(r.score).toBe(100);
      expect(r.findings).toEqual([]);
    },
  );

  test.each(Object.entries(items) as [Target, string[]][])(
    '%s: an empty draft fails every required item, each finding points at a field',
    (target) => {
      const r = readiness(draft({}), target, false, []);
      expect(r.score).toBe(0);
      const required = r.checklist.filter((i) => !i.optional);
      expect(r.findings.map((f) => f.id)).toEqual(required.map((i) => i.id));
      for (const f of r.findings) {
        expect(f.field).toMatch(/^[a-zA-Z.]+$/);
        expect(f.fix.en.length).toBeGreaterThan(10);
        expect(f.fix['zh-CN'].length).toBeGreaterThan(3);
      }
    },
  );

  test('score counts what is there: L2 with summary and customer only', () => {
    const r = readiness(draft({ summary: 's', description: 'd', customer: { name: 'Dana' } }), 'l2', false, []);
    expect(r.score).toBe(Math.round((2 / 6) * 100));
  });

  test('impact in words is not quantified: "many customers" fails, a number passes', () => {
    const many = readiness(draft({ impact: { breadth: { names: 'many customers' } } }), 'l2', false, []);
    expect(many.checklist.find((i) => i.id === 'method.quantified')?.ok).toBe(false);
    const counted = readiness(draft({ impact: { breadth: { count: 12 } } }), 'l2', false, []);
    expect(counted.checklist.find((i) => i.id === 'method.quantified')?.ok).toBe(true);
  });

  test('a bug going to leadership still needs repro steps', () => {
    const r = readiness(draft({}), 'leadership', true, []);
    expect(r.checklist.map((i) => i.id)).toContain('method.repro-for-bugs');
  });

  test('leadership: an action written out is the "decision or action needed", a bare "investigate" is not', () => {
    const decision = (asks: NonNullable<NonNullable<EscalationInput['needed']>['asks']>) =>
      readiness(draft({ needed: { asks } }), 'leadership', false, []).checklist.find(
        (i) => i.id === 'leadership.decision',
      )?.ok;
    expect(decision([{ kind: 'other', detail: 'Join a call with the Globex VP on Monday' }])).toBe(true);
    expect(decision([{ kind: 'fix', detail: 'Commit engineering time to ship the fix before Dec 15' }])).toBe(true);
    expect(decision([{ kind: 'approve', detail: '' }])).toBe(true);
    expect(decision([{ kind: 'investigate', detail: '' }])).toBe(false);
    expect(decision([{ kind: 'other', detail: '' }])).toBe(false);
  });

  test('"other" with no detail is not a specific ask', () => {
    const r = readiness(draft({ needed: { asks: [{ kind: 'other', detail: '' }] } }), 'l2', false, []);
    expect(r.checklist.find((i) => i.id === 'method.ask')?.ok).toBe(false);
  });
});

describe('reproduction-step lint', () => {
  const full = Repro.parse(COMPLETE.repro);
  test('a complete repro has no findings', () => {
    expect(lintRepro(full)).toEqual([]);
  });

  test.each([
    ['try to export the file', 'repro.vague.1'],
    ['Enter some data in the Name field', 'repro.vague.1'],
    ["Click Save and it doesn't work", 'repro.vague.1'],
    ['Open Settings, Billing etc.', 'repro.vague.1'],
    ['Click something in the Dashboard page', 'repro.vague.1'],
    ['尝试导出文件', 'repro.vague.1'],
    ['Export the report', 'repro.unspecific.1'],
    ['Go to the page', 'repro.vague.1'],
    ['Upload some file', 'repro.vague.1'],
    ['Try to export', 'repro.vague.1'],
    ['Enter some data', 'repro.vague.1'],
    ['etc.', 'repro.vague.1'],
    ['Click around', 'repro.vague.1'],
    ['试一下导出', 'repro.vague.1'],
    ['输入一些数据', 'repro.vague.1'],
    ['The export is broken', 'repro.vague.1'],
    ['Try to export', 'repro.unspecific.1'],
    ['Enter some data', 'repro.unspecific.1'],
    ['Click around', 'repro.unspecific.1'],
    ['Click it', 'repro.unspecific.1'],
    ['试一下导出', 'repro.unspecific.1'],
    ['输入一些数据', 'repro.unspecific.1'],
  ])('step "%s" → %s, pointing at the step', (step, id) => {
    const findings = lintRepro({ ...full, steps: [step, 'Click the "Export" button'] });
    const f = findings.find((x) => x.id === id);
    expect(f?.field).toBe('repro.steps.0');
    expect(f?.text['zh-CN']).toBeTruthy();
  });

  test.each([
    ['startingState', '', 'repro.starting-state'],
    ['expected', '', 'repro.expected-actual'],
    ['environment', '', 'repro.environment'],
    ['evidence', [], 'repro.evidence'],
    ['ruledOut', [], 'repro.ruled-out'],
    ['frequency', undefined, 'repro.frequency'],
    ['steps', [], 'repro.no-steps'],
  ] as const)('missing %s → %s', (key, value, id) => {
    expect(lintRepro({ ...full, [key]: value }).map((f) => f.id)).toContain(id);
  });

  test('environment names what it lacks', () => {
    const f = lintRepro({ ...full, environment: 'Chrome on macOS' }).find((x) => x.id === 'repro.environment-partial');
    expect(f?.text.en).toContain('the account type or role');
    expect(f?.text.en).toContain('the plan level');
    expect(f?.text.en).not.toContain('browser');
  });

  const envMissing = (environment: string) =>
    lintRepro({ ...full, environment }).find((x) => x.id === 'repro.environment-partial')?.text['zh-CN'];

  test.each([
    'Chrome 131，macOS 14，企业版，管理员账号，未开启功能标志',
    'Chrome 131，macOS 14，专业版，管理员，无灰度开关',
    'Chrome 131，Windows 11，旗舰版套餐，所有者，无实验功能',
    'Chrome 131，macOS 14，免费版，访客，功能开关全关',
    'Chrome 131，macOS 14，基础版，成员，无实验功能',
    'Chrome 131，macOS 14，标准版，管理员，无实验功能',
  ])('a Chinese environment naming edition, role and flags lacks nothing: %s', (environment) => {
    expect(envMissing(environment)).toBeUndefined();
  });

  test.each([
    ['Chrome 版本 131，macOS 14，管理员，未开启功能标志', '环境未提及：套餐等级。'],
    ['Chrome 131 新版，macOS 14，管理员，未开启功能标志', '环境未提及：套餐等级。'],
    ['Chrome 131，macOS 14，企业版，未开启功能标志', '环境未提及：账户类型或角色。'],
    ['Chrome 131，macOS 14，企业版，管理员', '环境未提及：功能标志。'],
  ])('a Chinese environment says what it lacks: %s', (environment, said) => {
    expect(envMissing(environment)).toBe(said);
  });

  test.each(['Go to the Billing page', 'Go to the page for invoices', 'Open the "Exports" tab'])(
    'a step naming its page is not vague: %s',
    (step) => {
      const ids = lintRepro({ ...full, steps: [step, 'Click the "Export" button'] }).map((f) => f.id);
      expect(ids).not.toContain('repro.vague.1');
    },
  );

  const stepHints = (step: string) =>
    lintRepro({ ...full, steps: [step, 'Click the "Export" button'] })
      .filter((f) => f.field === 'repro.steps.0')
      .map((f) => f.text.en);

  test.each([
    'Open Reports, then Export',
    'Sign in as an Admin user',
    'Download the file',
    'Wait for the job to finish',
    'Press Start and wait for the job to finish',
    'Observe the error toast',
    'Open report.csv',
    '打开报表，然后导出',
    '下载文件并统计行数',
  ])('a step naming a UI element or doing a concrete action gets no hint: %s', (step) => {
    expect(stepHints(step)).toEqual([]);
  });

  test.each([
    ['Open Reports > Broken Links and click Run', 'Open the report and it is broken', '“doesn’t work”'],
    ['Type "something" into the Search field and press Enter', 'Type something into the Search field', '“something'],
    ["Type 'something' into the Search field", 'Type something into the Search field', '“something'],
    ['点击「某个」按钮', '点击某个按钮', '“something'],
    ['点击“同步”按钮，应用会尝试重新连接 3 次', '点击“同步”按钮，尝试重新连接 3 次', '“try to”'],
    ['Click Sync; the app will try to reconnect 3 times', 'Click Sync and try to reconnect 3 times', '“try to”'],
  ])('a vague word inside a quote or a UI name is not the step being vague: %s', (named, vague, hint) => {
    expect(stepHints(named)).toEqual([]);
    expect(stepHints(vague).join(' ')).toContain(hint);
  });

  test.each([
    'attach crash-log.txt',
    'attach --dump.json',
    'compare old_export.xlsx and new.csv',
    'attach v2-report.PDF',
  ])('a step naming a file is concrete: %s', (step) => {
    expect(stepHints(step)).toEqual([]);
  });

  test.each([
    'attach the log',
    'attach crash-log.t',
    'attach crash-log.textfile',
    'attach --.txt',
    'attach crash.log_x',
  ])('a step naming no file is not: %s', (step) => {
    expect(stepHints(step).join(' ')).toContain('names no UI element or value');
  });

  test.each([
    ['1-1-1-…', `attach ${'1-'.repeat(50_000)}`, []],
    ['a-a-a-…', `attach ${'a-'.repeat(50_000)}`, ['Step 1 names no UI element or value.']],
    ['a-a-a-….txt', `attach ${'a-'.repeat(50_000)}a.txt`, []],
  ])('a pasted 100,000-character %s is linted in a moment', (_, step, hints) => {
    expect(fastestMs(() => stepHints(step), 100)).toBeLessThan(100);
    expect(stepHints(step)).toEqual(hints);
  });

  const stepFixes = (step: string) =>
    lintRepro({ ...full, steps: [step, 'Click the "Export" button'] })
      .filter((f) => f.field === 'repro.steps.0')
      .map((f) => f.fix);

  test.each([
    ['try to export the file', /^Say what was actually done/, /^写出实际做了什么/],
    ['Enter some data in the Name field', /^Write the exact value/, /^写出输入的精确值/],
    [
      "Click Save and it doesn't work",
      /^Write what happened instead: the exact message or behaviour/,
      /^写出实际发生了什么/,
    ],
    ['Open Settings, Billing etc.', /^List every step/, /^逐行列出每一步/],
    ['Go to the page', /^Name the page/, /^写出页面名称/],
    ['Click around', /^Name each thing clicked/, /^按顺序写出点了哪里/],
    ['Click something in the Dashboard page', /^Name the exact thing/, /^写出具体是哪一个/],
  ])('a vague step is told how to fix its own kind of vagueness: %s', (step, en, zh) => {
    const [fix] = stepFixes(step);
    expect(fix?.en).toMatch(en);
    expect(fix?.['zh-CN']).toMatch(zh);
  });

  test('a step vague in two ways is flagged once, with each kind’s advice, and no sentence said twice', () => {
    const step = "Click around until it doesn't work";
    const vague = lintRepro({ ...full, steps: [step, 'Click the "Export" button'] }).filter((f) =>
      f.id.startsWith('repro.vague.'),
    );
    expect(vague.map((f) => f.id)).toEqual(['repro.vague.1']);
    expect(vague[0]?.text).toEqual({
      en: 'Step 1: “doesn’t work” does not say what happened; “click around” does not say what was clicked.',
      'zh-CN': '第 1 步：“不工作”没有说明实际发生了什么；“随便点”没有说明点了什么。',
    });
    const sentences = stepFixes(step).flatMap((fix) =>
      [fix.en, fix['zh-CN']].flatMap((s) => s.split(/(?<=\.)\s+(?=[A-Z])|(?<=。)(?=.)/)),
    );
    expect(sentences.filter(Boolean)).toEqual([...new Set(sentences.filter(Boolean))]);
    expect(vague[0]?.fix.en).toMatch(/exact message or behaviour.*Name each thing clicked/);
  });

  test('an email address is an exact value', () => {
    const ids = lintRepro({ ...full, steps: ['Log in as admin@acme.example'] }).map((f) => f.id);
    expect(ids).not.toContain('repro.exact-values');
    expect(ids).not.toContain('repro.unspecific.1');
  });

  test('steps without any exact value are flagged once', () => {
    const ids = lintRepro({ ...full, steps: ['Open the Reports page', 'Click the Export button'] }).map((f) => f.id);
    expect(ids.filter((id) => id === 'repro.exact-values')).toHaveLength(1);
  });
});
