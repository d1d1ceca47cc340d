// Whether a draft says its issue is back. Such a draft and a resolved escalation that is only possibly
// related may be the old issue again: the fix did not hold, and the old root cause is worth a look. The
// return has to be said of a failure ("export failing again", "the delay is back"): "contacted us again",
// "thanks again", "recurring invoices", "the servers are back up" and "the issue is back with engineering"
// are no return, nor is one the customer denies, imagines or asks about ("it has not failed again", "if it
// fails again", "is it broken again?").

const FAILURE =
  'fail(?:s|ed|ing)?|broken|broke|crash(?:es|ed|ing)?|happening|occurring|stuck|missing|wrong|late|down|' +
  'dropping|timing out|not working|stopped working|erroring|error(?:s|ed)?|duplicat(?:ing|ed)|looping|' +
  'freez(?:ing|es)|froze|hanging|slow|cut off|short|empty|blank|bouncing|bounced|' +
  // "not syncing again", "isn't loading again": a failure; "not happening again" is a denial.
  "(?:not|n't) (?!happening|occurring|recurring|failing|breaking|crashing)\\w+ing";
const PROBLEM = 'issue|problem|bug|glitch|error|errors|crash|crashes|outage|delay|delays|loop|it|this|that|same thing';
// Who can be "back" without any issue returning: "the customer is back from holiday", "they are back".
const PEOPLE = 'customer|user|admin|he|she|they|we|i|you|team|agent|client|someone|everyone|everybody|who';
const NOT_A_RETURN =
  'up|online|to normal|in stock|on|from|with|as|in (?:our|the|your|their)|to (?:us|you|them|engineering|the|sender)|' +
  'empty|blank|null|clean|negative|positive|fine|ok|an? |the ';

const RETURNED_EN = [
  new RegExp(`\\b(?:${FAILURE}) (?:all over )?again\\b`, 'i'),
  new RegExp(
    `(?:(?<!\\b(?:${PEOPLE}) )\\b(?:is|are|was|has|have) (?:back|returned|come back)|\\w's back|\\b(?:${PROBLEM}) (?:came back|resurfaced|reappeared|recurred|regressed))\\b(?! (?:${NOT_A_RETURN}))`,
    'i',
  ),
  /\b(?:keeps? recurring|is recurring|are recurring|recurring (?:issue|problem|bug|error|crash|outage)|recurs|reoccurs|regressed|regression (?:since|after|in (?:v?\d|version|release|the latest|the last)))\b/i,
];
// A title ending in "again" after other words is a return ("Export cut at 10,000 rows again"), unless it is
// about contact or a retry ("customer emailed again", "logged in again").
const TITLE_AGAIN = /\S\s+again\W*$/i;
const CONTACT_OR_RETRY =
  /\b(?:contact(?:ed|s)?|follow(?:ed|s)? up|wrote|writ(?:es|ing)|e-?mailed|called|calls? (?:us|me|in|back)|asks?|asked|thanks?|sorry|hi|hello|chas(?:ed|ing)|tr(?:y|ies|ied|ying)|retr(?:y|ies|ied|ying)|log(?:s|ged|ging)? in|sign(?:s|ed|ing)? in|refresh(?:es|ed|ing)?|reload(?:s|ed|ing)?|restart(?:s|ed|ing)?|reopen(?:s|ed|ing)?|click(?:s|ed|ing)?|resen[dt]|sen[dt]|reinstall(?:s|ed|ing)?)\b/i;
// Denied or imagined in the clause that says it: "has not failed again", "if it fails again". Only that
// clause: "we changed nothing, but sync is failing again" is a return.
const NOT_SAID_EN =
  /\b(?:if|when|whether|unless|in case|should|not|never|no longer|hasn't|haven't|didn't|won't|doesn't|don't|isn't|aren't|wasn't|avoid|prevent)\b/i;
const CLAUSE_BREAK = /[,;:—–]|\b(?:but|and|so|yet|though|although|however)\b/gi;
const RETURNED_ZH =
  /(?<!(?:如果|若是?|万一|假如|要是|没有|没|未|不会|不再|防止|避免|以免|以防|担心|怕|会不会|是否)[^，,。！？!?]{0,6})(?:又(?:出现|发生|来了|坏了|不行了|报错|出错|失败|超时|卡住|卡死|崩溃|闪退|延迟|丢失|回来了|不能用|用不了|慢了|挂了|打不开|登不上|收不到|断了|掉线|没反应)|再次(?:出现|发生|失败|报错|出错|崩溃|超时)|重新出现|复发)/;

// Good news ("sync working again") and questions ("is it broken again?") say no return.
const GOOD_NEWS = /\b(?:work(?:s|ed|ing)?|fine|resolved|fixed|normal|ok|okay)\b|正常|好了|恢复/i;

function clauseBefore(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) start = m.index + m[0].length;
  return before.slice(start);
}

function returned(sentence: string, title: boolean): boolean {
  if (/[?？]/.test(sentence)) return false;
  if (RETURNED_ZH.test(sentence)) return true;
  for (const re of RETURNED_EN) {
    const m = re.exec(sentence);
    if (m && !NOT_SAID_EN.test(clauseBefore(sentence, m.index))) return true;
  }
  const again = TITLE_AGAIN.exec(sentence);
  return (
    title &&
    again !== null &&
    !CONTACT_OR_RETRY.test(sentence) &&
    !NOT_SAID_EN.test(clauseBefore(sentence, again.index)) &&
    !GOOD_NEWS.test(sentence)
  );
}

/** The summary or a sentence of the description says the issue is back ("… failing again", "又出现"). */
export function saysItIsBack(input: { summary?: string; description?: string }): boolean {
  if (returned((input.summary ?? '').trim(), true)) return true;
  return (input.description ?? '').split(/\n|(?<=[.!?。！？])\s*/).some((s) => returned(s.trim(), false));
}
