// Whether a draft says its issue is back. Such a draft and a resolved escalation that is only possibly
// related may be the old issue again: the fix did not hold, and the old root cause is worth a look. The
// return has to be said of a failure ("export failing again", "the delay is back"): "contacted us again",
// "thanks again", "recurring invoices", "the data is back", "Jane is back" and "the issue is back with
// engineering" are no return, nor is one the customer denies, imagines or asks about ("it has not failed
// again", "if it fails again", "is it broken again?").

// What a product does that can stop again: "not syncing again", "isn't loading again". Not any verb: "not
// paying again until this is fixed" is the customer's choice.
const PRODUCT_VERBS =
  'syncing|loading|sending|saving|updating|showing|arriving|connecting|importing|exporting|working|opening|' +
  'printing|posting|firing|triggering|delivering|uploading|downloading|refreshing|rendering|displaying|' +
  'processing|generating|running|calculating|responding|playing|ringing';
// "Delayed" is put off only with someone doing it to something ("we delayed the rollout again", "the vendor
// delayed the shipment"); otherwise it is late ("emails delayed to Gmail again", "payouts were delayed by a day
// again", "orders delayed because of the webhook again").
const LATE_BY =
  'again|once more|all over|yet|still|by|for|until|till|on|in|at|from|over|past|beyond|up to|around|about|nearly|' +
  'almost|another|more|even|further|longer|today|tonight|yesterday|overnight|this (?:morning|afternoon|evening|week|month)|' +
  'twice|badly|significantly|severely|slightly|a bit|a few|several|an? (?:day|hour|minute|week|second|couple)|hours?|minutes?|days?|weeks?|\\d+';
const DELAYER =
  '(?:we|they|i|you|he|she|engineering|support|management|leadership|(?:the |our |their |your |a )?(?:team|engineers?|developers?|' +
  'vendors?|suppliers?|compan(?:y|ies)|carriers?|couriers?|partners?|providers?|customers?|clients?|admins?|managers?))' +
  "(?:'ve|'d| have| has| had)?(?: (?:just|already|also|now|then|\\w+ly))?";
const NOT_AN_OBJECT = `${LATE_BY}|to|across|every|each|during|after|before|because|due|since|when|while|and|or|but|with|without|through|via|between|into|under`;
const DELAYED = `(?:(?<!\\b${DELAYER} )delayed|delayed(?! (?!(?:${NOT_AN_OBJECT})\\b)\\w))(?: because of| due to)?`;
const PUT_OFF = new RegExp(`\\b${DELAYER} delayed (?!(?:${NOT_AN_OBJECT})\\b)\\w`, 'i');
const FAILURE =
  'fail(?:s|ed|ing)?|broken|broke|crash(?:es|ed|ing)?|(?<!\\bwhat )happen(?:s|ed|ing)|occur(?:s|red|ring)|stuck|missing|wrong|late|down|' +
  `${DELAYED}|` +
  'dropping|timing out|not working|stopped working|erroring|error(?:s|ed)?|duplicat(?:ing|ed)|looping|' +
  `freez(?:ing|es)|froze|hanging|slow|cut off|short|empty|blank|bouncing|bounced|(?:not|n't) (?:${PRODUCT_VERBS})`;
// What can be "back": an issue, not data, a person or stock ("the data is back", "Jane is back"). A pronoun
// only right before its verb ("it's back", not "it looks like Jane is back"); an issue noun with up to five
// words between, none of them a denial ("the bug from March is back", not "the problem never came back").
const PRONOUN = 'it|this|that|same thing';
const ISSUE = 'issue|problem|bug|glitch|error|errors|crash|crashes|outage|delay|delays|loop';
const BACK =
  "(?:(?: is| are| was| has| have|'s) (?:back|returned|come back)| came back| resurfaced| reappeared| recurred| regressed)";
