import { HOUR_MS } from '../followup/zoned-time';
import type { SignalId } from './criteria';
import { instantOf } from './deadline';
import type { Escalation, SignalAnswer, TicketContext } from './model';

interface Rule {
  id: SignalId;
  /** A tag's words, split at "_", "-", ":", "/", "." and spaces, lower-cased. */
  tag: (words: readonly string[]) => boolean;
  /** The phrases that make it a criterion in English ("our lawyers will…"), not the everyday word ("our lawyers"). */
  text: RegExp;
  /** The same criterion in Chinese: the phrase that makes it one, not the everyday word alone. */
  zh: RegExp;
}

/** The phrases that make a criterion, each matched as whole words, in one case-insensitive pattern. */
const phrases = (...parts: RegExp[]) => new RegExp(`\\b(?:${parts.map((p) => p.source).join('|')})\\b`, 'i');

const any =
  (...set: string[]) =>
  (words: readonly string[]) =>
    words.some((w) => set.includes(w));

// Words a ticket uses when one of the method's criteria applies. A hit only prefills the checkbox,
// with the words that matched as evidence; the agent confirms or overrides it. Tags match as whole words
// ("csv_download" is not "down", "security_settings" is no security report, "sla_breach" no data breach),
// and a word that is ordinary support vocabulary ("press Save", "memory leak", "came back empty", "the
// security settings") only counts in the phrases that make it a criterion.
const RULES: readonly Rule[] = [
  {
    id: 'security',
    tag: (w) =>
      any('vuln', 'vulnerability', 'cve', 'pentest', 'xss', 'csrf', 'exploit', 'phishing')(w) ||
      (w.includes('breach') && !w.includes('sla')) ||
      (w[0] === 'security' && (w.length === 1 || any('issue', 'incident', 'report', 'bug', 'risk')(w))) ||
      (w[0] === 'privacy' && any('incident', 'breach')(w)),
    // A vulnerability or phishing found or aimed at them, not "our vulnerability scanner" or "a phishing
    // simulation for our staff"; a compliance concern is the method's Security tier too.
    text: phrases(
      /security (?:issue|incident|vulnerabilit\w*|hole|flaw|problem|breach|bug|concern|risk|exploit)/,
      /(?<!\b(?:export|download|generate|run|schedule|view|open)(?:ing)? (?:the |a |our |my )?)vulnerabilit(?:y|ies)(?! (?:scann\w*|scans?|scanning|management|assessments?|tools?|tests?|testing|database|feeds?|disclosure (?:program|policy)|reports? (?:from|of|for) (?:our|the|my|a)))/,
      /vulnerable to/,
      /data breach|unauthori[sz]ed access|exposed (?:data|records|credentials)/,
      /(?:data|credentials?|passwords?|api keys?|tokens?|pii|personal (?:data|information)|customer (?:data|information)) (?:was |were |got |has been |have been |is being |are being )?leak(?:ed|ing)?/,
      /leaked (?:data|credentials?|passwords?|keys?|tokens?)|cve-\d{4}-\d+|account takeover/,
      /(?<!\b(?:against|prevent(?:ing)?|protect(?:ing|ion)?|from|about|of|simulated?|simulating|mock|fake|test|for)\s+(?:an?\s+|the\s+)?)phishing (?:attacks?|attempts?|scams?)/,
      /(?:hit|targeted|attacked|compromised|victims?) (?:by|of|via|through|with) (?:an? |the )?phishing/,
      /(?:received|receiving|got|getting|clicked(?: on)?|opened|fell for) (?:an? |the |some |several |multiple |these |this )?phishing (?:e-?mails?|messages?|links?|texts?|attacks?|attempts?)/,
      /phishing (?:e-?mails?|messages?|links?|sites?|pages?|texts?) (?:(?:is|are|was|were) (?:being )?|(?:has|have) been )?(?:from|using|pretending|impersonating|posing as|spoofing|targeting|in your name|sent (?:from|in your name))/,
      /(?:got|been|were|was|are being|is being) phished/,
      // A customer asking whether a message in the vendor's name is real: someone may be phishing its users.
      // "Fraud" and "fake" alone are a shop's own questions ("a chargeback: is this fraud?", "is this review
      // fake?"): they count with a message sent in the vendor's name.
      /\bis (?:this|that|it) (?:an? |really (?:an? )?)?(?:(?:phishing|scam|spoofed|spoofing)(?: (?:e-?mails?|messages?|texts?|sms|calls?|links?|sites?|websites?|pages?|invoices?|attempts?))?|(?:fake|fraudulent|fraud) (?:e-?mails?|messages?|texts?|sms|calls?|links?|login pages?|invoices?))(?: or (?:not|real|legit(?:imate)?|genuine)(?: from you)?)?(?=\s*\?)/,
      /\bis (?:this|that|it)(?: e-?mail| message| text| sms| call| link| site| website| page| invoice)? (?:real|legit(?:imate)?|genuine|from you) or (?:an? )?(?:phishing|scam|fake|fraud)(?: (?:e-?mails?|messages?|texts?|attempts?))?(?=\s*\?)/,
      /(?<!\b(?:how|can|could|would|does|do|to|for|against|prevent(?:ing)?|protect(?:ing)?|(?:we|i) (?:send|sent|are sending|will send|create|created))\b[^.?!]{0,20})(?:e-?mails?|messages?|texts?|sms|calls?|invoices?|links?|sites?|websites?|pages?|someone|somebody|people)\b[^.?!]{0,30}?\b(?:pretending|claiming|purporting) to be (?:from )?(?:you|your (?:company|team|support|billing|staff|bank|service|security team))\b(?![^.?!\n]{0,60}\b(?:training|simulations?|awareness|drills?|exercises?)\b)/,
      /\b(?:fake|fraudulent|spoofed) (?:e-?mails?|invoices?|messages?|texts?|login pages?|websites?|sites?|payment requests?) (?:in your name|from your (?:domain|address)|using your (?:logo|name|brand|domain))/,
      /\b(?:someone|somebody|scammers?|fraudsters?|people|(?:an?|this|that|some) (?:fake |fraudulent )?(?:account|number|person|user|page|site|website|profile|e-?mail address)) (?:is |are |was |were |has been |have been )?impersonat(?:ing|ed) (?:you|your (?:company|team|support|billing|staff|brand|security team))\b/,
      /compliance (?:concern|issue|risk|violation|breach|problem)s?/,
      /(?:gdpr|hipaa|ccpa|pci(?:[- ]dss)?|soc ?2) (?:violation|breach|concern|issue|complaint)s?/,
      /(?:violat(?:es|ed|ing|ion of)|in breach of|not compliant with|non-?compliant with) (?:the )?(?:gdpr|hipaa|ccpa|pci(?:[- ]dss)?|data protection (?:law|rules|regulations?))/,
    ),
    // Not "安全问题的答案" (a security question), "内存泄漏", "显示未授权" (a sign-in to renew), "功能有个漏洞" (a bug),
    // nor a compliance question ("有GDPR合规问题的相关文档吗", "合规问题咨询", "合规风险评估流程", "这个不是合规问题").
    zh: /安全(?:漏洞|事件|隐患|风险)|(?<!设置|修改|重置|忘记了?|密保)安全问题(?!的?答案)|(?:高危|严重|零日|注入|越权|提权|XSS|CSRF|RCE)漏洞|漏洞(?:利用|攻击|被利用)|利用(?:了)?(?:这个|该|此)?漏洞|(?:数据|信息|隐私|资料|密码|密钥|凭证|凭据|令牌|token|API ?key)(?:被|已|已经|遭)*(?:泄露|泄漏|外泄)(?!防护|防范|保护|检测|预防)|泄露了?(?:大量|大批|很多|部分|所有|全部)?的?(?:我们|客户|用户|我)?的?(?:数据|信息|隐私|密码)|(?:其他|别的|别家)(?:客户|用户|公司|租户)(?:能|可以|都能|也能)(?:看到|看见|访问|查看)(?:我们|我司|我)的|未经?授权的?(?:访问|登录|登陆|操作)|越权(?:访问|操作|查看)|(?:账号|账户|帐号|帐户)(?:被盗|被入侵|被黑)|(?:被|遭到?)黑客|钓鱼(?:邮件|网站|链接|短信)|(?:冒充|假冒|伪装成)(?:你们|贵司|贵公司|你们的?(?:客服|官方|公司|财务|支持团队))|(?:是不是|是否是?|会不会是)(?:钓鱼|诈骗|骗局)(?:邮件|短信|网站|链接|电话)?(?=[？?吗呢啊。！!，,]|$)|(?<!(?:不是|并非|没有|不涉及|不存在|不属于|无)(?:GDPR|HIPAA|CCPA|PCI(?:[- ]?DSS)?|SOC ?2|个人信息保护法|个保法|数据安全法)?)(?:合规(?:问题|风险|隐患|事件)|(?:GDPR|HIPAA|CCPA|PCI(?:[- ]?DSS)?|SOC ?2|个人信息保护法|个保法|数据安全法)(?:违规|投诉|(?:合规)?(?:问题|风险)))(?!的?(?:相关的?)?(?:文档|资料|文件|说明|材料|白皮书|报告|证书|认证|评估|咨询|流程|清单|政策|培训|模板|审查|审核|问卷|指南))(?![^，,。!！;；]{0,4}(?:吗|[?？]))|(?:违反|违背|不符合)了?(?:GDPR|HIPAA|CCPA|PCI(?:[- ]?DSS)?|个人信息保护法|个保法|数据安全法|数据保护法规?)/i,
  },
  {
    id: 'data-loss',
    tag: (w) => (w.includes('data') && w.includes('loss')) || any('dataloss', 'corrupt', 'corrupted', 'corruption')(w),
    // Data gone, not asked about ("how do we avoid data loss") or rows a view or an exported file leaves out
    // ("missing from the totals table; the export has them", "rows missing from the CSV": the app has them).
    text: phrases(
      /(?<!\b(?:avoid(?:ing)?|prevent(?:ing)?|without|no|any|against|about|in case of|in the event of|(?:risks?|chances?|possibility|prevention|protection|danger|threat|fear|likelihood|odds) of)\s+)data loss(?! prevention)/,
      /lost (?:all |most |some |part |of )*(?:our |my |the |their |its )?(?:\w+ )?(?:data|records|files|rows|entries|contacts|documents|history|backups?)/,
      /(?:rows|records|data|entries) (?:are |is |have been |has been |went |have gone |has gone )?missing(?! (?:from|in|on) (?:the |a |an |our |my |this |that |your )?(?:[\w-]+ ){0,3}?(?:reports?|dashboards?|tables?|charts?|views?|totals?|lists?|pages?|widgets?|graphs?|summar(?:y|ies)|search(?:es)?|previews?|columns?|screens?|files?|csvs?|exports?|spreadsheets?|sheets?|downloads?)\b)/,
      /(?<!\b(?:handl(?:e|ing)|fill(?:ing)?|ignor(?:e|ing)|skip(?:ping)?|treat(?:ing)?|flag(?:ging)?|highlight(?:ing)?|show(?:ing)?|hid(?:e|ing)|for|with|about|of)\s+)(?<!\b(?:report(?:s|ed)?|dashboards?|tables?|charts?|views?|totals?|lists?|pages?|widgets?|graphs?|summary|search|preview|files?|csvs?|exports?|spreadsheets?|downloads?) (?:is |are |shows? |showing )?)missing (?:rows|records|data)(?! (?:from|in|on) (?:the |a |an |our |my |this |that |your )?(?:[\w-]+ ){0,3}?(?:reports?|dashboards?|tables?|charts?|views?|totals?|lists?|pages?|widgets?|graphs?|summar(?:y|ies)|search(?:es)?|previews?|columns?|screens?|files?|csvs?|exports?|spreadsheets?|sheets?|downloads?)\b)/,
      /(?:data|records|files|rows|entries|orders|invoices|contacts|documents|history|backups?) (?:is |are |was |were |has been |have been |got |seems to be |seem to be )(?:all |completely |permanently |just )?(?:gone|deleted|wiped|erased|lost|purged)(?! (?:after (?:\d|an? |one |two |three )|automatically|when|if|once|by default))/,
      /everything (?:is |was |has been )(?:gone|deleted|wiped|erased|lost)|(?<!\b(?:we|i|we've|i've|we have|i have)\s+(?:just\s+|recently\s+)?)deleted (?:all|our)|corrupt(?:ed|ion)?/,
    ),
    // Not "为避免数据丢失" (asking how to prevent it) or "网络连接丢失".
    zh: /(?<!避免|防止|以防|以免|防范|不会|会不会|是否会|担心|没有)数据库?(?:全部|全都|全|都|已经)*(?:丢失|损坏|丢了|丢光了|没了|被(?:删除|删掉|清空|覆盖))|(?:记录|文件|订单|附件)(?:全部|都)(?:丢失|丢了|没了|被删除|被清空)|丢失(?:了(?:[^,，。!?！？;；后]{1,6}的)?)?(?:所有|全部)?的?(?:数据|记录|文件)/,
  },
  {
    id: 'production-down',
    // Not "incident": Zendesk's own ticket type for a report linked to a problem.
    tag: (w) =>
      any('outage', 'p1', 'p0', 'sev1', 'sev0')(w) ||
      ['sev1', 'sev0', 'majorincident'].includes(w.join('')) ||
      // A thing that is down ("checkout-down", "db_down"), not "drop-down" or "slow-down".
      (w.at(-1) === 'down' && !NOT_DOWN.has(w.slice(0, -1).join('_'))),
    // An outage they have now, not a scheduled one asked about ("is there a scheduled outage this weekend?")
    // or a past one written about ("after last week's outage, could you send the RCA?").
    text: phrases(
      /(?<!\b(?:last|previous|past|earlier|yesterday'?s|week'?s|month'?s|night'?s|weekend'?s|upcoming|next|future|planned|scheduled|maintenance)\s+)(?:total|full|complete|major|massive|ongoing|current|widespread|global|regional|severe|unplanned|unexpected|huge|big|partial|site-?wide|system-?wide|service|network|api|platform|production) outage(?! (?:last|yesterday|earlier|this weekend|tomorrow|tonight|next|later|window|notice|report|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))/,
      /(?:we are|we're|we have been|we've been|are|is|currently|now|still) (?:experiencing|having|seeing|facing|suffering|hit by|affected by|dealing with|in the middle of) (?:an? |another |the |this )?(?!(?:scheduled|planned|maintenance|upcoming)\b)(?:\w+ )?outage/,
      /(?:there is|there's|there seems to be|there appears to be|looks like|seems like|it's|this is) (?:an? |another )?(?!(?:scheduled|planned|maintenance|upcoming)\b)(?:\w+ )?outage(?! (?:this weekend|tomorrow|tonight|next|later|window|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))/,
      /(?:is there|are you having|are you experiencing|do you have) an? (?!(?:scheduled|planned|maintenance|upcoming)\b)(?:\w+ )?outage(?=\s*(?:\?|right now|now|currently|at the moment|going on|in progress))/,
      /(?<!\b(?:last|previous|past|earlier|yesterday'?s|week'?s|month'?s|night'?s|weekend'?s|upcoming|next|future|planned|scheduled|maintenance)\s+)outage (?:is |has been )?(?:still )?(?:affecting|impacting|hitting|since|ongoing|in progress|going on|right now|for (?:all|everyone|every|the whole|the entire|our whole|our entire))/,
      /(?<!\b(?:was|were|if|when|whenever|will)\s+(?:the\s+|our\s+|your\s+|their\s+)?)(?:(?:web)?site|service|production|prod|app|api|platform|server|system|everything) (?:is |are |went |has gone |has been |have been )?(?:still |completely |totally |now |currently |again )?down/,
      /(?:we|i) (?:have|'ve got|have got|got) (?:an? |another )?(?!(?:scheduled|planned|maintenance|upcoming)\b)(?:\w+ )?outage(?! (?:this weekend|tomorrow|tonight|next|later|window|notice|report|on (?:mon|tues|wednes|thurs|fri|satur|sun)day))/,
      /(?<!\b(?:was|were|did|when|if|whether|before)\s+)(?:this|the|our|your) (?:current |ongoing )?outage (?:has |is |)(?:already |now |just )?(?:cost(?:ing)?|start(?:ed|s)|began|begun|hit|hitting|block(?:ed|s|ing)|took down|brought down|is taking down|stopp(?:ed|ing)|halt(?:ed|ing)|means|lasted|lasting)\b/,
      /^(?:(?:urgent|critical|p[01]|sev ?[01])\W+)?outage(?! (?:follow-?up|report|rca|notice|window|schedule|history|question))/,
      /not loading at all|completely down|can(?:no|')t log ?in at all/,
      /(?:nobody|no one|none of (?:our|my|the) (?:users|staff|employees|team|customers)) (?:can|is able to|are able to) (?:log ?in|sign ?in|access (?:the |your )?(?:app|site|website|platform|system|service|product))/,
    ),
    // The system as a whole, not one page or file: "网站无法访问", not "手机上无法访问附件预览" or "安卓系统打不开附件".
    zh: /宕机|(?<!(?:iOS|Android|Windows|macOS|Mac|Linux|操作|安卓|苹果|鸿蒙|手机|电脑)\s?)(?:系统|服务|网站|站点|官网|平台|服务器|生产环境|线上环境|线上服务|API)\s?(?:现在|目前|已经|一直|突然|又|全部|完全|彻底|都|就)*(?:(?:无法访问|访问不了|打不开)(?!这个|该|此|附件|文件|图片|链接|视频|页面|报表)|挂了|瘫痪|中断|崩了|崩溃|(?:完全|全部|彻底)(?:不可用|用不了|无法使用))|(?:无法|不能|没法)(?:访问|登录|登陆|使用)(?:你们|贵司|贵公司)?的?(?:平台|系统|网站|官网|服务器|服务)(?!的?(?:某个|这个|该|一个)?(?:页面|附件|文件|图片|报表|设置|功能))|(?:整个|全)(?:团队|公司|部门)都?(?:停工|停摆|无法工作|没法工作)|(?:所有|全部)的?(?:用户|人|员工|同事|客户)都(?:(?:无法|不能|没法)(?:访问|登录|登陆|使用)|(?:访问|登录|登陆|用)不了)/i,
  },
  {
    id: 'exec-involvement',
    tag: (w) =>
      any('executive', 'ceo')(w) ||
      (w[0] === 'exec' && (w.length === 1 || any('escalation', 'involved', 'involvement', 'sponsor')(w))),
    // Someone senior taking up the issue, not asking for a feature ("our CEO wants the weekly report to…").
    text: phrases(
      /(?:the|our|their|my) (?:ceo|cto|cfo|coo|cio|ciso|president|founder|vp(?: of \w+)?|executives?|executive (?:team|sponsor)|leadership(?: team)?|management)\b[^.]{0,30}?\b(?:(?:is|keeps|has been|have been|are) asking|(?:has |have )?asked (?:me |us |you )?(?:for (?:an? |the )?(?:daily |hourly )?(?:update|status|answer|explanation|eta|resolution|fix|call|meeting|root cause)|about (?:this|it|the (?:issue|outage|problem|bug|incident|status|delay|ticket))|(?:daily|hourly|every (?:hour|day|morning))|why|when|what happened|how long|(?:me |us )?to (?:escalate|expedite|prioriti[sz]e|chase) (?:this|it)|(?:you |that you )(?:to )?(?:call|phone|ring|contact) (?:him|her|them|me|us)|that (?:this|it) (?:be |is |gets )?(?:fixed|resolved|escalated|prioriti[sz]ed|expedited))|(?:wants|needs|expects) (?:this|it|the (?:issue|problem|bug|outage|incident)) (?:to be )?(?:fixed|resolved|solved|sorted|escalated|prioriti[sz]ed|expedited)|wants (?:to (?:speak|talk|meet|hear|know|understand|escalate)|an? (?:update|answer|explanation|call|meeting|response|resolution|fix)|answers)|will (?:call|escalate|contact|reach out|be (?:calling|contacting|escalating|in touch))|expects (?:an? |the )?(?:answer|update|fix|resolution|response|explanation|call)|demands|escalated|(?:called|emailed|phoned) (?:your|me (?:\w+ ){0,3}?about|us (?:\w+ ){0,3}?about)|is (?:now )?involved|got involved|is following|(?:said|says|told us|wrote)\b[^.]{0,30}?\b(?:will not renew|won't renew|will cancel|will leave|going to (?:cancel|leave)|if this (?:is not|isn't)|unless))/,
      /executive (?:escalation|involvement)|escalate (?:this|it) to (?:your )?(?:management|leadership|executives)|speak (?:to|with) (?:a |your )?manager/,
    ),
    // Someone senior asking, not "管理层报表" or "我们CEO看不到仪表盘".
    zh: /要求(?:与|和|跟)?(?:你们|贵司|贵公司)?的?(?:管理层|高管|高层|领导|负责人|经理|主管)(?:直接)?(?:沟通|对话|介入|联系|通话|谈|出面|回复|处理)|(?:升级|上报|反映|反馈)(?:给|到|至)(?:你们|贵司|贵公司|我们|我方|我司)?的?(?:管理层|高管|高层|领导)|(?:找|联系)(?:你们|贵司|贵公司)的?(?:管理层|高管|高层|领导|经理|主管|负责人)|(?:我们|我司|我方|公司)的?(?:CEO|CTO|CFO|COO|CIO|总裁|总经理|董事长|副总裁|副总|VP|高管|管理层|高层|老板|领导)[^,，。!?！？;；]{0,12}?(?:在问|在催|过问|介入|关注|要求|催促|打电话|来电|发邮件|询问|追问|出面|亲自)/i,
  },
  {
    id: 'churn-threat',
    // Not "cancel": an order cancelled in a shop's helpdesk is no threat to leave.
    tag: (w) => any('churn')(w) || (w.includes('renewal') && w.includes('risk')),
    // A threat to leave, not a billing question ("why did my subscription not renew?", "please cancel the
    // subscription I bought by mistake").
    text: phrases(
      /(?:will|'ll|shall|going to|about to|considering|consider|thinking (?:about|of)|plan(?:ning)? to|may|might|have to|forced to|no choice but to|ready to|prepared to|would|we'd) (?:have to |be forced to )?(?:cancel(?:l?ing)?|terminat(?:e|ing)|end(?:ing)?) (?:our|the|this) (?:\w+ )?(?:contract|subscription|account|agreement|partnership|relationship)/,
      /(?:(?:we|i) (?:want|need|intend|wish|would like|'d like|have decided|decided|are going) to (?:cancel|terminate|end) (?:our|the|this)|please (?:cancel|terminate|end) our) (?!(?:duplicate|extra|second|additional|trial|test|old|unused|wrong)\b)(?:\w+ )?(?:contract|subscription|agreement|partnership|relationship)(?! (?:that |which )?(?:i|we) (?:bought|ordered|purchased|added|created|opened|signed up for)| by mistake)/,
      /(?:won't|will not|shall not|not going to|do not plan to|don't plan to|do not intend to|don't intend to|decided not to|may not|might not|probably won't|unlikely to) renew|not be renewing|reconsider(?:ing)? (?:our|the) renewal|renewal is (?:at risk|in question|in jeopardy)/,
      /switch(?:ing)? to (?:a |one of your )?competitors?|(?:move|moving|go|going|migrate|migrating) (?:over )?to (?:a |one of your )?competitors?/,
      /(?:will|'ll|may|might|going to|about to|considering|thinking (?:about|of)|plan(?:ning)? to|forced to|have to) (?:churn|leav(?:e|ing) you|switch(?:ing)? (?:to )?(?:another|a different) (?:vendor|provider|supplier|tool|platform|product|solution))/,
      /churn risk(?! (?:scores?|fields?|reports?|models?|columns?|dashboards?|widgets?|segments?|flags?))/,
    ),
    // A customer deciding to leave, not "客户流失率报表", "更换产品图片", "取消订单" or "换一家快递"; 不续费 is a
    // threat said of themselves, plainly or as "要是再这样就不续约了", not a setting chosen ("设置了到期不续费",
    // "选了不续费还是自动扣款"), a question ("如果明年不续费…？") or their own members not renewing.
    zh: /(?:考虑|打算|准备|计划|决定|不得不|只能|可能会|将会|就会)要?(?:(?:更换|换掉|替换|放弃|停用|停止使用|不再使用)(?:你们|贵司|贵公司)|(?:更换|换用|换成|换到|改用|转用|转向|转投|换)(?:(?:其他|别的|其它|另一家|另外一家)的?(?:供应商|服务商|厂商|产品|平台|方案)|供应商|服务商|厂商|竞品|竞争对手)|换一家(?:供应商|服务商|厂商)?(?=[了吧啦。!！,，]|$)|取消(?:我们的)?(?:年度|全部|所有)?(?:订阅|订购)(?!邮件|通知|推送|短信|营销))|(?:转投|改用|换用|转向)(?:竞争对手|竞品)|(?:取消|终止|解除)(?:我们的|和你们的|与你们的|与贵司的|双方的)?(?:合同|合约|合作)(?!审批|模板|记录|草稿|状态|编号|的)|解约|(?<!(?:如果|若|假如|要是|万一)[^,，。就]{0,4})(?<!(?:设置|设定|设为|设成|选|勾选|开启|打开|改成|改为|切换)了?(?:到期|自动)?)(?<!(?:会员|用户|客户|顾客|成员|学员|租户|订阅者|买家|他们|她们)(?:都|也|已经|都已经)?)不(?:再|会再?|打算|准备)?续(?:约|费|签|订)(?!后|之后|以后|的?(?:用户|客户|会员|账号|账户|订单|状态|选项|设置|按钮|功能))(?![^,，。!?！？]{0,4}(?:会怎|怎么|的话|会有什么|会不会|吗|[?？]))|有(?:很大的?|较大的?|一定的?)?流失的?风险/,
  },
  {
    id: 'recurring-after-fix',
    tag: any('regression', 'recurring', 'recurrence', 'reopened'),
    // Back after a fix, said as such: not "is this a regression in 4.2?" (a question) nor "it came back empty".
    text: phrases(
      /(?<!\b(?:works?|working|worked|fine|ok|okay|good|normal|running|up)\s+)again after (?:the|your|a) (?:fix|patch|hotfix)|(?:was|is) supposed(?:ly)? (?:to (?:be|have been) )?fixed|supposedly fixed/,
      // "You fixed X last month but it's happening again", also over two sentences; not a question.
      /\b(?:you|you guys|your (?:team|engineers|developers|devs)|engineering) (?:had |have |already |previously |supposedly |just )*(?:fixed|resolved|patched|solved)\b[^!?\n]{0,80}?\b(?:(?:happening|broken|failing|occurring|showing up|appearing|crashing|started|starting|stopped working|broke|back|here|doing it|seeing it|getting it|see it|get it) again\b)(?![^.!?\n]{0,200}\?)|\b(?:you|you guys|your team) (?:had |have |already |previously |supposedly )*(?:fixed|resolved|patched|solved),? (?:is|are|has|have) (?:come )?back\b/,
      /(?:(?:was|were|been|got) (?:supposedly |already |apparently )?(?:fixed|resolved|patched)|(?:the|your|a) (?:fix|patch|hotfix))\b(?:[^.!?]|\.(?=\d)){0,40}?\b(?:again|broke|broken|is back|came back|reappeared|resurfaced)/,
      /(?:again|is back|came back|reappeared|resurfaced)\b(?:[^.!?]|\.(?=\d)){0,50}?\b(?:(?:said|told us|claimed|thought|confirmed) (?:that )?(?:it|this) (?:was|had been) (?:fixed|resolved)|(?:was|were|had been) (?:supposedly |already |apparently )?(?:fixed|resolved|patched))/,
      /(?:broken|broke|failing|fails|happening|happens|crashing|started|back) again (?:after|since|with) (?:the|your|a|last|latest|this|today's|yesterday's) (?:\w+ )?(?:fix|patch|hotfix|release|update|upgrade|deploy\w*|version)/,
      /(?<!\b(?:is|was|could|might|can|would|if|whether) (?:this|it|that) (?:be |possibly |maybe |also |really )?(?:an? )?(?:\w+ )?)(?<!\b(?:linear|logistic|polynomial|statistical|multiple) )regression(?! tests?| testing| suite| analysis| model)/,
      /(?:the (?:same )?(?:issue|problem|bug|error|crash)s?) (?:has |have )?(?:came|come|is coming|are coming|is|are) back/,
      /(?:it|this) (?:has )?(?:came|come|is coming) back (?:after|since|with|in) (?:the|your|a|last|latest|this|today's|yesterday's) (?:\w+ )?(?:release|update|upgrade|fix|patch|deploy\w*|version)/,
      /is back again|(?:it|this|the (?:same )?(?:issue|problem|bug|error|crash)) (?:has )?(?:reappeared|resurfaced)/,
    ),
    // Back after a fix, not "弹窗再次出现" on every refresh, nor "如果问题再次出现" (a case the customer imagines),
    // nor back while a fix is under way ("又出现了报错，客服说已经在解决了").
    zh: /(?<!(?:如果|若|万一|假如|要是|以免|防止|避免)[^,，。]{0,6})(?:(?:修复|修好|解决|处理)[了过]?(?:之后|以后|后)[^。!?！？]{0,15}?(?:又|再次|重新)(?:出现|发生|复现|坏|报错|不行)|(?:已经|之前|上次|明明|说是?|据说|上个?月|上周|上星期|昨天|前几天)[^。!?！？,，]{0,10}?(?:修复|修好|解决)[了过]?[^。!?！？]{0,15}?(?:又|再次|重新)(?:出现|发生|复现|坏|报错|不行)|(?:发版|发新版|新版本?(?:发布|上线)|版本(?:更新|升级)|上线|部署)[了过]?(?:之后|以后|后)[^。!?！？]{0,15}?(?:又|再次|重新)(?:出现|发生|复现)了?(?=[，,。.！!？?；;…]|$)|(?:又|再次|重新)(?:出现|发生|复现)了?[，,；;\s]*[^。!?！？]{0,12}?(?:已经|早就|明明|说是?|之前|上次)[^。!?！？，,]{0,6}?(?<!(?<!现|实|存|所)在|会|将|(?<!重|需|主|只)要|尽快|马上)(?:修复|修好|解决)(?!中(?![文国]))[了过]?(?![^。!?！？]{0,4}[吗呢?？])|(?:问题|故障|错误|报错|bug)(?:又|再次|再一次)(?:出现|发生|复现))|(?:老|同样的?|相同的?|之前的?)问题又来了|回归(?:问题|缺陷|bug)/i,
  },
  {
    id: 'pr-legal-risk',
    // Whole tags that name the risk, not "legal_entity_settings", "press_kit", "media_upload" or "pr-review".
    tag: (w) => any('lawsuit', 'litigation')(w) || PR_LEGAL_TAGS.has(w.join('_')),
    // A threat, not a job title: "our lawyers are reviewing this", not "our lawyers cannot open the PDF";
    // "a journalist contacted us", not "our journalists cannot upload photos".
    text: phrases(
      /(?:our|my) (?:lawyers?|attorneys?|legal (?:team|department|counsel)|counsel|solicitors?) (?:is |are |has |have |will |'s |'re |'ll )?(?:been |be |now )?(?:reviewing|looking (?:into|at)|involved|aware|informed|notified|contact(?:ing|ed)?|reach(?:ing)? out|in touch|handling|assessing|consulted|advis(?:ed|ing)|drafting|preparing)(?= (?:this|it|the (?:matter|situation|incident|issue|case|breach|outage|damages?|loss|contract breach)|you|your|us|with|on this|of this)|\s*[.,;!]|\s*$)/,
      /(?:our|my) (?:lawyers?|attorneys?|legal (?:team|department|counsel)|counsel|solicitors?) (?:says?|said|thinks?|believes?|advised?|advises|confirm(?:s|ed)|told us|considers?)\b[^.]{0,40}?\b(?:breach(?:es|ed|ing)?|violat(?:es|ed|ing|ion)|liable|liability|damages|negligen(?:ce|t)|grounds (?:for|to)|unlawful|illegal|compensation)/,
      /(?:talk(?:ed|ing)?|spoke|speak(?:ing)?|consult(?:ed|ing)?|contact(?:ed|ing)?|involv(?:e|ed|ing)|get(?:ting)?|bring(?:ing)?|forward(?:ed|ing)?|hand(?:ed|ing)?|pass(?:ed|ing)?|refer(?:red|ring)?|escalat(?:e|ed|ing)|hear from) (?:to |with |in |(?:this|it)(?: on)? to )?(?:our|my|a) (?:lawyers?|attorneys?|legal (?:team|department|counsel)|counsel|solicitors?)/,
      /legal (?:action|proceedings|steps)|lawsuit|class action|cease and desist|take (?:you|this|it) to court|(?:we will|we'll|going to|will|may|might|considering|intend to|plan to) sue/,
      /(?:go|going|went|gone|talk|talking|speak|speaking|reach out|reaching out) to the (?:press|media|news)|(?:contact|contacting|call|calling|tip off|tell|telling) (?:the )?(?:press|media|journalists|reporters|a journalist|a reporter)|(?:bad|negative) (?:press|publicity|media coverage)/,
      /(?<!\b(?:our|my|your) )(?:reporters?|journalists?|the press|the media)\b[^.]{0,30}?\b(?:contacted|is contacting|are contacting|reached out|(?:is|are|has been|have been) asking|asked us|called us|emailed us|(?:is|are) writing (?:about|a story)|picked (?:this|it) up|reported on|(?:is|are) covering)/,
      /go(?:ing)? public with (?:this|it|the)/,
      /(?:post|posting|tweet|tweeting|share|sharing|write|writing|complain|complaining) (?:this|it|about (?:this|it|you|your (?:service|company|product))) (?:publicly |online )?(?:on|to) (?:twitter|x|linkedin|social media|reddit|facebook)/,
    ),
    // Not "律师事务所" (a law firm as customer), "起诉书模板", "媒体库" or "发布到社交媒体".
    zh: /律师函|(?:我们的|我方|我司|公司的?)律师(?!事务所|行业|版)|(?:找|请|咨询|联系|交给|委托)了?(?:我们的)?律师|(?:考虑|准备|打算|将|会|要|保留)(?:向法院)?(?:起诉|提起诉讼)(?!书|状)|起诉(?:你们|贵司|贵公司)|诉诸法律|法律(?:手段|途径|行动|程序)|追究(?:你们|贵司|贵公司)?的?法律责任|媒体(?:已经|已|都|也)?(?:报道|曝光)|(?:联系|找|告诉|通知|爆料给|曝光给)了?(?:媒体|记者)|记者(?:已经)?(?:联系|采访|询问)|(?:投诉|反映|爆料|捅)(?:到|给)了?(?:媒体|记者|报社|电视台)|曝光(?:你们|贵司|贵公司|此事|这件事)|(?:把|将)(?:这件事|此事|这事|这个问题|这个情况|聊天记录|截图)(?:发|公布|曝光|发布|贴)(?:到|在)(?:微博|朋友圈|社交媒体|网上|网络|小红书|知乎|抖音|推特)|(?:向|到|去)(?:消协|消费者协会|工信部|监管部门|12315)投诉/,
  },
];

const NOT_DOWN = new Set(['drop', 'slow', 'break', 'count', 'top', 'shut', 'wind', 'cool', 'step', 'scale']);
const PR_LEGAL_TAGS = new Set([
  'legal',
  'legal_risk',
  'legal_threat',
  'legal_action',
  'press',
  'press_risk',
  'press_inquiry',
  'media_risk',
  'media_inquiry',
  'pr_risk',
  'pr',
  'media',
]);

const tagWords = (tag: string) =>
  tag
    .toLowerCase()
    .split(/[_\-:/.\s]+/)
    .filter(Boolean);

const AT_RISK_MS = 4 * HOUR_MS;

function snippet(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 30);
  const end = Math.min(text.length, index + length + 30);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? '…' : ''}`;
}

export type Detected = Partial<Record<SignalId, SignalAnswer>>;

export function detectTextSignals(ticket: TicketContext | undefined): Detected {
  if (!ticket) return {};
  const out: Detected = {};
  const texts = [ticket.subject ?? '', ...(ticket.messages ?? []).filter((m) => m.role !== 'agent').map((m) => m.text)];
  // Phones and word processors type "won’t" and "we’ll"; the phrases are written with "'" (same length, so
  // the evidence is cut from the text as the customer wrote it).
  const typed = texts.map((text) => text.replace(/[‘’]/g, "'"));
  for (const rule of RULES) {
    const tag = ticket.tags?.find((t) => rule.tag(tagWords(t)));
    if (tag) {
      // Evidence is stored as written and shown in either language: a tag as the helpdesk writes it, "#tag".
      out[rule.id] = { value: true, source: 'ticket', evidence: `#${tag}` };
      continue;
    }
    for (const [i, text] of texts.entries()) {
      const m = rule.text.exec(typed[i] ?? text) ?? rule.zh.exec(text);
      if (m) {
        out[rule.id] = { value: true, source: 'ticket', evidence: `“${snippet(text, m.index, m[0].length)}”` };
        break;
      }
    }
  }
  return out;
}

export type SlaStatus = 'within' | 'at_risk' | 'breached';

/**
 * A due time as evidence, readable in either language and unambiguous: "SLA 2026-11-21 17:00 UTC". One the
 * page showed without a zone is a wall time in `timeZone` (the options'), as everywhere else.
 */
export function slaEvidence(dueAt: string | undefined, timeZone?: string): string {
  const due = dueAt ? instantOf(dueAt, timeZone) : Number.NaN;
  return Number.isNaN(due)
    ? `SLA ${dueAt ?? ''}`.trim()
    : `SLA ${new Date(due).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function slaStatusFrom(dueAt: string | undefined, now: Date, timeZone?: string): SlaStatus | undefined {
  const due = dueAt ? instantOf(dueAt, timeZone) : Number.NaN;
  if (Number.isNaN(due)) return undefined;
  if (due <= now.getTime()) return 'breached';
  return due - now.getTime() <= AT_RISK_MS ? 'at_risk' : 'within';
}

/**
 * Where the ticket's due time stands on the live clock ("within" at 09:00 is "breached" at 19:00). An agent
 * who answered "no" to "SLA breach imminent or occurred" (the helpdesk's clock is paused, say) is not
 * contradicted by the clock: no status is claimed.
 */
export function ticketSlaStatus(
  d: Pick<Escalation, 'ticket' | 'triage'>,
  now: Date,
  timeZone?: string,
): SlaStatus | undefined {
  const live = slaStatusFrom(d.ticket?.dueAt, now, timeZone);
  return live !== 'within' && d.triage.answers['sla-breach']?.value === false ? undefined : live;
}

/** The SLA status a draft stands at now: the agent's choice in Impact, else the ticket's clock. */
export const slaStatusOf = (
  d: Pick<Escalation, 'impact' | 'ticket' | 'triage'>,
  now: Date,
  timeZone?: string,
): SlaStatus | undefined => d.impact.contractual.slaStatus ?? ticketSlaStatus(d, now, timeZone);

// Time-based signals change while the draft sits open, so they are derived live, never stored.
export function detectTimeSignals(ticket: TicketContext | undefined, now: Date, timeZone?: string): Detected {
  const sla = slaStatusFrom(ticket?.dueAt, now, timeZone);
  if (!sla || sla === 'within') return {};
  const evidence = slaEvidence(ticket?.dueAt, timeZone);
  const out: Detected = { 'sla-breach': { value: true, source: 'ticket', evidence } };
  if (sla === 'breached') out['open-beyond-sla'] = { value: true, source: 'ticket', evidence };
  return out;
}
