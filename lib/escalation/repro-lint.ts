import type { Bilingual } from './criteria';
import type { Repro } from './model';

export interface Finding {
  id: string;
  // Dotted path of the draft field the finding is about, e.g. "repro.steps.2"; the panel focuses it.
  field: string;
  text: Bilingual;
  fix: Bilingual;
}

// Each kind of vagueness, and how to write the step instead.
const VAGUE: readonly { re: RegExp; en: string; zh: string; fixEn: string; fixZh: string }[] = [
  {
    // "The app will try to reconnect" describes what the product does, not a step the agent left vague.
    re: /(?<!\b(?:app|application|system|client|server|browser|extension|service|job|sync|it)\s+(?:(?:will|would|then|automatically)\s+)*)\btry(?:ing)? to\b|(?<!(?:应用|系统|客户端|服务器|程序|浏览器|插件|扩展|服务|它)(?:会|将|将会|就会|会自动|自动)?)(?:尝试|试一下|试试|试着)/i,
    en: '“try to” hides what exactly was done',
    zh: '“尝试”没有说明具体做了什么',
    fixEn: 'Say what was actually done, e.g. “Click Export in the top-right of the Dashboard page”.',
    fixZh: '写出实际做了什么，例如“点击仪表盘右上角的导出按钮”。',
  },
  {
    re: /\bsome (?:data|value|values|stuff|input|thing|things|records?|files?|documents?|images?|text|numbers?|users?|accounts?)\b|一些数据|一些值|某个文件/i,
    en: '“some data” is not an exact value',
    zh: '“一些数据”不是精确的值',
    fixEn: 'Write the exact value entered, e.g. “Enter 2026-10-31 in the End date field”.',
    fixZh: '写出输入的精确值，例如“在结束日期字段输入 2026-10-31”。',
  },
  {
    re: /\b(?:does ?n[o']t|did ?n[o']t|is ?n[o']t|won'?t) work(?:ing)?\b|\bbroken\b|不工作|不起作用|坏了/i,
    en: '“doesn’t work” does not say what happened',
    zh: '“不工作”没有说明实际发生了什么',
    fixEn:
      'Write what happened instead: the exact message or behaviour seen, e.g. “The button greys out and no file downloads”.',
    fixZh: '写出实际发生了什么：看到的确切提示或表现，例如“按钮变灰，没有下载任何文件”。',
  },
  {
    re: /\betc\.?(?=\s|$)|\band so on\b|等等/i,
    en: '“etc.” leaves steps out',
    zh: '“等等”省略了步骤',
    fixEn: 'List every step, one per line, in place of “etc.”.',
    fixZh: '逐行列出每一步，不要用“等等”代替。',
  },
  {
    // "Go to the page" names no page; "Go to the Billing page" or "the page for invoices" does.
    re: /\b(?:go|navigate|open|return) to (?:the|a) (?:page|screen|tab|form|section)\b(?!\s+(?:["'“‘`「]|named|called|titled|for|of|with)\b)/i,
    en: '“the page” does not say which one',
    zh: '“该页面”没有说明是哪个页面',
    fixEn: 'Name the page, e.g. “Go to the Billing page”.',
    fixZh: '写出页面名称，例如“进入账单页面”。',
  },
  {
    re: /\b(?:click|poke|play|mess|look) around\b|随便点|到处点|点来点去/i,
    en: '“click around” does not say what was clicked',
    zh: '“随便点”没有说明点了什么',
    fixEn: 'Name each thing clicked, in order, e.g. “Click Reports, then Export”.',
    fixZh: '按顺序写出点了哪里，例如“点击报表，然后点击导出”。',
  },
  {
    re: /\bsomething\b|\bsomehow\b|\bsomewhere\b|某个|某些/i,
    en: '“something/somewhere” is not specific',
    zh: '“某个/某些”不够具体',
    fixEn: 'Name the exact thing or place, e.g. “Change the Time zone setting”.',
    fixZh: '写出具体是哪一个、在哪里，例如“修改时区设置”。',
  },
];

// Quoted text is the exact value or label to use, so its words say nothing about how vague the step is.
// A straight single quote only opens a quote away from a word, so "doesn't" stays as it is.
const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|「[^」]*」|『[^』]*』|«[^»]*»|`[^`]*`|(?<!\w)'[^']*'(?!\w)/g;

// A run of capitalised words is a UI name ("Reports", "Broken Links", "Admin"), except the lone capital a
// sentence starts with ("Try to export").
const CAPITALISED = /\b[A-Z][A-Za-z0-9-]*[A-Za-z0-9](?:[ \t]+[A-Z][A-Za-z0-9-]*[A-Za-z0-9])*\b/g;

const isName = (run: string, before: string) => /\s/.test(run) || !/(?:^|[.!?;:]\s+)\s*$/.test(before);

const hasName = (text: string) => [...text.matchAll(CAPITALISED)].some((m) => isName(m[0], text.slice(0, m.index)));

// What the vague-word rules read: the step without its quoted values and UI names.
const ownWords = (text: string) =>
  text
    .replace(QUOTED, '""')
    .replace(CAPITALISED, (run: string, at: number, all: string) => (isName(run, all.slice(0, at)) ? 'X' : run));

// A concrete step names a UI element, a path, a quoted value, a number or a file… A file name is tried
// only from the start of a word-and-dash run, and its first word character is found without backtracking:
// from every position of a pasted "a-a-a-…" it took seconds.
const CONCRETE =
  /["'“”‘’`«»「」『』@]|\d|\/|>|→|(?<![\w-])-*\w[\w-]*\.[A-Za-z0-9]{2,5}\b|\b(?:button|page|tab|menu|field|link|dialog|modal|dropdown|checkbox|icon|toggle|form|url|column|row|filter|setting|settings|panel|screen|endpoint|api|header|sidebar|toast|banner|notification|popup|pop-up|tooltip|window|table)\b|按钮|页面|菜单|标签|字段|链接|对话框|下拉|复选框|图标|设置|弹窗|通知|窗口|表格/i;

// …or does a concrete action to something: "Download the file", "Wait for the job", "打开报表".
// "Click around" and "enter some data" act on nothing in particular.
const ACTION =
  /\b(?:open|sign (?:in|out)|log (?:in|out)|download|upload|wait for|choose|select|press|type|enter|click|tap|go to|navigate to|return to)(?:\s+(?:on|in|into|at|as|to|from|for|with))?\s+(?:(?:the|a|an|this|that|its|their|your|my|our|each|every)\s+)?(?!(?:the|a|an|around|about|something|anything|everything|stuff|things?|it|them|some|somewhere|anywhere|here|there|again|etc)\b)[a-z]{2,}|(?:打开|登录|登入|下载|上传|等待|选择|选中|按下|输入|点击|单击|进入|前往|转到)\s*(?!一些|某|随便|一下|看看)[\p{Script=Han}A-Za-z]/iu;

const concrete = (text: string) => CONCRETE.test(text) || ACTION.test(text) || hasName(text);

const ENVIRONMENT: readonly { id: string; re: RegExp; en: string; zh: string }[] = [
  {
    id: 'browser',
    re: /chrome|firefox|safari|edge|browser|ios|android|app\b|浏览器/i,
    en: 'the browser or app',
    zh: '浏览器或应用',
  },
  {
    id: 'os',
    re: /windows|mac ?os|macos|linux|ios|android|ubuntu|chromeos|操作系统/i,
    en: 'the operating system',
    zh: '操作系统',
  },
  {
    id: 'account',
    re: /account|admin|user role|role|permission|账户|账号|角色|权限|管理员|所有者|拥有者|成员|访客/i,
    en: 'the account type or role',
    zh: '账户类型或角色',
  },
  {
    id: 'plan',
    // An edition names the plan (企业版); 版本 and 新版 are a version.
    re: /plan|tier|enterprise|pro\b|free|business|starter|套餐|(?:企业|专业|旗舰|免费|基础|标准|高级|团队|商业|个人|试用|付费)版/i,
    en: 'the plan level',
    zh: '套餐等级',
  },
  {
    id: 'flags',
    re: /flag|feature|beta|experiment|功能标志|功能开关|实验性?功能|灰度/i,
    en: 'feature flags',
    zh: '功能标志',
  },
];

const f = (id: string, field: string, en: string, zh: string, fixEn: string, fixZh: string): Finding => ({
  id,
  field,
  text: { en, 'zh-CN': zh },
  fix: { en: fixEn, 'zh-CN': fixZh },
});

// The seed's seven practices for reproduction steps, checked over the draft.
export function lintRepro(repro: Repro): Finding[] {
  const findings: Finding[] = [];
  const steps = repro.steps.map((s, i) => ({ text: s.trim(), index: i })).filter((s) => s.text);
  if (!repro.startingState.trim()) {
    findings.push(
      f(
        'repro.starting-state',
        'repro.startingState',
        'The starting state is not described.',
        '没有描述起始状态。',
        'Say where to start from: account type, configuration, permissions.',
        '说明从哪里开始：账户类型、配置、权限。',
      ),
    );
  }
  if (!steps.length) {
    findings.push(
      f(
        'repro.no-steps',
        'repro.steps',
        'There are no reproduction steps.',
        '没有重现步骤。',
        'List each step a colleague would follow, one per line.',
        '逐行列出同事可照做的每一步。',
      ),
    );
  }
  for (const step of steps) {
    const n = step.index + 1;
    const own = ownWords(step.text);
    // One finding a step, naming each kind of vagueness in it and how to fix each: a step both "click around"
    // and "doesn't work" is told two different things, once each.
    const vague = VAGUE.filter((v) => v.re.test(own));
    if (vague.length) {
      findings.push(
        f(
          `repro.vague.${n}`,
          `repro.steps.${step.index}`,
          `Step ${n}: ${vague.map((v) => v.en).join('; ')}.`,
          `第 ${n} 步：${vague.map((v) => v.zh).join('；')}。`,
          vague.map((v) => v.fixEn).join(' '),
          vague.map((v) => v.fixZh).join(''),
        ),
      );
    }
    if (!concrete(step.text)) {
      findings.push(
        f(
          `repro.unspecific.${n}`,
          `repro.steps.${step.index}`,
          `Step ${n} names no UI element or value.`,
          `第 ${n} 步没有指出界面元素或具体值。`,
          'Name the button, page or field, and the exact input (IDs, dates, numbers).',
          '写出按钮、页面或字段，以及精确输入（ID、日期、数字）。',
        ),
      );
    }
  }
  // A quoted value, a number or an email address (the account a step logs in as) is an exact value.
  if (steps.length && !steps.some((s) => /["'“”`]|\d|[\w.+-]@[\w-]+\.\w/.test(s.text))) {
    findings.push(
      f(
        'repro.exact-values',
        'repro.steps',
        'No step contains an exact value.',
        '没有任何步骤包含精确值。',
        'Use the specific inputs, dates and IDs — not “enter some data”.',
        '使用具体的输入、日期和 ID——不要写“输入一些数据”。',
      ),
    );
  }
  if (!repro.expected.trim() || !repro.actual.trim()) {
    findings.push(
      f(
        'repro.expected-actual',
        repro.expected.trim() ? 'repro.actual' : 'repro.expected',
        'Expected and actual results are not both given.',
        '没有同时给出预期结果和实际结果。',
        'State what should happen and what happens instead.',
        '说明应该发生什么，以及实际发生了什么。',
      ),
    );
  }
  const env = repro.environment;
  const missingEnv = ENVIRONMENT.filter((e) => !e.re.test(env));
  if (!env.trim()) {
    findings.push(
      f(
        'repro.environment',
        'repro.environment',
        'The environment is not noted.',
        '没有注明环境。',
        'Add browser, OS, account type, feature flags and plan level.',
        '补充浏览器、操作系统、账户类型、功能标志和套餐等级。',
      ),
    );
  } else if (missingEnv.length) {
    findings.push(
      f(
        'repro.environment-partial',
        'repro.environment',
        `The environment does not mention ${missingEnv.map((e) => e.en).join(', ')}.`,
        `环境未提及：${missingEnv.map((e) => e.zh).join('、')}。`,
        'Add what is missing, or say it does not matter.',
        '补充缺少的信息，或说明其无关。',
      ),
    );
  }
  if (!repro.frequency) {
    findings.push(
      f(
        'repro.frequency',
        'repro.frequency',
        'The frequency is not captured.',
        '没有记录出现频率。',
        'Always reproducible? Intermittent? Only under certain conditions?',
        '每次都能重现？间歇性出现？仅在特定条件下出现？',
      ),
    );
  }
  if (!repro.evidence.some((e) => e.trim())) {
    findings.push(
      f(
        'repro.evidence',
        'repro.evidence',
        'There is no evidence attached.',
        '没有附上证据。',
        'Add the exact error text, logs, network or console output, or screenshots.',
        '附上精确的错误信息、日志、网络或控制台输出，或截图。',
      ),
    );
  }
  if (!repro.ruledOut.some((r) => r.trim())) {
    findings.push(
      f(
        'repro.ruled-out',
        'repro.ruledOut',
        'Nothing is noted as ruled out.',
        '没有说明已排除的情况。',
        'E.g. “Tested in Chrome and Firefox — same behavior”, “Not account-specific”.',
        '例如“在 Chrome 和 Firefox 中测试过——行为一致”“与账户无关”。',
      ),
    );
  }
  return findings;
}
