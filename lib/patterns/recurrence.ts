// Whether a draft says its issue is back. Such a draft and a resolved escalation that is only possibly
// related are most likely the old issue again: the fix did not hold, and the old root cause is what the
// agent needs to see. "Try again", "logged in again" and "again later" are about retrying, not a return.
import type { PatternInput } from './input';

const RETRIED = new RegExp(
  '\\b(?:(?:try|tri|retry|retri|log(?:g)?|sign|click|refresh|open|restart|reload|send|sent|do|did|done|call|' +
    'run|ran|sync|upload|import|export|submit|save|saved|check|test|enter|type|scan|install|reinstall|pay|paid|' +
    'turn|switch|go|went|come|came|get|got|set|roll|step|fall|fell|scroll|bounc|write|wrote)' +
    '\\w* (?:in |on |it |them |this |that |the \\w+ |\\w+ )?(?:again|back)\\b)|' +
    '\\bagain (?:later|and again|tomorrow|next|in)\\b|\\b(?:came|come|comes|coming) back (?:empty|blank|with|as|null|zero)\\b',
  'gi',
);
const RETURNED_EN = new RegExp(
  '\\b(?:happening|broken|failing|fails|failed|occurring|crashing|showing up|appearing|stuck|missing|wrong|' +
    "late|down|broke|doing it) again\\b|\\b(?:is|are|it's|they're|has come|have come) back\\b|\\bagain\\W*$|" +
    '\\b(?:recurr(?:ing|ed|s|ence)|re-?occurr(?:ing|ed|s|ence)|reappear(?:ed|s|ing)?|resurfac(?:ed|es|ing))\\b',
  'i',
);
const RETURNED_ZH = /又(?:出现|发生|来了|坏了|不行了|报错|开始)|再次(?:出现|发生)|重新出现|复发/;

const returned = (sentence: string) => RETURNED_ZH.test(sentence) || RETURNED_EN.test(sentence.replace(RETRIED, ' '));

/** The summary or a sentence of the description says the issue is back ("… again", "recurring", "又出现"). */
export function saysItIsBack(input: Pick<PatternInput, 'summary' | 'description'>): boolean {
  const sentences = [input.summary ?? '', ...(input.description ?? '').split(/\n|(?<=[.!?。！？])\s*/)];
  return sentences.some((s) => returned(s.trim()));
}
