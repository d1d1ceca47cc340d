// What a support issue is about, in words that do not depend on how a customer phrased it: the product area
// it concerns and the symptom it shows, each recognised in English and Chinese. Two tickets about the same
// area with the same symptom are likely one issue even when they share no word ("charged twice" and
// "duplicate charge", "登录循环" and "SSO redirect loop"); a different area or a different symptom is
// evidence of two issues even when many words are shared ("webhooks late" and "emails late"). Pure.
import type { Bilingual } from '../escalation/criteria';

export type ConceptKind = 'area' | 'symptom';

interface ConceptDef {
  id: string;
  kind: ConceptKind;
  label: Bilingual;
  /** English, matched on lower-cased text at word boundaries. */
  en: RegExp;
  /** Chinese, matched as substrings. */
  zh?: RegExp;
}

const concept =
  (kind: ConceptKind) =>
  (id: string, en: string, zh: string, enPattern: RegExp, zhPattern?: RegExp): ConceptDef => ({
    id: `${kind}:${id}`,
    kind,
    label: { en, 'zh-CN': zh },
    en: enPattern,
    zh: zhPattern,
  });
const area = concept('area');
const symptom = concept('symptom');

// Areas are parts of a product, not channels of complaint: "notification" or "error" name no area.
const CONCEPTS: readonly ConceptDef[] = [
  area('login', 'sign-in', '登录', /\b(log(?:ging|ged|s)? ?in|login|sign(?:ing|ed|s)?[ -]?in|signin)\b/, /登录|登入/),
  area(
    'sso',
    'single sign-on',
    '单点登录',
    /\b(sso|single sign[ -]?on|saml|okta|azure ad|entra|oidc|openid)\b/,
    /单点登录|统一认证/,
  ),
  area('password', 'password', '密码', /\b(password|passwords|passcode)\b/, /密码/),
  area(
    'mfa',
    'two-factor authentication',
    '双重验证',
    /\b(2fa|mfa|two[ -]factor|multi[ -]factor|authenticator|one[ -]time (?:code|password)|otp|verification code)\b/,
    /双重验证|两步验证|二次验证|动态码|验证码/,
  ),
  area(
    'session',
    'session',
    '会话',
    /\b(session|sessions|logged out|logs? (?:us|them|me) out)\b/,
    /会话|被登出|退出登录/,
  ),
  area(
    'permissions',
    'permissions and roles',
    '权限和角色',
    /\b(permission|permissions|roles?|access rights|admin rights|read[ -]only access)\b/,
    /权限|角色/,
  ),
  area('invite', 'user invitations', '用户邀请', /\b(invit(?:e|es|ed|ing|ation|ations))\b/, /邀请/),
  area('export', 'export', '导出', /\b(export|exports|exported|exporting)\b/, /导出/),
  area('import', 'import', '导入', /\b(import|imports|imported|importing)\b/, /导入/),
  area('upload', 'uploads and attachments', '上传和附件', /\b(upload\w*|attachments?|attached files?)\b/, /上传|附件/),
  area(
    'billing',
    'billing',
    '账单',
    /\b(bill(?:ed|ing)?|charg(?:e|es|ed|ing)|invoices?|refunds?|subscriptions?|renewals?|credit card|card was|by card|seats?)\b/,
    /账单|扣款|扣费|收费|发票|退款|续费|订阅/,
  ),
  area(
    'checkout',
    'checkout',
    '结账',
    /\b(checkout|check[ -]out page|cart|pay button|pay now|payment page)\b/,
    /结账|结算|购物车|支付页/,
  ),
  area('tax', 'tax', '税费', /\b(tax|taxes|vat|gst)\b/, /税/),
  area(
    'api',
    'API',
    '接口',
    /\b(api|apis|endpoint|endpoints|rest api|graphql|sdk|api keys?|access tokens?)\b/,
    /接口|API 调用|开放平台/,
  ),
  area('webhook', 'webhooks', 'Webhook', /\b(webhooks?|callbacks?)\b/, /回调/),
  area(
    'email',
    'email',
    '邮件',
    /\b(e-?mails?|newsletters?|campaign emails?|mailbox|smtp|inbox|outlook\.com|gmail)\b/,
    /邮件|邮箱/,
  ),
  area('sms', 'SMS', '短信', /\b(sms|text messages?)\b/, /短信/),
  area('push', 'push notifications', '推送通知', /\b(push notifications?|push messages?)\b/, /推送通知|消息推送/),
  area('slack', 'Slack', 'Slack', /\bslack\b/),
  area('teams', 'Microsoft Teams', 'Microsoft Teams', /\b(microsoft teams|ms teams)\b/),
  area('salesforce', 'Salesforce', 'Salesforce', /\bsalesforce\b/),
  area('hubspot', 'HubSpot', 'HubSpot', /\bhubspot\b/),
  area('zapier', 'Zapier', 'Zapier', /\bzapier\b/),
  area('calendar', 'calendar', '日历', /\b(calendar|calendars|meetings?|bookings?|appointments?)\b/, /日历|会议|预约/),
  area('mobile', 'mobile app', '移动应用', /\b(ios|iphone|ipad|android|mobile app|mobile)\b/, /手机|移动端|安卓|苹果/),
  area('dashboard', 'dashboard', '仪表板', /\b(dashboards?|charts?|widgets?|graphs?)\b/, /仪表板|仪表盘|图表|看板/),
  area('report', 'reports', '报表', /\b(reports?|reporting)\b/, /报表|报告/),
  area('search', 'search', '搜索', /\b(search|searches|searching)\b/, /搜索|检索/),
  area('contacts', 'contacts', '联系人', /\b(contacts?|leads?)\b/, /联系人|线索/),
  area('forms', 'forms', '表单', /\b(forms?|submissions?)\b/, /表单/),
  area('settings', 'settings', '设置', /\b(settings|preferences)\b/, /设置/),
  area('pdf', 'PDF', 'PDF', /\bpdfs?\b/),
  area('audit', 'audit log', '审计日志', /\b(audit logs?|audit trail|activity log)\b/, /审计日志|操作日志/),
  area(
    'domain',
    'custom domain',
    '自定义域名',
    /\b(custom domains?|dns|cname|ssl certificate|certificate)\b/,
    /域名|证书/,
  ),
  area('editor', 'editor', '编辑器', /\b(editor|rich text|wysiwyg)\b/, /编辑器/),
  area(
    'time-tracking',
    'time tracking',
    '计时',
    /\b(time tracking|timers?|time entr(?:y|ies)|tracked time|timesheets?|logged hours)\b/,
    /计时|工时|时长记录/,
  ),
  area(
    'privacy',
    'privacy requests',
    '隐私请求',
    /\b(gdpr|ccpa|erasure|data subject|deletion requests?|dsar|right to be forgotten|data access requests?)\b/,
    /隐私|数据删除请求|删除请求/,
  ),
  area(
    'provisioning',
    'user provisioning',
    '用户预配',
    /\b(scim|provision\w*|deprovision\w*|directory sync)\b/,
    /预配|目录同步/,
  ),
  area('sync', 'sync', '同步', /\b(sync|syncs|synced|syncing|synchroni[sz]\w*)\b/, /同步/),
  area('pagination', 'pagination', '分页', /\b(paginat\w*|cursor|next_cursor|page by page|per page)\b/, /分页|翻页/),
  area(
    'theme',
    'dark mode',
    '深色模式',
    /\b(dark (?:mode|theme)|light (?:mode|theme))\b/,
    /深色模式|暗色模式|夜间模式/,
  ),
  area('quotes', 'quotes', '报价单', /\b(quotes?|quotations?|line items?)\b/, /报价/),
  area('projects', 'projects', '项目', /\b(projects?)\b/, /项目/),
  area('tasks', 'tasks', '任务', /\b(tasks?|subtasks?|to-?dos?)\b/, /任务|待办/),
  area(
    'chat',
    'chat widget',
    '在线聊天',
    /\b(chat widget|live chat|chatbot|messenger widget|chat)\b/,
    /在线客服|聊天窗口|聊天/,
  ),
  area(
    'deeplink',
    'app links',
    '应用内链接',
    /\b(deep ?links?|app links?|universal links?|magic links?)\b/,
    /深度链接|应用链接/,
  ),
  area(
    'printing',
    'printing and labels',
    '打印和标签',
    /\b(print\w*|shipping labels?|labels? printer|thermal)\b/,
    /打印|面单/,
  ),
  area(
    'shipping',
    'shipping',
    '物流',
    /\b(shipping|shipments?|carriers?|tracking numbers?|fulfil+ment)\b/,
    /发货|物流|快递/,
  ),
  area('orders', 'orders', '订单', /(?<!\bin )\b(orders?)\b(?! to\b)/, /订单/),
  area('inventory', 'inventory', '库存', /\b(inventory|stock levels?|out of stock)\b/, /库存/),
  area('payroll', 'payroll', '工资', /\b(payroll|paystubs?|payslips?|pay runs?|withh[eo]ld\w*)\b/, /工资|薪资|发薪/),
  area(
    'leave',
    'time off',
    '假期',
    /\b(pto|vacation|time off|leave balances?|accruals?|carry-?over)\b/,
    /假期|年假|休假/,
  ),
  area(
    'templates',
    'templates and merge fields',
    '模板和变量',
    /\b(templates?|merge tags?|merge fields?|placeholders?|variables?|personali[sz]\w*)\b/,
    /模板|变量|占位符/,
  ),
  area('unsubscribe', 'unsubscribe', '退订', /\b(unsubscrib\w*|opt-?outs?)\b/, /退订/),
  area(
    'campaigns',
    'campaigns',
    '营销活动',
    /\b(campaigns?|a\/b tests?|ab tests?|split tests?)\b/,
    /营销活动|群发|A\/B/,
  ),
  area(
    'allowlist',
    'IP allowlist',
    'IP 白名单',
    /\b(allow-?list\w*|white-?list\w*|ip ranges?|cidr|subnets?)\b/,
    /白名单|IP 段/,
  ),
  area(
    'routing',
    'routing and handoff',
    '分配和转接',
    /\b(hand-?offs?|hands? off|routing|routed|assignment rules?|transfer to (?:an? )?(?:human|agent))\b/,
    /转人工|转接|分配规则/,
  ),
  area('sla', 'SLA', 'SLA', /\b(sla|slas|service level|first response time)\b/, /SLA/),
  area('merge', 'merging', '合并', /\b(merg(?:e|es|ed|ing))\b/, /合并/),
  area('offline', 'offline mode', '离线模式', /\b(offline|no signal|no connection)\b/, /离线|断网/),
  area(
    'retention',
    'data retention',
    '数据保留',
    /\b(retention|auto-?delet\w*|purg\w*|clean-?up jobs?)\b/,
    /保留策略|自动删除|自动清理/,
  ),
  area('shopify', 'Shopify', 'Shopify', /\bshopify\b/),
  area('stripe', 'Stripe', 'Stripe', /\bstripe\b/),
  area('pipedrive', 'Pipedrive', 'Pipedrive', /\bpipedrive\b/),
  area('jira', 'Jira', 'Jira', /\bjira\b/),
  area('github', 'GitHub', 'GitHub', /\bgithub\b/),
  area('quickbooks', 'QuickBooks', 'QuickBooks', /\b(quickbooks|xero)\b/),
  area('make', 'Make', 'Make', /\b(make \(integromat\)|integromat|make scenarios?)\b/),

  symptom(
    'incomplete',
    'missing or cut-off data',
    '数据缺失或被截断',
    /\b(missing|incomplete|truncat\w*|cuts? off|cut short|partial(?:ly)?|partway|limit reached|row limit|stops? (?:at|after) (?:exactly |about )?[\d,.]+k? (?:rows|records|lines|items)|rest of the (?:rows|data|records))\b/,
    /缺少|缺失|不完整|丢失|截断|只有一部分|其余的/,
  ),
  symptom(
    'delay',
    'delayed delivery',
    '延迟送达',
    /\b(late|delay|delays|delayed|hours after|hours later|lag|lagging|behind by|take hours to appear)\b/,
    /延迟|延时|迟到|滞后/,
  ),
  symptom(
    'slow',
    'slow',
    '缓慢',
    /\b(slow|slowly|sluggish|takes? (?:over |more than |about )?(?:an? |\d+ )?(?:minutes?|hours?|seconds?)|performance)\b/,
    /很慢|缓慢|速度慢|卡顿|需要.{1,6}(?:分钟|小时)/,
  ),
  symptom(
    'duplicate',
    'duplicated',
    '重复',
    /\b(duplicat\w*|twice|two times|double[ds]?|doubled up|shows? up (?:two|on both)|repeated|same (?:\w+ )?ids)\b/,
    /重复|两次|双重扣/,
  ),
  symptom(
    'stopped',
    'stopped working',
    '停止工作',
    /\b(stopped|stops working|no longer|not anymore|ceased|quit working|not syncing|(?:haven't|hasn't|have not|has not) (?:updated|synced))\b/,
    /停止|不再|不工作了|没有同步/,
  ),
  symptom(
    'not-received',
    'never arrives',
    '收不到',
    /\b(never (?:arriv\w*|comes?|came|receiv\w*|gets?)|not (?:arriving|received|receiving|delivered)|(?:do|does|did)(?: not|n't) (?:receive|get|arrive)|nothing (?:came|arrived|arrives))\b/,
    /收不到|没有收到|没收到|未收到|接收不到/,
  ),
  symptom(
    'crash',
    'crashes',
    '崩溃',
    /\b(crash\w*|closes (?:immediately|unexpectedly|itself)|force[ -]clos\w*|quits unexpectedly)\b/,
    /崩溃|闪退/,
  ),
  symptom(
    'loop',
    'redirect loop',
    '循环跳转',
    /\b(loops?|looping|redirect\w* (?:back|again)|bouncing between|endless(?:ly)?|infinite(?:ly)? redirect\w*)\b/,
    /循环|反复跳转|来回跳转|一直重定向/,
  ),
  symptom(
    'bounce',
    'bounces',
    '退信',
    /\b(bounc(?:e|es|ed|ing)\b(?! between| back to)|undeliverable|hard bounce)/,
    /退信|被退回/,
  ),
  symptom(
    'timeout',
    'times out',
    '超时',
    /\b(time[sd]? ?out|timeouts?|timed out|gateway time-?out|never finishes)\b/,
    /超时|一直无法完成/,
  ),
  symptom(
    'rate-limit',
    'rate limited',
    '被限流',
    /\b(rate[ -]limit\w*|too many requests|throttl\w*|429)\b/,
    /限流|频率限制|请求过多/,
  ),
  symptom(
    'unresponsive',
    'does nothing when clicked',
    '点击无反应',
    /\b(does nothing|nothing happens|no effect|unresponsive|not responding|doesn't respond|greyed out|can't click)\b/,
    /没反应|无反应|无响应|点击无效/,
  ),
  symptom(
    'not-loading',
    'does not load',
    '无法加载',
    /\b(not loading|won't load|fails? to load|doesn't load|never loads|spinning|spinner|blank (?:page|screen)|broken image|not displayed|doesn't display|isn't displayed)\b/,
    /无法加载|加载不出|加载失败|转圈|白屏|不显示|显示不出/,
  ),
  symptom(
    'wrong-time',
    'wrong time or time zone',
    '时间或时区错误',
    /\b(time ?zones?|utc|wrong (?:hour|time)|hours? (?:early|too early|off)|\d{1,2} ?(?:am|pm) instead)\b/,
    /时区|时间不对|时间错误/,
  ),
  symptom(
    'currency',
    'wrong currency',
    '币种错误',
    /(\b(?:currency|currencies|usd|eur|gbp|dollars?|euros?)\b|\$ for)/,
    /币种|货币|美元|欧元/,
  ),
  symptom(
    'rejected',
    'rejected as invalid',
    '被拒绝或无效',
    /\b(reject\w*|invalid|not accepted|declined|does not match|doesn't match|mismatch\w*)\b/,
    /拒绝|无效|不匹配|校验失败/,
  ),
  symptom(
    'expired',
    'says expired',
    '提示已过期',
    /\b(expired|expires|expiry|no longer valid|needs? (?:to be )?reconnect\w*|reauthori[sz]\w*|token revoked)\b/,
    /过期|失效/,
  ),
  symptom(
    'empty',
    'empty or no results',
    '空白或无结果',
    /\b(empty|no data|no results|finds nothing|returns nothing|blank)\b/,
    /为空|空白|没有数据|无结果|搜不到/,
  ),
  symptom(
    'inconsistent',
    'figures do not match',
    '数据不一致',
    /\b(don't match|do not match|differs? from|inconsistent|discrepanc\w*)\b/,
    /不一致|对不上/,
  ),
  symptom(
    'corrupted',
    'corrupted file',
    '文件损坏',
    /(\b(?:corrupt\w*|cannot open|can't open|garbled|mojibake|encoding|question marks)\b|\?\?\?)/,
    /损坏|乱码|打不开|问号/,
  ),
  symptom(
    'locked-out',
    'locked out',
    '账户被锁定',
    /\b(locked out|account (?:is |was |gets )?locked|lockout)\b/,
    /锁定/,
  ),
  symptom(
    'not-shown',
    'does not show up',
    '没有显示',
    /\b(not (?:showing|shown|appearing|visible)|(?:doesn't|don't|do not|does not|never) (?:show|appear)|missing from the (?:list|log|timeline))\b/,
    /查不到|看不到|没有显示|没有出现|不出现/,
  ),
  symptom(
    'invisible',
    'unreadable',
    '看不清',
    /\b(invisible|unreadable|can't be read|can't read|black on (?:a )?dark|white on (?:a )?white)\b/,
    /看不清|看不见/,
  ),
  symptom(
    'wrong-value',
    'wrong number',
    '数值错误',
    /\b(negative|wrong (?:total|amount|count|value|price|number)|still counted|counted as|charged for \d+)\b/,
    /负数|负的|数值错误|多算|多收/,
  ),
  symptom(
    'overwritten',
    'overwritten',
    '被覆盖',
    /\b(overwrit\w*|reassign\w*|replaced by|written to (?:the )?wrong)\b/,
    /覆盖|被改成|被替换/,
  ),
  symptom(
    'needs-relogin',
    'only after signing in again',
    '重新登录后才生效',
    /\b(only (?:applies|works|takes effect) after|until they (?:log|sign) out|after re-?login|log out and back in)\b/,
    /重新登录才|重新登录后才|才生效/,
  ),
  symptom(
    'logged-out',
    'signed out unexpectedly',
    '被意外登出',
    /\b(logged out|kicked (?:out|to (?:the )?login)|sign in again|log in again|session[_ ]expired|sent back to the login)\b/,
    /被登出|被踢出|会话过期|掉线/,
  ),
  symptom('conflict', 'conflict', '冲突', /\b(409|conflict|already exists)\b/, /冲突|已存在/),
  symptom(
    'too-large',
    'too large',
    '文件过大',
    /\b(413|too large|entity too large|size limit|over \d+ ?mb|larger than (?:about )?\d+ ?mb)\b/,
    /过大|超过大小|太大/,
  ),
  symptom(
    'unsupported-type',
    'file type not allowed',
    '不支持的文件类型',
    /\b(415|unsupported (?:media|file) type|file type not allowed|format not supported)\b/,
    /不支持的格式|不支持该文件/,
  ),
  symptom(
    'stuck',
    'stuck pending',
    '一直处理中',
    /\b(stuck|still pending|never completes|still processing|pending for|status=pending)\b/,
    /处理中|卡住|一直没有完成/,
  ),
  symptom(
    'ignored',
    'setting ignored',
    '设置未生效',
    /\b(ignor\w*|not (?:applied|enforced|respected)|bypass\w*|never prompted)\b/,
    /不生效|没有生效|被忽略|绕过/,
  ),
  symptom(
    'wrong-destination',
    'opens the wrong place',
    '跳转到错误页面',
    /\b(opens? (?:the )?(?:browser|chrome|safari|home ?page|website|mobile website) instead|go(?:es)? to the (?:mobile )?website|lands? on the home ?page)\b/,
    /只打开首页|跳到主页|进入的是首页|进不了/,
  ),
  symptom(
    'no-retry',
    'never retried',
    '没有重试',
    /\b(not retried|never re-?sent|never re-?tried|no retr(?:y|ies)|single attempt|never re-?attempted)\b/,
    /没有重试|不会重试/,
  ),
  symptom(
    'unrendered',
    'placeholder shown as is',
    '变量未替换',
    /(\{\{[^}]*\}\}|\b(?:shows? (?:up )?literally|raw placeholders?|unrendered|curly braces)\b)/,
    /原样显示|未替换/,
  ),
  symptom(
    'not-saving',
    'changes not saved',
    '无法保存',
    /\b(not sav\w*|doesn't save|won't save|changes (?:are )?lost)\b/,
    /无法保存|保存失败|没有保存/,
  ),
  symptom(
    'permission-denied',
    'access denied',
    '无权访问',
    /\b(permission denied|access denied|not authori[sz]ed|forbidden|403|401)\b/,
    /无权|没有权限|拒绝访问/,
  ),
];

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

const HAS_CJK = /[\u3400-\u9fff]/;

function speaksOf(c: ConceptDef, lower: string, text: string, cjk: boolean): boolean {
  return c.en.test(lower) || (cjk && c.zh?.test(text) === true);
}

/** The concepts a text speaks of, as ids (`area:export`, `symptom:delay`). */
export function concepts(text: string): string[] {
  if (!text) return [];
  const lower = text.toLowerCase();
  const cjk = HAS_CJK.test(text);
  return CONCEPTS.filter((c) => speaksOf(c, lower, text, cjk)).map((c) => c.id);
}

/** Whether a text speaks of one concept (found in a longer text, looked for in its parts). */
export function speaksOfConcept(id: string, text: string): boolean {
  const c = BY_ID.get(id);
  return c !== undefined && text !== '' && speaksOf(c, text.toLowerCase(), text, HAS_CJK.test(text));
}

export const conceptKind = (id: string): ConceptKind => (id.startsWith('area:') ? 'area' : 'symptom');

export function conceptLabel(id: string, locale: keyof Bilingual): string {
  return BY_ID.get(id)?.label[locale] ?? id;
}
