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

// How an account came to be frozen or locked: "is now frozen", "was temporarily frozen".
const ACCOUNT_STATE = String.raw`(?:is |was |are |were |gets |got |has been |have been |been )?(?:(?:\w+ly|now|still|also|just|already|again) ){0,2}`;
// A frozen account is locked out, not stuck; frozen food and a frozen header row are things sold or a table's
// layout ("frozen food orders arrive thawed").
const FROZEN = String.raw`(?<!\b(?:accounts?|subscriptions?|plans?|memberships?|cards?|funds?|licen[cs]es?) ${ACCOUNT_STATE})frozen(?![ -](?:accounts?|subscriptions?|plans?|memberships?|cards?|funds?|licen[cs]es?|foods?|goods|items?|products?|meals?|meats?|fish|seafood|vegetables|fruits?|groceries|desserts?|pizzas?|boxes|packages|parcels|deliveries|shipments|ranges?|sections?|aisles?|columns?|rows?|headers?|panes?)\b)`;
// "Frozen" is stuck only near a screen, a job or a transaction.
const FROZEN_THING =
  '(?:screens?|pages?|apps?|windows?|payouts?|jobs?|transfers?|orders?|payments?|transactions?|syncs?|uploads?|exports?|process(?:es)?|tickets?|ui|displays?|checkouts?|carts?)';

// 冻结 of an account is locked out; of a payout, funds or an order it is stuck, as "the payout is frozen" is.
const MONEY_ZH = /(?:提现|资金|订单|付款|支付|转账|打款|退款|款项|货款|交易|结算|汇款)/.source;
const FROZEN_ZH_STATE = /(?:被|已被|已经被|已|又被|暂时被|被暂时|一直|一直被|还在|仍然|仍被|都被|全部被)?/.source;
const FROZEN_ZH_OBJECT = /(?:了|住)?的?/.source;
const FREEZE_ZH = '冻结';

// A meeting under way is a call ("a Zoom meeting that drops"); one being scheduled is the calendar.
const CALL_MEETING = '(?:video|voice|audio|online|virtual|web|zoom|teams|meet|webex)';
const MEETING_SCHEDULED = '(?:invites?|invitations?|links?|requests?|reminders?)';
// API, webhook, integration and server calls that drop are no phone calls.
const NOT_A_PHONE = String.raw`(?<!\b(?:apis?|webhooks?|integrations?|zapier|functions?|lambda|https?|rest|graphql|g?rpc|sdk|ajax|xhr|fetch|servers?|backend|services?|database|db|sync|plugins?|network) )`;

// Charging a battery is no billing: a charge word is billing unless it is about power, as a part ("charging
// port", "charging case"), "hold a charge", "charge the phone", "battery charge", or a charge a few words
// after a device ("phone charging issue", "tablet charges slowly", "phone is on charge", "laptop charge").
// After a device it is billing only with a sign of money: an order, purchase, checkout, plan or per-device
// charge, a charge declined or charged wrong or twice, a person, card or fee charged ("phone charge
// declined", "laptop order charged wrong", "customer on the phone says she was charged", "the phone charged
// my card twice").
const CHARGEABLE =
  '(?:batter(?:y|ies)|(?:smart ?)?phones?|iphones?|laptops?|macbooks?|chromebooks?|tablets?|ipads?|devices?|handsets?|' +
  'headsets?|headphones|earbuds|airpods|smartwatch(?:es)?|styluse?s?|controllers?|scanners?|cables?|ports?|docks?|' +
  'chargers?|pads?|stations?|ev)';
const CHARGED_MONEY = String.raw`(?: (?:(?:the|a|an|my|our|their|your|his|her|its|every|each|all|both|extra|same|monthly|annual|yearly) )*(?:customers?|users?|clients?|members?|buyers?|people|them|us|me|him|her|you|cards?|credit|accounts?|fees?|amounts?|prices?|twice|double|\$|€|£|¥|\d))`;
const MONEY_AFTER_CHARGE = String.raw`(?:(?: [\w'’-]+){0,3} (?:declined|rejected|refused|disputed|reversed|refunded|refunds?|wrong(?:ly)?|incorrect(?:ly)?|twice|double|checkout|invoices?|statements?|receipts?|cards?|accounts?|bills?)\b| of [$€£¥\d])`;
const MONEY_BEFORE_CHARGE = String.raw`\b(?:per ${CHARGEABLE}|orders?|purchases?|checkouts?|payments?|plans?|subscriptions?|repairs?|services?|monthly|annual|yearly|extra|hidden|late|duplicate|double|unexpected|recurring|pending|activation|upgrade|setup|one-time|overage|roaming|usage|cancellation|cards?|invoices?|bills?) charg\w*`;
const PERSON_CHARGED = String.raw`\b(?:i|we|you|he|she|they|customers?|users?|clients?|members?|buyers?|people|someone|everyone)(?: [\w'’-]+){0,4} charged`;
const CHARGED_FOR_MONEY =
  String.raw`charg(?:e|es|ed|ing)\b(?<!\b(?:hold(?:s|ing)?(?: (?:a|its|the|their|any))?|batter(?:y|ies)|ev) charg\w*)` +
  String.raw`(?! (?:(?:the|a|an|my|our|their|your|his|her|its) )?${CHARGEABLE}\b)(?!(?<=charging) (?:cases?|cords?|bricks?|adapters?|mats?|slow(?:ly)?|intermittently|wirelessly)\b)` +
  String.raw`(?:(?=${CHARGED_MONEY}|${MONEY_AFTER_CHARGE})|(?<=${MONEY_BEFORE_CHARGE}|${PERSON_CHARGED})|(?<!\b${CHARGEABLE}(?: [\w'’-]+){0,3} charg\w*))`;