// "Back-ordered", "back up", "back in March", "back to 200ms", "returned by the bank", "came back empty".
const NOT_A_RETURN =
  '-|\\s+(?:ordered|orders|up|online|to normal|in stock|on|from|with|by|as (?:a|an|the|usual|expected)\\b|' +
  'in (?:\\w+ )?\\d|to \\d|in (?:our|the|your|their)|to (?:us|you|them|engineering|the|sender)|' +
  'empty|blank|null|clean|negative|positive|fine|ok|an? |the )';

// A title ending in "again" after other words is a return ("Export cut at 10,000 rows again"), unless it is
// about contact or a retry ("customer emails again", "logged in again").
const TITLE_AGAIN = /\S\s+again\W*$/i;
const CONTACT_OR_RETRY_WORDS =
  'contact(?:ed|s)?|follow(?:ed|s)? up|wrote|writ(?:es|ing)|e-?mail(?:ed|s)?|call(?:ed|s)?|asks?|asked|asking|thanks?|sorry|hi|hello|chas(?:ed|ing)|tr(?:y|ies|ied|ying)|retr(?:y|ies|ied|ying)|log(?:s|ged|ging)? in|sign(?:s|ed|ing)? in|refresh(?:es|ed|ing)?|reload(?:s|ed|ing)?|restart(?:s|ed|ing)?|reopen(?:s|ed|ing)?|click(?:s|ed|ing)?|resen[dt]|sen[dt]|reinstall(?:s|ed|ing)?';
const CONTACT_OR_RETRY = new RegExp(`\\b(?:${CONTACT_OR_RETRY_WORDS})\\b`, 'i');
// "The import failed, so we re-ran it again": when the clause the "again" ends has a person run the job once
// more, the "again" is their retry, as in "we tried again"; also with "had to" or "need to". What people
// report, find or suffer is no retry ("and we see it again", "and users report duplicates again", "and
// customers abandon carts again").
const PERSON =
  'we|they|i|you|he|she|engineering|support|(?:the |our |their |a )?(?:customers?|clients?|users?|agents?|admins?|team|engineers?|developers?)';
const RERUN =
  'r[ae]-?r[au]n|r[au]n(?! into| out)|r[ae]-?did|r[ae]-?do(?:ne)?|did|repeat(?:ed|s)?|retr(?:y|ied|ies)|tr(?:y|ied|ies)|kick(?:ed|s)? off|' +
  '(?:re-?)?(?:start|export|import|upload|submit|process|trigger|push|load|install|sen[dt]|sync)(?:ed|s|ted)?';
const RERUN_CLAUSE = new RegExp(
  `^(?:[,;:—–]\\s*|(?:so|and|then|but) )?(?:(?:now|then|just) )?(?:${PERSON})(?:'ve| have| has| had)?` +
    `(?: (?:just|then|now|also|manually|simply))?(?: (?:had|have|has|need|needs|needed) to)? (?:${RERUN})\\b`,
  'i',
);
// "Then" after the person is their adverb ("so we then re-ran it"), not a new clause.
const CLAUSE_START = new RegExp(`[,;:—–]|\\b(?:so|and|but)\\b|(?<!\\b(?:${PERSON}) )\\bthen\\b`, 'gi');

/** Whether the clause `text` ends with has a person run something once more ("so we had to re-run it"). */
function rerunAtEnd(text: string): boolean {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_START)) start = m.index;
  return RERUN_CLAUSE.test(text.slice(start));
}

