import { describe, expect, test } from 'vitest';
import { splitLinks } from '../../lib/brief/links';
import { renderBrief } from '../../lib/brief/render';
import { trackerRefs } from '../../lib/patterns/refs';
import { draft, OPTS } from './brief-fixture';

const ZWSP = '\u200b';
const DESCRIPTION =
  '事故页面见https://status.example.com/incidents/42。客户很着急，日志在 https://logs.example.com/q?id=5，请查收。';

describe('a link in Chinese text ends where the address does', () => {
  test.each([
    [
      DESCRIPTION,
      [
        '事故页面见',
        'https://status.example.com/incidents/42',
        '。客户很着急，日志在 ',
        'https://logs.example.com/q?id=5',
        '，请查收。',
      ],
    ],
    ['（见https://a.example/b）', ['（见', 'https://a.example/b', '）']],
    ['“https://a.example/b”…', ['“', 'https://a.example/b', '”…']],
    ['https://a.example/b、https://c.example/d；', ['', 'https://a.example/b', '、', 'https://c.example/d', '；']],
    [
      'https://a.example/b：详见【https://c.example/d】',
      ['', 'https://a.example/b', '：详见【', 'https://c.example/d', '】'],
    ],
    [
      'https://a.example/b！？ https://c.example/d——完',
      ['', 'https://a.example/b', '！？ ', 'https://c.example/d', '——完'],
    ],
    ['https://a.example/b\u3000下一句', ['', 'https://a.example/b', '\u3000下一句']],
    ['https://a.example/検索をクリック', ['', 'https://a.example/', '検索をクリック']],
    ['https://a.example/b《手册》', ['', 'https://a.example/b', '《手册》']],
    ['https://a.example/b，', ['', 'https://a.example/b', '，']],
  ])('%s', (text, parts) => {
    expect(splitLinks(text)).toEqual(parts);
  });

  test('Markdown links each address alone', () => {
    const md = renderBrief(draft({ summary: 's', description: DESCRIPTION }), 'markdown', 'zh-CN', OPTS);
    expect(md).toContain(
      '事故页面见<https://status.example.com/incidents/42>。客户很着急，日志在 <https://logs.example.com/q?id=5>，请查收。',
    );
  });

  test('rich text links each address alone', () => {
    const html = renderBrief(
      draft({ summary: 's', supporting: { links: ['见https://status.example.com/incidents/42。客户很着急'] } }),
      'html',
      'zh-CN',
      OPTS,
    );
    expect(html).toContain(
      '见<a href="https://status.example.com/incidents/42">https://status.example.com/incidents/42</a>。客户很着急',
    );
  });

  test('the text after an address is ticket text in every format: an @here there is broken, a * escaped', () => {
    const description = '见https://status.example.com/incidents/42。@here 请看，*紧急*';
    const e = draft({ summary: 's', description });
    expect(renderBrief(e, 'slack', 'zh-CN', OPTS)).toContain(`42。@${ZWSP}here 请看，∗紧急∗`);
    expect(renderBrief(e, 'text', 'zh-CN', OPTS)).toContain(`42。@${ZWSP}here 请看，*紧急*`);
    expect(renderBrief(e, 'jira', 'zh-CN', OPTS)).toContain(`42。\\@here 请看，\\*紧急\\*`);
    expect(renderBrief(e, 'markdown', 'zh-CN', OPTS)).toContain(`42>。@${ZWSP}here 请看，\\*紧急\\*`);
  });

  test('Similar issues reads the incident an address in Chinese text points at', () => {
    expect(trackerRefs(DESCRIPTION)).toEqual(['ref:status.example.com/incidents/42']);
  });
});