// "Twice" is a duplicate when the product did something twice ("charged twice", "prints every ticket twice",
// "the endpoint is called twice"), not when a person did ("checked twice", "tried twice", "restarted it twice",
// "the customer called twice"), nor when it only counts occurrences or attempts ("happened twice", "failed
// twice"), a schedule ("twice a day") or a comparison ("twice as long").
const PERSON_DID = String.raw`(?:(?:double-?)?check(?:s|ed|ing)?|verif(?:y|ies|ied|ying)|confirm(?:s|ed|ing)?|test(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|retr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|ask(?:s|ed|ing)?|re(?:start|boot|install|connect|load|fresh|submit+|-?pair|-?enter|-?send|-?sent|-?try|-?tried)\w*|reset(?:s|ting)?|typ(?:e|es|ed|ing)|click(?:s|ed|ing)?|tap(?:s|ped|ping)?|press(?:es|ed|ing)?|contact(?:s|ed|ing)?|phon(?:e|es|ed|ing)|reach(?:es|ed)? out|follow(?:s|ed)? up|wr(?:ote|ites?) in|happen(?:s|ed|ing)?|occur(?:s|red|ring)?|fail(?:s|ed|ing)?|(?<!\b(?:is|are|was|were|be|been|being|gets?|got|getting) )call(?:s|ed|ing)?)`;
const TWICE = String.raw`(?<!\b${PERSON_DID}(?: (?!(?:and|but|then|so|or|because|when|while|after|now)\b)[\w'’-]+){0,3} )(?:twice|two times)(?! (?:as|a|an|per|daily|weekly|monthly)\b)`;

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
    /\b((?<!\b(?:training|onboarding|working|demo|coaching|feedback|review|planning|screen-?sharing|troubleshooting|debugging|q&a) )sessions?|logged out|logs? (?:us|them|me) out)\b/,
    /会话|被登出|退出登录/,
  ),
  area(
    'permissions',
    'permissions and roles',
    '权限和角色',
    // "Does not play a role" names no role.
    /\b(permission|permissions|(?<!\bplay(?:s|ed|ing)? (?:\w+ ){0,2})roles?|access rights|admin rights|read[ -]only access)\b/,
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
    new RegExp(
      String.raw`\b(bill(?:ed|ing)?|${CHARGED_FOR_MONEY}|invoices?|refunds?|subscriptions?|renewals?|credit card|card was|by card|seats?)\b`,
    ),
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
  area(
    'calendar',
    'calendar',
    '日历',
    new RegExp(
      String.raw`\b(calendar|calendars|(?<!\b${CALL_MEETING} )meetings?|meetings?(?= ${MEETING_SCHEDULED}\b)|bookings?|appointments?)\b`,
    ),
    // A meeting under way (视频会议, 会议中, a Zoom meeting that drops) is a call; one being scheduled is the calendar.
    /日历|(?<!视频|语音|电话|网络|线上|在线|远程)会议(?!中|过程中)|预约/,
  ),
  area(
    'mobile',
    'mobile app',
    '移动应用',
    // A mobile number (手机号) is where a text goes, not the mobile app.
    /\b(ios|iphone|ipad|android|mobile app|mobile(?! (?:phone )?numbers?\b))\b/,
    /手机(?!号)|移动端|安卓|苹果/,
  ),
  area('dashboard', 'dashboard', '仪表板', /\b(dashboards?|charts?|widgets?|graphs?)\b/, /仪表板|仪表盘|图表|看板/),
  // Reporting a problem is no report: "the customer reports that…", "reporting an error", 客户报告说.
  area(
    'report',
    'reports',
    '报表',
    /\b(reports?|reporting)\b(?! (?:that|seeing|getting|having|being|an?|this|it|the same|issues?|problems?|errors?|bugs?)\b)/,
    /报表|报告(?!说|了|称|指出)/,
  ),
  area('search', 'search', '搜索', /\b(search|searches|searching)\b/, /搜索|检索/),
  area(
    'contacts',
    'contacts',
    '联系人',
    // "This leads to a crash" and 没有线索 (no clue yet) name no sales leads.
    /\b(contacts?|(?<!\b(?:this|which|that|it|what|also|then|often|sometimes|usually|eventually|can|could|may|might|will|would|does|did|to) )leads?)\b/,
    /联系人|(?<!没有|没|暂无|毫无|任何|找到|发现|一点|什么)线索/,
  ),
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
  area(
    'quotes',
    'quotes',
    '报价单',
    // Double quotes around a CSV field are punctuation, not a sales quote.
    /(?<!\b(?:double|single|smart|curly|straight|escaped|unescaped|extra|stray|in)[ -])\b(quotes?|quotations?(?! marks?\b)|line items?)\b/,
    /报价/,
  ),
  area('projects', 'projects', '项目', /\b(projects?)\b/, /项目/),
  area('tasks', 'tasks', '任务', /\b(tasks?|subtasks?|to-?dos?)\b/, /任务|待办/),
  area(
    'chat',
    'chat widget',
    '在线聊天',
    /\b(chat widget|live chat|chatbot|messenger widget|(?<!\ban? (?:quick |short |brief )?)chat)\b/,
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
  area(
    'orders',
    'orders',
    '订单',
    /(?<!\bin |\bout of |\b(?:wrong|random|reversed?|sort|display|column|row|alphabetical|chronological) )\b(orders(?! to\b)|order(?! (?:to|of)\b))\b/,
    /订单/,
  ),
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
  area(
    'signup',
    'sign-up',
    '注册',
    /\b(sign(?:ing)?[ -]?ups?|registration|create an account|account creation)\b/,
    /注册|开户/,
  ),
  area(
    'profile',
    'user profile',
    '个人资料',
    /\b(profiles?|avatars?|profile (?:pictures?|photos?)|display names?)\b/,
    /个人资料|头像|昵称/,
  ),
  area(
    'banking',
    'payouts and bank transfers',
    '提现和转账',
    /\b(payouts?|bank (?:transfers?|feeds?|connections?|accounts?|statements?)|wire transfers?|ach|withdrawals?|direct deposits?|plaid|open banking)\b/,
    /提现|转账|打款|汇款|到账|银行/,
  ),
  area(
    'discounts',
    'discounts and coupons',
    '优惠和折扣',
    /\b(coupons?|discounts?|discount codes?|promo codes?|promotions? codes?|vouchers?|gift cards?)\b/,
    /优惠券|优惠码|折扣|礼品卡/,
  ),
  area(
    'catalog',
    'product catalog',
    '商品目录',
    /\b(catalog(?:ue)?s?|product (?:listings?|pages?|variants?)|skus?)\b/,
    /商品目录|商品列表|商品详情|商品页|货品/,
  ),
  area(
    'calls',
    'phone and video calls',
    '通话',
    new RegExp(
      String.raw`\b((?:phone|voice|video|inbound|outbound|incoming|outgoing|sip|conference) calls?|voip|dialer|ivr|voicemails?|softphone|call recordings?|caller id|${CALL_MEETING} meetings?\b(?! ${MEETING_SCHEDULED}\b)|video ?conferenc\w*|dropped calls?|${NOT_A_PHONE}calls? (?:(?:keeps? |kept )?drop(?:s|ped|ping)?|(?:get |got |keeps? |kept )?(?:cut off|disconnect\w*)))\b`,
    ),
    /通话|来电|外呼|呼入|语音信箱|(?:视频|语音|电话|网络|线上|在线|远程)会议|会议中|会议过程中/,
  ),
  area(
    'files',
    'files and folders',
    '文件和文件夹',
    /\b(folders?|shared drives?|google drive|onedrive|dropbox|sharepoint|file sync)\b/,
    /文件夹|网盘|云盘/,
  ),
  area(
    'devices',
    'devices and sensors',
    '设备和传感器',
    /\b(firmware|bluetooth|sensors?|thermostats?|wearables?|iot|smart (?:locks?|plugs?|meters?))\b/,
    /固件|蓝牙|传感器|智能设备|硬件/,
  ),
  area(
    'location',
    'location and maps',
    '定位和地图',
    /\b(gps|geofenc\w*|geolocation|location tracking|live location|google maps|map view|on the map)\b/,
    // 定位问题 is an agent tracking down a cause.
    /定位(?!到?(?:问题|原因))|地图/,
  ),
  area(
    'courses',
    'courses and grades',
    '课程和成绩',
    /(?<!\bof )\b(course(?:s|(?! of\b))|gradebooks?|grades|grading|quiz(?:zes)?|enrol+ments?)\b/,
    /课程|成绩|测验/,
  ),

  symptom(
    'incomplete',
    'missing or cut-off data',
    '数据缺失或被截断',
    // A button or option that went missing is a missing option, not missing data.
    /(?<!\b(?:buttons?|options?|menu items?|menus?|tabs?|toggles?|checkbox(?:es)?|icons?|links?) (?:is |are |has |have |just |suddenly )?)\b(missing|incomplete|truncat\w*|cuts? off|cut short|partial(?:ly)?|partway|limit reached|row limit|stops? (?:at|after) (?:exactly |about )?[\d,.]+k? (?:rows|records|lines|items)|rest of the (?:rows|data|records)|disappear\w*|vanish\w*)\b(?!(?: the| an?)?(?: \w+)? (?:buttons?|options?|menu items?|toggles?|tabs?|icons?)\b)/,
    /缺少|缺失|不完整|丢失|截断|只有一部分|其余的|(?<!按钮|选项|入口|图标|菜单)(?:消失|不见了)/,
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
    /\b(slow|slowly|sluggish|takes? (?:over |more than |about )?(?:an? |\d+ )?(?:minutes?|hours?|seconds?)|performance(?! (?:reviews?|ratings?|goals?|appraisals?|management|bonus(?:es)?|cycles?)\b))\b/,
    /很慢|缓慢|速度慢|卡顿|需要.{1,6}(?:分钟|小时)/,
  ),
  symptom(
    'duplicate',
    'duplicated',
    '重复',
    // Double-checking, double-clicking and double quotes are nothing duplicated.
    new RegExp(
      String.raw`\b(duplicat\w*|${TWICE}|double[ds]?(?![ -]?(?:check|click|tap|quot|opt|sided|spac)\w*)|doubled up|shows? up (?:two|on both)|repeated|same (?:\w+ )?ids)\b`,
    ),
    /重复|两次|双重扣/,
  ),
  symptom(
    'stopped',
    'stopped working or syncing',
    '停止工作或同步',
    /\b(stopped|stops working|no longer|not anymore|ceased|quit working|not syncing|(?:haven't|hasn't|have not|has not) (?:updated|synced))\b/,
    /停止|不再|不工作了|没有同步/,
  ),
  symptom(
    'not-received',
    'not sent or never arrives',
    '未发出或收不到',
    /\b(never (?:arriv\w*|comes?|came|receiv\w*|gets?)|not (?:arriving|received|receiving|delivered)|(?:do|does|did)(?: not|n't) (?:receive|get|arrive)|nothing (?:came|arrived|arrives)|(?:never|not|wasn't|weren't|isn't|aren't) (?:being )?sent|(?:didn't|did not|doesn't|does not) (?:send|go out)|(?:don't|do not) go out|never (?:went|goes) out)\b/,
    /收不到|没有收到|没收到|未收到|接收不到|没有发送|未发送|没发出|没有发出|发不出|发送失败/,
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
    'loops or redirects endlessly',
    '循环或反复跳转',
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
    'times out or never finishes',
    '超时或一直无法完成',
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
    'unresponsive or does nothing when clicked',
    '无响应或点击无反应',
    /\b(does nothing|nothing happens|no effect|unresponsive|not responding|doesn't respond|greyed out|can't click)\b/,
    /没反应|无反应|无响应|点击无效/,
  ),
  symptom(
    'not-loading',
    'does not load or display',
    '无法加载或显示',
    /\b(not loading|won't load|fails? to load|doesn't load|never loads|spinning|spinner|blank (?:page|screen)|broken image|not displayed|doesn't display|isn't displayed)\b/,
    /无法加载|加载不出|加载失败|转圈|白屏|不显示|显示不出/,
  ),
  symptom(
    'wrong-time',
    'wrong date/time/time zone',
    '日期/时间/时区错误',
    /\b(time ?zones?|utc|wrong (?:hour|time|dates?|day|month|year)|hours? (?:early|too early|off)|\d{1,2} ?(?:am|pm) instead|(?:one|a|1) day (?:early|late|behind|ahead)|(?:dates?|times?|timestamps?|deadlines?|birthdays?|events?|entries|appointments?|shown|displayed|saved|stored) (?:\w+ ){0,2}(?:one|a|1) day off|off by (?:one|a|1) (?:day|hour)|dates? (?:is |are )?(?:shifted|wrong|incorrect)|(?:wrong|incorrect) date formats?|date formats? (?:is |are |was |were )?(?:wrong|incorrect|swapped|switched|reversed|broken|mixed up)|(?:mm\/dd|dd\/mm)\S* instead|instead of (?:mm\/dd|dd\/mm))\b/,
    /时区|时间不对|时间错误|日期错误|日期不对|差一天|早一天|晚一天|提前一天|日期偏移|日期格式(?:错误|不对|错乱|有误|变了)/,
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
    'rejected/invalid/declined',
    '被拒绝/无效/支付失败',
    /\b(reject\w*|invalid|not accepted|declined|does not match|doesn't match|mismatch\w*|(?:signature|hmac|checksum|verification|validation) (?:check |verification |validation )?(?:fail\w*|errors?)|fails? (?:signature |hmac )?(?:verification|validation)|failed (?:signature |hmac )?(?:verification|validation)|(?:can't|cannot|couldn't|could not|unable to) (?:be )?verif\w*|unverified|payments? fail\w*|failed payments?)\b/,
    /拒绝|无效|不匹配|校验失败|校验不通过|验证失败|验证不通过|验签失败|签名错误|签名无效|支付失败|付款失败|扣款失败/,
  ),
  symptom(
    'expired',
    'expired or needs reconnecting',
    '已过期或需要重新授权',
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
    'corrupted file or garbled text',
    '文件损坏或乱码',
    /(\b(?:corrupt\w*|(?:cannot|can't|can ?not|unable to|won't|will not|doesn't|does not) open (?:the |this |that |my |our |their |any |an? )?(?:\w+ )?(?:files?|attachments?|pdfs?|documents?|spreadsheets?|xlsx|csv|zip|archives?|images?|photos?|backups?)|(?:files?|attachments?|pdfs?|documents?|spreadsheets?|xlsx|csv|zip|archives?|images?|photos?|backups?) (?:cannot|can't|can ?not|won't|will not|doesn't|does not) (?:be )?open(?:ed)?|garbled|mojibake|encoding|question marks|(?:special|accented|non-ascii) characters (?:are |get |got )?(?:broken|mangled|replaced|stripped|lost)|(?:accents|umlauts|emojis?|characters) (?:show|shown|appear|turn) (?:up )?(?:as|into))\b|\?\?\?|\ufffd)/,
    // "Can't open" is a file that will not open, not a page, a camera or a door ("仪表盘打不开", "柜门打不开").
    /损坏|乱码|(?:文件|附件|文档|表格|图片|照片|压缩包|PDF|Excel|CSV|备份)[^，,。！？!?；;\s]{0,8}打不开|打不开(?:这个|该|此)?的?(?:文件|附件|文档|表格|图片|照片|压缩包|PDF)|问号|特殊字符显示|字符显示错误/i,
  ),
  symptom(
    'locked-out',
    'locked out or suspended',
    '账户被锁定或停用',
    new RegExp(
      String.raw`\b(locked out|accounts? ${ACCOUNT_STATE}(?:locked|frozen|suspended)|(?:locked|frozen|suspended) accounts?|(?:(?:unexpectedly|automatically|randomly|suddenly) |auto-?)deactivated|deactivated (?:unexpectedly|automatically|randomly|for no reason|without (?:warning|notice|reason)|on (?:its|their) own|by itself)|lockout)\b`,
    ),
    new RegExp(
      [
        /锁定|被封|封号|被停用/.source,
        `(?<!${MONEY_ZH}${FROZEN_ZH_STATE})${FREEZE_ZH}(?!${FROZEN_ZH_OBJECT}${MONEY_ZH})`,
      ].join('|'),
    ),
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
    'wrong number or reading',
    '数值或读数错误',
    /\b(negative(?! (?:feedback|reviews?|comments?|sentiment|experiences?)\b)|wrong (?:total|amount|count|value|price|number|balance|figure|sum|quantit(?:y|ies)|percentage|rate|reading|measurement|location|temperature|weight|distance)s?|incorrect (?:total|amount|count|value|price|number|balance|figure|sum|reading)s?|(?:totals?|amounts?|counts?|values?|prices?|balances?|figures|sums|numbers|quantit(?:y|ies)|readings?|measurements?) (?:is |are )?(?:wrong|incorrect|inaccurate|too high|too low|inflated)|still counted|counted as|charged for \d+|inflated|over-?count\w*|under-?count\w*|over-?charg\w*|under-?charg\w*|miscalculat\w*|calculat(?:ed|es|ion|ions)? (?:is |are )?(?:wrong|incorrectly)|rounding (?:errors?|issues?)|inaccurate|not accurate)\b/,
    /负数|负的|数值错误|多算|多收|少算|算错|计算错误|金额错误|金额不对|数量不对|数字不对|统计错误|不准确|数据不准|读数不准|定位不准/,
  ),
  symptom(
    'overwritten',
    'overwritten or reverted',
    '被覆盖或被还原',
    // A person who "reverted back" replied; a setting or value reverts.
    /\b(overwrit\w*|reassign\w*|replaced by|written to (?:the )?wrong|revert(?:s|ed|ing)? (?:back )?to (?:the |its |their )?(?:defaults?|previous|old|original|earlier|last|initial)|(?:settings?|values?|fields?|options?|preferences?|changes?|toggles?|status(?:es)?|config\w*|selections?) (?:\w+ )?revert(?:s|ed|ing)?|keeps? reverting(?! back (?:to (?:us|me|them)|with|about|on)\b)|resets? (?:itself|to (?:the )?defaults?)|goes back to (?:the )?defaults?)\b/,
    /覆盖|被改成|被替换|被重置|恢复默认|(?<!改)变回/,
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
    // 掉线 alone is a dropped connection; of an account or a sign-in it is a sign-out.
    /被登出|被踢出|会话过期|自动退出登录|自动登出|(?:账号|帐号|账户|登录状态|登录后?)(?:又|就|总是|经常|老是|频繁|会|突然)?掉线/,
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
    'stuck/frozen/pending',
    '卡住/卡死/一直处理中',
    // Hanging up, asking someone to hang on, or leaving someone hanging on the line is no hang.
    new RegExp(
      String.raw`\b(stuck|still pending|never completes|still processing|pending (?:for|since)|(?:stays?|stayed|staying|remains?|remained|remaining|sits?|sitting|sat|hangs?|hanging|hung) (?:in |at |as )?pending|status=pending|(?:freez(?:es|ing)|froze)(?! (?:the |their |his |her |my |our |your |an? )?(?:subscriptions?|accounts?|plans?|memberships?|cards?|payments?|billing|funds?|prices?|pricing|hiring|seats?|licen[cs]es?)\b)|\b${FROZEN_THING}\b(?: [\w'-]+){0,3} ${FROZEN}|${FROZEN}(?: [\w'-]+){0,3} ${FROZEN_THING}\b|locks up|(?<!\bleft (?:the |a |our |their )?(?:customers?|callers?|clients?|users?|them|him|her|me|us|you|people) )(?:hangs?|hanging|hung)\b(?! up| tight| in there| around| out| on the line| on(?! (?:the|a|an|loading|startup|launch)\b)))\b`,
    ),
    new RegExp(
      [
        // 正在处理中 or 研发处理中 is the team working on it, nothing stuck.
        /(?<!正在|(?:我们|研发|技术|团队|工程师|同事|开发)(?:已经|正)?在?)处理中|卡住|一直没有完成|卡死|死机|(?:一直|始终|还是|仍然|依然)(?:是|显示|处于|在)?(?:待处理|等待处理|等待中|挂起)/
          .source,
        `${MONEY_ZH}${FROZEN_ZH_STATE}${FREEZE_ZH}|${FREEZE_ZH}${FROZEN_ZH_OBJECT}${MONEY_ZH}`,
      ].join('|'),
    ),
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
    'changes not saved or submitted',
    '无法保存或提交',
    /\b(not sav\w*|doesn't save|won't save|changes (?:are )?lost|(?:can't|cannot|unable to|won't|fails? to|failed to) submit|submission fail\w*)\b/,
    /无法保存|保存失败|没有保存|无法提交|提交失败|提交不了/,
  ),
  symptom(
    'permission-denied',
    'access denied',
    '无权访问',
    /\b(permission denied|access denied|not authori[sz]ed|forbidden|403|401)\b/,
    /无权|没有权限|拒绝访问/,
  ),
  symptom(
    'wrong-recipient',
    'shown or sent to the wrong person',
    '发给或显示给了错误的人',
    // Something sent or shown to the wrong person, not a person who typed or used the wrong thing.
    /\b(wrong recipients?|(?:sent|send|sends|sending|went|goes|go|going|delivered|delivers?|forwarded|emailed|mailed|texted|routed|shown|displayed|visible|exposed|leaked|addressed|assigned) (?:\w+ ){0,4}?(?:to|for) (?:the |a |an )?wrong (?:person|people|customers?|users?|patients?|contacts?|email address(?:es)?|phone numbers?|accounts?|tenants?|address(?:es)?|students?|employees?|clients?)|(?:shows?|showing|displays?|lists?) (?:the |a )?wrong (?:customer|patient|user|client|tenant|student|employee)s?|wrong (?:person|people|customers?|users?|patients?|contacts?|tenants?|students?|employees?|clients?) (?:received|receives?|got|gets|sees?|saw|can see|could see|was sent|were sent|was shown|were shown)|sent to (?:the |a )?wrong\b|sent to (?:another|a different) (?:customer|user|patient|person|recipient|client|tenant)s?\b|(?:someone else|(?:another|other|different) (?:customer|user|patient|tenant|student|employee)s?)(?:'s|’s|'|’) (?:data|details|info\w*|records?|orders?|invoices?|names?|emails?|messages?)\b|data leak\w*|privacy (?:breach|leak)\w*)/,
    /发错人|发给了别人|发送给了错误|别人的(?:数据|订单|信息|账单|邮件|资料)|其他(?:用户|客户|租户|患者)的(?:数据|订单|信息|资料)|串号|(?:数据|信息|隐私|资料)被?泄露|泄露了?(?:用户|客户|个人)?的?(?:数据|信息|隐私|资料)/,
  ),
  symptom(
    'formatting-lost',
    'formatting lost',
    '格式丢失',
    /\b(formatting (?:is )?(?:lost|stripped|removed|gone|broken|missing|messed up)|los(?:es|t|ing) (?:all |the |its )?formatting|(?:line breaks|new ?lines|bold|italics|bullet points|indentation|styling) (?:are |is )?(?:lost|stripped|removed|gone|missing|ignored)|strips? (?:the |all )?(?:formatting|html|line breaks|styling)|plain text instead|raw html)\b/,
    /格式丢失|格式错乱|(?<!文件的?)格式不对|换行丢失|换行没了|排版错乱|样式丢失/,
  ),
  symptom(
    'layout-broken',
    'layout broken',
    '布局错乱',
    /\b(layout (?:is )?(?:broken|off|wrong|messed up)|broken layout|misalign\w*|(?:text|buttons?|labels?|elements?|icons?|fields?) overlap\w*|off[- ]screen|(?:text|buttons?|labels?|elements?|icons?|fields?|columns?|images?|layout|page|screen|content|menus?|tables?|cards?) (?:looks?|appears?|is|are|gets?|got) squashed|distorted|stretched out)\b/,
    /错位|布局错乱|布局混乱|排版混乱|变形|文字重叠|按钮重叠/,
  ),
  symptom(
    'wrong-language',
    'wrong language',
    '语言错误',
    /\b(wrong (?:language|locale)|in (?:english|german|french|spanish|chinese|japanese|portuguese|italian|dutch) instead|(?:shows?|appears?|displays?) (?:up )?in english|reverts? to english|not translated|untranslated|missing translations?|translations? (?:is |are )?(?:missing|wrong|broken))\b/,
    /语言错误|语言不对|显示成英文|显示为英文|显示英文|变成英文|变成了英文|未翻译|没有翻译|翻译缺失|翻译错误/,
  ),
  symptom(
    'blurry',
    'blurry or low quality',
    '模糊或画质差',
    /\b(blurr\w*|pixelat\w*|low[- ](?:res\w*|quality)|grainy|poor (?:image|video|picture) quality)\b/,
    // 模糊搜索 is a fuzzy search.
    /模糊(?!搜索|匹配|查询|检索)|画质差|像素化|分辨率低|不清晰/,
  ),
  symptom(
    'no-audio',
    'no sound',
    '没有声音',
    /\b(no (?:sound|audio)|(?:can't|cannot|couldn't|can not|unable to) hear|without (?:sound|audio)|(?:audio|sound) (?:is )?(?:missing|silent|not working)|one[- ]way audio|silent (?:calls?|videos?|recordings?))\b/,
    /没有声音|没声音|无声|听不到|听不见|单通/,
  ),
  symptom(
    'choppy',
    'choppy or noisy audio or video',
    '音视频断断续续或有杂音',
    /\b(choppy|echo (?:on|in|during) (?:the )?(?:calls?|line|meetings?)|hears? (?:an |their own |his own |her own )?echo|crackl\w*|robotic (?:voice|audio|sound)|jitter\w*|(?:audio|voice|call|sound|video) (?:keeps |is )?breaking up|static (?:noise|on the line)|(?:audio|sound|video|voice) (?:cuts?|cutting|drops?|dropping) (?:out|in and out)|(?:call|audio|voice|video) quality)\b/,
    // 断断续续 alone is "on and off", of any problem.
    /卡音|回声|杂音|声音不清|(?:声音|通话|听(?!说)|视频|画面|语音|音频)[^，。,.;；!！?？\s]{0,4}断断续续|断断续续[地的]?(?:声音|通话|听|视频|画面)/,
  ),
  symptom(
    'connection',
    'cannot connect or disconnects',
    '连接失败或断开',
    new RegExp(
      String.raw`\b((?:can't|cannot|couldn't|could not|unable to|fails? to|failed to|won't) (?:connect|pair)|connection (?:fail\w*|refused|errors?|drops?|dropped|dropping|lost|reset)|not connecting|lost (?:the )?connection|los(?:es|ing) (?:the )?connection|(?:keeps?|kept|constantly|randomly|repeatedly|frequently|often|always|intermittently) disconnect(?:s|ing|ed)?|disconnect(?:s|ing)? (?:randomly|constantly|repeatedly|frequently|often|intermittently|every|after|mid|during|at random|on (?:its|their) own|by itself|all the time)|(?:gets?|got|keeps? getting) disconnected|dropped calls?|${NOT_A_PHONE}calls? (?:(?:keeps? |kept )?drop\w*|(?:get |got )?cut off)|${CALL_MEETING} meetings? (?:keeps? |kept )?drop(?:s|ped|ping)?\b(?! (?:off|by|to|from|\d))|pairing fail\w*|won't pair)\b`,
    ),
    /无法连接|连接失败|连不上|断开连接|连接断开|断线|连接中断|通话中断|配对失败|无法配对|(?<!(?:账号|帐号|账户|登录状态|登录后?)(?:又|就|总是|经常|老是|频繁|会|突然)?)掉线/,
  ),
  symptom(
    'not-triggered',
    'automation did not fire',
    '没有触发',
    /\b((?:did not|didn't|does not|doesn't|do not|don't|never|not|fails? to|failed to|won't) (?:fire|trigger|execute|kick off)|not (?:triggered|firing|fired|executed|executing)|never (?:fired|triggered|executed)|(?:never ran|(?:didn't|did not) run)\b(?! (?:the|a|an|this|that|these|those|any|their|our|his|her|my|your|it)\b)|(?:automations?|workflows?|rules?|triggers?|zaps?|scenarios?|jobs?|cron) (?:is |are )?(?:not running|skipped))\b/,
    /没有触发|未触发|不触发|没触发|触发不了|没有执行|未执行|没执行|没有运行|未运行|没跑/,
  ),
  symptom(
    'spam',
    'lands in spam',
    '进入垃圾邮件',
    /\b((?:spam|junk) (?:folders?|box|mail)|(?:marked|flagged|landing|lands?|goes?|going|went|ends? up|ending up|delivered) (?:as |in |to )?(?:the )?(?:spam|junk)|promotions tab)\b/,
    // 垃圾箱 is also the bin deleted files go to: spam only when mail lands in it.
    /垃圾邮件|垃圾邮箱|(?:进入?|掉进|落入|跑到|跑进|被放[到进]|被归[到入]|被分到)了?垃圾箱|(?:邮件|邮箱|短信)[^，。,.;；!！?？\s]{0,8}垃圾箱/,
  ),
  symptom(
    'stale',
    'stale or not updating',
    '数据过时或不更新',
    /\b(stale|(?:outdated|out of date|(?:shows?|showing|shown|displays?|displaying|displayed|returns?|returning|returned|serves?|serving|served|loads?|loading|loaded|sees?|seeing) (?:the |only |still )?old) (?:data|info\w*|values?|numbers|figures|prices?|balances?|results|status(?:es)?)|(?:data|info\w*|values?|numbers|figures|prices?|balances?|results|status(?:es)?) (?:is |are )?(?:outdated|out of date)|still shows? (?:the )?(?:old|previous)|not (?:refreshing|updating)|never (?:refresh|update)s?|(?:doesn't|don't|does not|do not|won't) (?:refresh|update)|(?:stopped|stops|no longer) (?:updating|refreshing)|(?:haven't|hasn't|have not|has not) (?:updated|refreshed))\b/,
    /未更新|没有更新|不更新|没更新|不刷新|没有刷新|停止更新|不再更新|停止刷新|不再刷新|旧数据|过时|不是最新/,
  ),
  symptom(
    'battery',
    'drains the battery',
    '耗电快',
    /\b(batter(?:y|ies) (?:drain\w*|dies|died|dying|(?:is |are |goes |went )?(?:dead|flat))|dead batter(?:y|ies)|drain\w* (?:the |my |their |our )?batter\w*)\b/,
    /耗电|掉电|电量消耗/,
  ),
  symptom(
    'overheating',
    'overheats',
    '发热',
    /\b(overheat\w*|gets? (?:very |really |too |extremely )?hot|runs? hot|too hot)\b/,
    /发热|发烫|过热/,
  ),
  symptom(
    'wrong-item',
    'wrong item shipped',
    '发错货',
    /\b((?:received|shipped|sent|got|delivered|picked|packed) (?:the |a |an )?wrong (?:items?|products?|sizes?|colou?rs?|variants?|skus?|parts?)|wrong (?:items?|products?|variants?|skus?) (?:was |were )?(?:shipped|sent|delivered|received|picked))\b/,
    /发错了?(?:货|商品|产品|颜色|尺码|型号|款式|规格|包裹)|错发了?(?:货|商品|产品)|收到的(?:商品|货|东西|产品|包裹)(?:不对|有误|错了|不是)|收到的不是(?:我|他|她|客户)?们?(?:订|买|下单)的|拣错/,
  ),
  symptom(
    'misordered',
    'in the wrong order',
    '顺序错误',
    /\b(out of order|in (?:the |a )?(?:wrong|random|reverse[d]?) order|not sorted|unsorted|sort(?:ing|ed)? (?:is |are )?(?:wrong|incorrect|broken|ignored|random)|jumbled|shuffled)\b/,
    /顺序错误|顺序不对|顺序错乱|顺序混乱|排序错误|排序不对|排序错乱|排序失效|乱序/,
  ),
  symptom(
    'wrong-results',
    'irrelevant results',
    '结果不相关',
    /\b(irrelevant (?:results|matches|suggestions|hits)|unrelated results|wrong results|(?:results|matches) (?:are |is )?(?:wrong|irrelevant|unrelated|incorrect))\b/,
    /结果不相关|结果不对|结果不准|搜出来的不对/,
  ),
  symptom(
    'not-found',
    'not found or broken link',
    '找不到页面或链接失效',
    /\b((?:page|record|file|user|resource|item|link|url|document|account|product|order|contact|template)s? (?:was |were |is |are )?not found|not found (?:error|page)|returns? (?:a )?not found|404|broken links?|dead links?|page (?:doesn't|does not|no longer) exists?|links? (?:is |are )?broken)\b/,
    /链接失效|页面不存在|找不到页面/,
  ),
  symptom(
    'cannot-delete',
    'cannot delete',
    '无法删除',
    /\b((?:can't|cannot|can not|couldn't|could not|unable to) (?:delete|remove)|won't (?:delete|be deleted)|(?:not|isn't|aren't|wasn't|weren't) (?:being |actually )?(?:deleted|removed)|still (?:shows?|appears?|there|visible) after (?:deleting|deletion|removing|removal|being deleted)|comes? back after (?:deleting|deletion))\b/,
    /无法删除|删除不了|删不掉|删除失败|删除后还|删除后仍|删除后依然/,
  ),
  symptom(
    'install-failed',
    'install or update fails',
    '安装或升级失败',
    /\b((?:can't|cannot|unable to|fails? to|failed to|won't) (?:install|upgrade)|install(?:ation)? (?:fail\w*|errors?)|(?:firmware|app) update (?:fail\w*|errors?)|upgrade fail\w*)\b/,
    /安装失败|无法安装|装不上|升级失败|固件更新失败/,
  ),
  symptom(
    'playback',
    'will not play',
    '无法播放',
    /\b((?:won't|doesn't|does not|can't|cannot|fails? to|not) play(?:ing|back)?\b(?! (?:well|nice|nicely|along|(?:a|an|any|no) (?:\w+ )?(?:role|part))\b)|playback (?:fail\w*|errors?|issues?|problems?|stops?)|buffering)\b/,
    /无法播放|播放失败|播放不了|一直缓冲/,
  ),
  symptom(
    'not-recognised',
    'not recognised',
    '无法识别',
    /\b(not recogni[sz]ed|unrecogni[sz]ed|(?:doesn't|does not|didn't|won't|can't|cannot|fails? to) (?:recogni[sz]e|detect|scan)|not detected|won't scan)\b/,
    /无法识别|识别失败|识别不了|检测不到|扫不出|扫码失败/,
  ),
  symptom(
    'cancelled',
    'cancelled unexpectedly',
    '被意外取消',
    /\b(cancel(?:l?ed|s|l?ing)? (?:automatically|unexpectedly|on (?:its|their) own|by itself|without (?:warning|notice|consent|reason|being asked|asking))|auto-?cancel\w*|randomly cancel\w*|cancel(?:l?ed) for no reason)\b/,
    // 被取消 alone is often what the customer asked for.
    /自动取消|无故取消|被(?:自动|无故|莫名其妙地?|莫名|系统|意外|突然)取消|莫名其妙地?被?取消|(?:突然|意外)被?取消/,
  ),
  symptom(
    'missing-option',
    'option or button missing or greyed out',
    '按钮或选项不见了或置灰',
    // Not finding an option is a how-to question; one that went missing is a failure.
    /\b((?:buttons?|options?|menu items?|tabs?|toggles?|checkbox(?:es)?|icons?|columns?) (?:is |are |has |have )?(?:missing|gone|disappeared|not there|not available|unavailable|hidden)|gr[ae]yed[- ]out)\b/,
    /按钮不见了|按钮消失|选项不见了|选项消失|入口不见了|置灰|变灰/,
  ),
];

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));

/** Every area and symptom, as ids. */
export const CONCEPT_IDS: readonly string[] = CONCEPTS.map((c) => c.id);

const HAS_CJK = /[\u3400-\u9fff]/;
// Microsoft Teams is written with a capital; "our teams meeting" is a meeting of people's teams, no Teams call.
const PEOPLES_TEAMS = /(?<!\b(?:[Mm][Ss]|[Mm]icrosoft) )\bteams\b/g;

// An area's word before an identifier labels one record the ticket refers to ("order SO-30986", "invoice
// INV-22", "booking #4410", "订单号 12345"), not the part of the product the issue is about: the label is
// left out, the identifier kept. A date ("appointment 2024-03-12") or a count ("reports 3") is no identifier.
const RECORD_ID = String.raw`(?:(?:no\.?|number|num|id|ref(?:erence)?)[:#]? ?#?[\w-]*\d|#\s?[\w-]*\d|[a-z]{1,8}[-_]?\d|\d{3,}(?!\d)(?!-\d\d?(?:\D|$)))`;
const REFERENCE_LABEL = new RegExp(
  String.raw`\b(?:orders?|invoices?|bills?|subscriptions?|refunds?|renewals?|quotes?|quotations?|bookings?|appointments?|meetings?|projects?|tasks?|contacts?|leads?|forms?|submissions?|campaigns?|shipments?|payouts?|withdrawals?|templates?|courses?|skus?|reports?) (?=${RECORD_ID})`,
  'g',
);
const REFERENCE_LABEL_ZH = /(?:订单|发票|账单|工单|预约|报价单?)(?=(?:号|编号)|\s*[#＃:：]?\s*[A-Za-z]{0,8}-?\d)/g;

const lowerCased = (text: string) => text.replace(PEOPLES_TEAMS, 'team').toLowerCase().replace(REFERENCE_LABEL, '');

interface Read {
  /** For the English patterns. */
  lower: string;
  /** For the Chinese patterns, when the text has CJK characters. */
  zh: string | undefined;
}

// A text as the patterns read it, the references left out of both readings.
function read(text: string): Read {
  return { lower: lowerCased(text), zh: HAS_CJK.test(text) ? text.replace(REFERENCE_LABEL_ZH, '') : undefined };
}

function speaksOf(c: ConceptDef, { lower, zh }: Read): boolean {
  return c.en.test(lower) || (zh !== undefined && c.zh?.test(zh) === true);
}

/** The concepts a text speaks of, as ids (`area:export`, `symptom:delay`). */
export function concepts(text: string): string[] {
  if (!text) return [];
  const r = read(text);
  return CONCEPTS.filter((c) => speaksOf(c, r)).map((c) => c.id);
}

/** Whether a text speaks of one concept (found in a longer text, looked for in its parts). */
export function speaksOfConcept(id: string, text: string): boolean {
  const c = BY_ID.get(id);
  return c !== undefined && text !== '' && speaksOf(c, read(text));
}

export const conceptKind = (id: string): ConceptKind => (id.startsWith('area:') ? 'area' : 'symptom');

export function conceptLabel(id: string, locale: keyof Bilingual): string {
  return BY_ID.get(id)?.label[locale] ?? id;
}