// Up to three words between: "times out again", "crashing on launch again", "stopped once more"; none of
// them starting another clause or someone's retry, to which the "again" belongs ("export is failing and we
// tried again", "login fails after logging in again"; "failing to send again" is a failure).
const FAILED_AGAIN = new RegExp(
  `(?:\\b|(?=n't))(?:${FAILURE}|times? out|stopped)(?: (?!(?:and|or|but|so|then|we|they|i|you|he|she)\\b)(?!(?<!\\bto )(?:${CONTACT_OR_RETRY_WORDS})\\b)[\\w'-]+){0,3}? (?:all over )?(?:again|once more)\\b`,
  'gi',
);
// "Asking about the failed payment again", "followed up about the broken sync again": the failure is what the
// customer writes about, the "again" is their contact.
const CONTACT_ABOUT = new RegExp(
  `\\b(?:${CONTACT_OR_RETRY_WORDS}|complain(?:s|ed|ing)?|ping(?:s|ed)?|question(?:s|ed)?)(?: [\\w'-]+){0,2}? (?:about|regarding)\\b`,
  'i',
);
const RETURNED_EN = [
  FAILED_AGAIN,
  new RegExp(
    `(?:\\b(?:${PRONOUN})|\\b(?:${ISSUE})(?: (?!(?:not|never|no)\\b)\\w+){0,5}?)${BACK}\\b(?!${NOT_A_RETURN})`,
    'gi',
  ),
  /\b(?:keeps? recurring|is recurring|are recurring|recurring (?:issue|problem|bug|error|crash|outage)|recurs|reoccurs|regressed|regression (?:since|after|in (?:v?\d|version|release|the latest|the last)))\b/gi,
];
// A case the customer imagines holds for what follows it in the sentence ("if you reload and it fails
// again"); a denial only for its own clause ("it didn't fail for a week, but now the export is failing again"
// is a return). "When" is left out: "when they export it fails again" says when it fails.
const IMAGINED = /\b(?:if|whether|unless|in case|should (?:it|this|that|the \w+) \w+|avoid|prevent|until)\b/i;
// What may happen is no return: "(worried) the sync will fail again", "export will be slow again"; in a
// title anywhere in the clause ("it might crash on launch again"). "Can't" is no guess.
const MAY_HAPPEN = "will|would|could|might|may|can(?!'t)|going to|gonna";
const FORESEEN = new RegExp(
  `\\b(?:${MAY_HAPPEN})(?: (?:probably|likely|easily|just|also|still|ever|soon))?(?: (?:be|get|become|start|keep))? [\\w'-]*$`,
  'i',
);
const FORESEEN_IN_TITLE = new RegExp(`\\b(?:${MAY_HAPPEN})\\b`, 'i');
const DENIED =
  /\b(?:not|never|no longer|hasn't|haven't|didn't|won't|doesn't|don't|isn't|aren't|wasn't)\b|(?<!\w)n't\b/i;
// "We don't know why sync is failing again" denies knowing why, not the return: a denial before "why" (or
// "how", "what") is left behind.
const WONDERED = /\b(?:why|how|what|where|which)\b/gi;
const CLAUSE_BREAK = /[,;:—–]|\b(?:but|and|so|yet|though|although|however)\b/gi;
// 没 only right before 再次 or 重新 ("没有再次出现"), not in 没多久 or 没想到; worries and wishes are no return.
// Data that shows again is good news (数据又出现了, 订单重新出现在列表里), unless something wrong shows (数据又出现重复).
const RETURNED_ZH =
  /(?<!(?:如果|若是?|万一|假如|要是|不会|不再|不要|别再|防止|避免|预防|以免|以防|担心|怕|会不会|是否|是不是)[^，,。！？!?]{0,6})(?!(?<=(?:数据|订单|记录|文件|内容|图片|照片|联系人|发票|附件|列表|报表|邮件)(?:都|也|已经|终于)?)(?:又|再次|重新)出现了?(?:在|[，,。；;！？!?\s]|$))(?:又(?:出现|发生|坏了|不行了|报错|出错|出问题|失败|超时|卡住|卡死|崩溃|崩了|挂了(?!电话)|闪退|延迟|丢失|不能用|用不了|慢了|打不开|登不上|收不到|断了|掉线|没反应|白屏|乱码|重复(?:扣款|扣费|收费|下单|发送|推送|创建|导入)|开始(?:报错|出错|失败))|(?:问题|毛病|bug|错误|故障)又(?:来了|回来了)|(?<!没有?|未|不)(?:再次(?:出现|发生|失败|报错|出错|崩溃|超时)|重新出现)|复发)/i;

// Good news in the same clause ("sync working again") says no return; "not working" is no good news, and "it
// was fixed in May" is how a return is told, so only a title is read for fixed or resolved.
const WORKS_NOW =
  /(?<!\b(?:not|never|stopped|no longer|should|would|must|to|can|could) |n't )\b(?:works?|worked|working|fine|normal|ok|okay)\b|正常|好了|恢复/i;
// Data showing again is good news too ("the orders are showing again"), unless what shows is wrong ("the
// error is showing again", "duplicate orders showing again").
const SHOWS_NOW =
  /(?<!\b(?:not|never|stopped|no longer) |n't )\b(?:show(?:s|ing|ed|n)?|appear(?:s|ed|ing)?|visible)\b/i;
const SHOWN_WRONG = new RegExp(
  `\\b(?:${ISSUE}|${FAILURE}|warnings?|messages?|banners?|pop-?ups?|spinners?|duplicates?|old|stale|deleted|removed|cancell?ed|archived)\\b`,
  'i',
);
const goodNews = (clause: string) => WORKS_NOW.test(clause) || (SHOWS_NOW.test(clause) && !SHOWN_WRONG.test(clause));
const SOLVED = /\b(?:resolved|fixed)\b/i;

function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return before.slice(start);
}

function deniedBefore(sentence: string, at: number): boolean {
  const clause = clauseBefore(sentence, at);
  let start = 0;
  for (const m of clause.matchAll(WONDERED)) start = m.index + m[0].length;
  return DENIED.test(clause.slice(start));
}

/** The clause a match at `at`, `length` long, is in. */
function clauseOf(sentence: string, at: number, length: number): string {
  const after = sentence.slice(at + length);
  const next = after.search(CLAUSE_BREAK);
  const end = next < 0 ? after.length : next;
  return clauseBefore(sentence, at) + sentence.slice(at, at + length) + after.slice(0, end);
}

// Said, in its own clause, of something that is back: not imagined before it, denied, foreseen or good news.
const said = (sentence: string, at: number, length: number) =>
  !IMAGINED.test(sentence.slice(0, at)) &&
  !deniedBefore(sentence, at) &&
  !FORESEEN.test(clauseBefore(sentence, at)) &&
  !goodNews(clauseOf(sentence, at, length));

function returned(sentence: string, title: boolean): boolean {
  if (/[?？]/.test(sentence)) return false;
  if (RETURNED_ZH.test(sentence)) return true;
  for (const re of RETURNED_EN) {
    for (const m of sentence.matchAll(re)) {
      if (re === FAILED_AGAIN && CONTACT_ABOUT.test(clauseBefore(sentence, m.index))) continue;
      if (said(sentence, m.index, m[0].length)) return true;
    }
  }
  const again = TITLE_AGAIN.exec(sentence);
  if (!title || again === null || CONTACT_OR_RETRY.test(sentence) || SOLVED.test(sentence)) return false;
  // The clause stops short of the word before "again", so a month ("in May again") is no "may"; whether
  // someone redid the job needs that word whole ("the user exported again").
  const clause = clauseBefore(sentence, again.index);
  return (
    !rerunAtEnd(sentence.slice(0, again.index + 1)) &&
    !PUT_OFF.test(clause) &&
    !FORESEEN_IN_TITLE.test(clause) &&
    said(sentence, again.index, again[0].length)
  );
}

/** The summary or a sentence of the description says the issue is back ("… failing again", "又出现"). */
export function saysItIsBack(input: { summary?: string; description?: string }): boolean {
  if (returned((input.summary ?? '').trim(), true)) return true;
  return (input.description ?? '').split(/\n|(?<=[.!?。！？])\s*/).some((s) => returned(s.trim(), false));
}
