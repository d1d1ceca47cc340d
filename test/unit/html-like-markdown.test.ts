import { describe, expect, test } from 'vitest';
import { renderBrief } from '../../lib/brief/render';
import { draft, OPTS } from './brief-fixture';

const html = (fields: Parameters<typeof draft>[0]) =>
  renderBrief(draft({ summary: 's', ...fields }), 'html', 'en', OPTS);

describe('rich text writes ticket text as the other formats do', () => {
  test('a field typed over several lines is on one line, as in Markdown', () => {
    const out = html({ impact: { workflowImpact: 'Month-end close is blocked;\nfinance cannot\nreconcile.' } });
    expect(out).toContain('Month-end close is blocked; finance cannot reconcile.');
    expect(out).not.toContain('blocked;<br>');
  });

  test('in Chinese it runs on without a space', () => {
    const out = renderBrief(
      draft({
        summary: '导出中断',
        impact: { workflowImpact: '月末结算受阻，\n财务无法核对\n发票。\nSee INC-7731\nfor details' },
      }),
      'html',
      'zh-CN',
      OPTS,
    );
    expect(out).toContain('月末结算受阻，财务无法核对发票。See INC-7731 for details');
  });

  test('a step or an Expected line typed over several lines is on one line', () => {
    const out = html({ repro: { steps: ['Open Reports,\nthen Export'], expected: 'All rows\nare there' } });
    expect(out).toContain('<li>Open Reports, then Export</li>');
    expect(out).toContain('All rows are there');
  });

  test('the description keeps its lines', () => {
    expect(html({ description: 'First line\nsecond line' })).toContain('<p>First line<br>second line</p>');
  });

  test('an address in the description, a field or a step is linked, as in Markdown', () => {
    const link = (url: string) => `<a href="${url}">${url}</a>`;
    const out = html({
      description: 'See https://status.example.com/i/42.\nThen https://x.example/a?b=1',
      impact: { workflowImpact: 'Dashboard https://grafana.example/d/1 is red' },
      repro: { steps: ['Open https://app.example.com/reports'], expected: 'https://app.example.com/ok' },
    });
    expect(out).toContain(`See ${link('https://status.example.com/i/42')}.<br>Then ${link('https://x.example/a?b=1')}`);
    expect(out).toContain(`Dashboard ${link('https://grafana.example/d/1')} is red`);
    expect(out).toContain(`<li>Open ${link('https://app.example.com/reports')}</li>`);
    expect(out).toContain(link('https://app.example.com/ok'));
  });

  test('only a web address is linked', () => {
    const out = html({ description: 'javascript:alert(1) data:text/html,x mailto:a@b.example' });
    expect(out).not.toContain('<a ');
    expect(out).toContain('javascript:alert(1) data:text/html,x mailto:a@b.example');
  });
});
