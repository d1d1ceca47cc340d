import { describe, expect, test } from 'vitest';
import { lastUpdateText } from '../../lib/escalation/last-update';

describe('what the customer was last told', () => {
  test('skips the greeting and the courtesy, and stops at the sign-off', () => {
    expect(
      lastUpdateText(
        "Hi Dana,\n\nThanks for your patience.\nWe're still investigating. Engineering has the request id and I will update you by 5pm.\n\nBest,\nSam",
      ),
    ).toBe("We're still investigating. Engineering has the request id and I will update you by 5pm.");
  });

  test('a courtesy in the same line as the news is left out too', () => {
    expect(
      lastUpdateText('Thank you for reaching out! We have confirmed the bug and a fix is scheduled for Thursday.'),
    ).toBe('We have confirmed the bug and a fix is scheduled for Thursday.');
  });

  test('keeps whole first sentences, about two lines of them', () => {
    const text = lastUpdateText(
      "Hello Dana!\nI've escalated this to engineering, who are looking into the export limit now. I'll send you an update by 17:00 CET today. In the meantime, export in batches of 5,000 rows. We'll also review the limit for large accounts next quarter.",
    );
    expect(text).toBe(
      "I've escalated this to engineering, who are looking into the export limit now. I'll send you an update by 17:00 CET today. In the meantime, export in batches of 5,000 rows.",
    );
  });

  test('Chinese replies: 您好 with or without a name, 感谢您的耐心等待, no spaces added', () => {
    expect(
      lastUpdateText('您好，\n感谢您的耐心等待。\n我们已经把问题提交给工程团队，今天下午5点前给您答复。\n祝好\n小王'),
    ).toBe('我们已经把问题提交给工程团队，今天下午5点前给您答复。');
    expect(lastUpdateText('王女士，您好！\n问题已经定位，\n预计明天上线修复。')).toBe(
      '问题已经定位，预计明天上线修复。',
    );
  });

  test('a reply that opens with its news is taken as it is; one that is only a greeting stays', () => {
    expect(lastUpdateText('Dana, quick update: fix is deploying tonight.')).toBe(
      'Dana, quick update: fix is deploying tonight.',
    );
    expect(lastUpdateText('Hi,')).toBe('Hi,');
    expect(lastUpdateText('')).toBe('');
  });

  test('one endless sentence is cut with an ellipsis', () => {
    const text = lastUpdateText(`Hi Dana,\n${'we are looking '.repeat(100)}`);
    expect(text.length).toBeLessThanOrEqual(280);
    expect(text).toMatch(/^we are looking .*…$/);
  });
});
