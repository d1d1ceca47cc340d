import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { stripControls } from '../../lib/brief/sanitize';
import { draft, OPTS } from './brief-fixture';

const ZWNJ = '\u200c';
const ZWJ = '\u200d';
const ZWSP = '\u200b';

// Persian writes "mi-khaham" with a zero-width non-joiner, Sinhala "Sri" with a zero-width joiner, Hindi
// and Malayalam choose a conjunct's form with them: without it the word is spelled differently.
describe('a joiner or non-joiner inside a word of a script written with them stays', () => {
  test.each([
    ['Persian', `می${ZWNJ}خواهم`],
    ['Urdu', `ہے${ZWNJ}ں`],
    ['Sinhala', `ශ්${ZWJ}රී ලංකා`],
    ['Hindi', `क्${ZWJ}ष and क्${ZWNJ}ष`],
    ['Malayalam', `ന്${ZWJ}`.concat('റ')],
    ['Bengali', `র্${ZWJ}য`],
  ])('%s', (_, word) => {
    expect(stripControls(word)).toBe(word);
    expect(renderBrief(draft({ summary: word }), 'markdown', 'en', OPTS)).toContain(word);
  });
});

describe('elsewhere they still go', () => {
  test.each([
    [`@he${ZWJ}re`, '@here'],
    [`esca${ZWNJ}late`, 'escalate'],
    [`a${ZWNJ}ب`, 'aب'],
    [`ب${ZWJ}a`, 'بa'],
    [`٤${ZWNJ}١١١`, '٤١١١'],
    [`ی${ZWNJ} خ`, 'ی خ'],
    [`${ZWNJ}خواهم`, 'خواهم'],
    [`ی${ZWJ}😀`, 'ی😀'],
  ])('%j', (typed, clean) => {
    expect(stripControls(typed)).toBe(clean);
  });

  test('an emoji sequence keeps its joiners', () => {
    expect(stripControls('👨\u200d👩\u200d👧 👍🏽\u200d🔥')).toBe('👨\u200d👩\u200d👧 👍🏽\u200d🔥');
  });

  test('an @here hidden by a joiner is still broken', () => {
    const slack = renderBrief(draft({ summary: 's', description: `ping @he${ZWJ}re` }), 'slack', 'en', OPTS);
    expect(slack).toContain(`ping @${ZWSP}here`);
  });
});
