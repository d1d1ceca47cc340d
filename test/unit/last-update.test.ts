import { describe, expect, test } from 'vitest';
import { lastUpdateText } from '../../lib/escalation/last-update';
import { fastestMs } from './support/timing';

describe('what the customer was last told', () => {
  test('skips the greeting and the courtesy, and stops at the sign-off', () => {
    expect(
      lastUpdateText(
        "Hi Dana,\n\nThanks for your patience.\nWe're still investigating. Engineering has the request id and I will update you by 5pm.\n\nBest,\nSam",
      ),
    ).toBe("We're still investigating. Engineering has the request id and I will update you by 5pm.");
  });

  test('keeps versions, links, addresses and "p.m." as written', () => {
    expect(
      lastUpdateText(
        'Hi Dana,\nThis is fixed in v2.14.0, see https://status.acme.com/incidents/123 for details. I will update you by 5 p.m. today.\nSam',
      ),
    ).toBe(
      'This is fixed in v2.14.0, see https://status.acme.com/incidents/123 for details. I will update you by 5 p.m. today.',
    );
    expect(lastUpdateText('Please email dana@acme.com the logs, e.g. the HAR file.')).toBe(
      'Please email dana@acme.com the logs, e.g. the HAR file.',
    );
  });

  test('a courtesy in the same line as the news is left out too, and so is a greeting that opens it', () => {
    expect(
      lastUpdateText('Thank you for reaching out! We have confirmed the bug and a fix is scheduled for Thursday.'),
    ).toBe('We have confirmed the bug and a fix is scheduled for Thursday.');
    expect(
      lastUpdateText(
        "Hi Dana, thanks for reaching out! I've escalated this to engineering and will update you tomorrow.",
      ),
    ).toBe("I've escalated this to engineering and will update you tomorrow.");
    expect(
      lastUpdateText('Thank you for contacting Acme Support.\nWe reproduced the issue; a fix ships Thursday.'),
    ).toBe('We reproduced the issue; a fix ships Thursday.');
    expect(lastUpdateText('Apologies for the delay. The export limit is raised for your account.')).toBe(
      'The export limit is raised for your account.',
    );
  });

  test('the sentence a stripped greeting opened starts with a capital', () => {
    expect(
      lastUpdateText(
        'Hi Pat, we have escalated this to engineering. I will follow up tomorrow.\nKind regards\nSam Rivera\nAcme Support | +1 800 555 0100',
      ),
    ).toBe('We have escalated this to engineering. I will follow up tomorrow.');
    expect(lastUpdateText('Hello Dana! the fix is live.')).toBe('The fix is live.');
    expect(lastUpdateText('Hi Dana, iOS 18.2 fixes this.')).toBe('iOS 18.2 fixes this.');
  });

  test('"Thanks!" after the greeting is a courtesy, not the sign-off', () => {
    expect(lastUpdateText("Hi Dana,\nThanks!\nI've passed this to engineering.")).toBe(
      "I've passed this to engineering.",
    );
  });

  test('a signature without a sign-off is left out: a name, a title, a link, or under "--"', () => {
    expect(lastUpdateText('Engineering is testing a fix.\nSam')).toBe('Engineering is testing a fix.');
    expect(
      lastUpdateText('Engineering is testing a fix.\n\nSam Rivera\nSenior Support Engineer | Acme\nhttps://acme.com'),
    ).toBe('Engineering is testing a fix.');
    expect(lastUpdateText('Engineering is testing a fix.\n--\nSam Rivera')).toBe('Engineering is testing a fix.');
    expect(lastUpdateText("We're on it.\nBest regards, Sam")).toBe("We're on it.");
  });

  test('a short line of news without a full stop is news, not a signature; a list is kept', () => {
    expect(lastUpdateText('Hi Dana,\nWe checked.\nNo data was lost\n')).toBe('We checked. No data was lost');
    expect(lastUpdateText('Hi Dana,\nWe reproduced it.\nFix ships Thursday\n\nSam')).toBe(
      'We reproduced it. Fix ships Thursday',
    );
    expect(
      lastUpdateText('Here is the plan:\n- patch tonight at 22:00 UTC\n- verify with you tomorrow\n\nBest,\nSam'),
    ).toBe('Here is the plan: - patch tonight at 22:00 UTC - verify with you tomorrow');
    expect(lastUpdateText("Dana,\n\nI've escalated this.")).toBe("I've escalated this.");
  });

  test('keeps whole first sentences, about two lines of them', () => {
    const text = lastUpdateText(
      "Hello Dana!\nI've escalated this to engineering, who are looking into the export limit now. I'll send you an update by 17:00 CET today. In the meantime, export in batches of 5,000 rows. We'll also review the limit for large accounts next quarter.",
    );
    expect(text).toBe(
      "I've escalated this to engineering, who are looking into the export limit now. I'll send you an update by 17:00 CET today. In the meantime, export in batches of 5,000 rows.",
    );
  });

  test('Chinese replies: 您好 with or without a name, 尊敬的, 感谢您的耐心等待, no spaces added', () => {
    expect(
      lastUpdateText(
        '您好，\n感谢您的耐心等待。\n我们已经把问题提交给工程团队，今天下午5点前给您答复。详见 https://help.acme.com/pro.html，版本 3.2.1。\n祝好\n小王',
      ),
    ).toBe('我们已经把问题提交给工程团队，今天下午5点前给您答复。详见 https://help.acme.com/pro.html，版本 3.2.1。');
    expect(lastUpdateText('王女士，您好！\n问题已经定位，\n预计明天上线修复。')).toBe(
      '问题已经定位，预计明天上线修复。',
    );
    expect(lastUpdateText('尊敬的王先生：\n您好！\n感谢您的耐心等待。\n问题已修复（版本 3.2.1），请刷新页面。')).toBe(
      '问题已修复（版本 3.2.1），请刷新页面。',
    );
  });

  test('a reply that opens with its news is taken as it is; one that is only a greeting stays', () => {
    expect(lastUpdateText('Dana, quick update: fix is deploying tonight.')).toBe(
      'Dana, quick update: fix is deploying tonight.',
    );
    expect(lastUpdateText('Hi,')).toBe('Hi,');
    expect(lastUpdateText('Best regards, Sam')).toBe('Best regards, Sam');
    expect(lastUpdateText('')).toBe('');
  });

  test('one endless sentence is cut with an ellipsis', () => {
    const text = lastUpdateText(`Hi Dana,\n${'we are looking '.repeat(100)}`);
    expect(text.length).toBeLessThanOrEqual(280);
    expect(text).toMatch(/^we are looking .*…$/);
  });

  test('a hostile reply of 100,000 dots and spaces is read quickly', () => {
    const read = () => {
      lastUpdateText(`Hi,\n${'. '.repeat(50_000)}x`);
      lastUpdateText('a.'.repeat(50_000));
      lastUpdateText(`Fixed.\n${'Sam\n'.repeat(50_000)}`);
      lastUpdateText(`Hi Dana,\n${'.'.repeat(19_990)} x`);
      lastUpdateText('ok\n'.repeat(100_000));
    };
    expect(fastestMs(read, 200)).toBeLessThan(200);
  });
});
