import { describe, expect, test } from 'vitest';
import { EVIDENCE_CHARS_IN_BRIEF } from '../../lib/brief/document';
import { BRIEF_FORMATS, type BriefFormat } from '../../lib/brief/formats';
import { splitLinks } from '../../lib/brief/links';
import { formatMoney } from '../../lib/brief/money';
import { clipboardPayload, renderBrief } from '../../lib/brief/render';
import { TEXT_CHARS_IN_BRIEF } from '../../lib/brief/shorten';
import { instantOf, toLocalInput } from '../../lib/escalation/deadline';
import { parseQuantity } from '../../lib/escalation/quantity';
import { HOSTILE_TEXT } from '../../scripts/pages/zendesk.mjs';
import { ascending, draft, FULL, golden, indexesOf, OPTS } from './brief-fixture';
import { fastestMs } from './support/timing';

const MINIMAL = draft({ key: 'blank', summary: 'Export broken' });

// The parts of a Markdown document outside fenced code blocks, where Markdown syntax is live.
function outsideFences(md: string): string {
  return md.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, '');
}

describe('golden briefs', () => {
  test.each([
    ['brief-full.md', FULL, 'markdown', 'en'],
    ['brief-full.txt', FULL, 'text', 'en'],
    ['brief-full.html', FULL, 'html', 'en'],
    ['brief-full.zh-CN.md', FULL, 'markdown', 'zh-CN'],
    ['brief-minimal.md', MINIMAL, 'markdown', 'en'],
    ['brief-minimal.txt', MINIMAL, 'text', 'en'],
  ] as const)('%s', (name, e, format, locale) => {
    golden(name, renderBrief(e, format, locale, OPTS));
  });
});

describe('Markdown brief', () => {
  const md = renderBrief(FULL, 'markdown', 'en', OPTS);

  test('follows the template, section by section', () => {
    expect(md.startsWith('## ESCALATION: Data export stops at 10,000 rows for large accounts\n')).toBe(true);
    const order = indexesOf(md, [
      '\n**Severity:** High  \n',
      '\n**Target team:** Engineering  \n',
      '\n**Reported by:** Sam Rivera  \n',
      '\n**Date:** Nov 22, 2026\n',
      '\n### Impact\n',
      '\n### Issue Description\n',
      "\n### What's Been Tried\n",
      '\n### Reproduction Steps\n',
      '\n### Customer Communication\n',
      "\n### What's Needed\n",
      '\n### Supporting Context\n',
    ]);
    expect(ascending(order)).toBe(true);
    expect(md.match(/^### .*$/gm)).toHaveLength(7);
  });

  // A single newline runs lines together in CommonMark; two trailing spaces break the line and show
  // nothing where the Markdown is pasted as text.
  test('puts each header field and each Expected / Actual / … line on a line of its own', () => {
    const lines = md.split('\n');
    const ending = (start: string) => lines.find((line) => line.startsWith(start))?.slice(-3);
    for (const start of ['**Severity:**', '**Target team:**', '**Reported by:**', 'Expected:', 'Actual:', 'Frequency:'])
      expect(ending(start), start).toMatch(/[^ ] {2}$/);
    // The last of each group ends its paragraph.
    expect(ending('**Date:**')).not.toMatch(/ $/);
    expect(ending('Ruled out:')).not.toMatch(/ $/);
  });

  test('lists the impact with the core fields first', () => {
    const order = indexesOf(md, [
      '- **Customers affected:** 3 customers — Acme Corp, Globex, Initech (growing)\n',
      '- **Workflow impact:** Month-end close is blocked; finance cannot reconcile October invoices.\n',
      '- **Revenue at risk:** $120,000 ARR\n',
      '- **Time in queue:** 4 days (since Nov 18, 2026)\n',
      '- **Depth:** Blocked\n',
      '- **SLA status:** At risk\n',
    ]);
    expect(ascending(order)).toBe(true);
  });

  test('writes the repro, the asks and the deadline', () => {
    const order = indexesOf(md, [
      'Starting state: An account with more than 10,000 invoices in one month\n',
      '1. Open Reports, then Export\n2. Choose CSV and October 2026\n3. Run the export and download the file\n',
      'Expected: All 14,212 rows are in the file  \n',
      'Actual: The file stops at exactly 10,000 rows  \n',
      'Environment: Production, EU region, Chrome 131  \n',
    ]);
    expect(ascending(order)).toBe(true);
    expect(md).toContain('1. Re-ran the export with a one-week date range — Same cut at 10,000 rows\n');
    expect(md).toContain('- Investigate root cause: Why the export cursor expires after page 100\n');
    expect(md).toContain('- Prioritize fix: Needed before the month-end close\n');
    expect(md).toContain('- **Deadline:** Nov 23, 2026, 5:00 PM UTC\n');
    expect(md).toContain(
      '- **Last update to customer:** Nov 19, 2026, 9:30 AM UTC — We are still investigating; next update by 5pm.\n',
    );
    expect(md).toContain('- Ticket: <https://acme.zendesk.com/agent/tickets/4821>\n');
    expect(md).toContain(
      '```\nERROR ExportJobError: cursor expired after page 100 (request_id=req_8f3a2c)\nHTTP 500 from /api/export/page/101\n```\n',
    );
  });
});

describe('plain-text brief', () => {
  const txt = renderBrief(FULL, 'text', 'en', OPTS);

  test('follows the skill template, repro before what was tried', () => {
    expect(txt.startsWith('ESCALATION: Data export stops at 10,000 rows for large accounts\n')).toBe(true);
    const order = indexesOf(txt, [
      '\nSeverity: High\n',
      '\nTarget: Engineering\n',
      '\n\nIMPACT\n',
      '\n\nISSUE DESCRIPTION\n',
      '\n\nREPRODUCTION STEPS (for bugs)\n',
      "\n\nWHAT'S BEEN TRIED\n",
      '\n\nCUSTOMER COMMUNICATION\n',
      "\n\nWHAT'S NEEDED\n",
      '\n\nSUPPORTING CONTEXT\n',
    ]);
    expect(ascending(order)).toBe(true);
    expect(txt).not.toContain('Reported by');
    expect(txt).not.toMatch(/[*#`]/);
  });

  // Ticket text that runs over lines is indented under its heading or label, and every line of the brief's
  // own starts at the margin: a line of the ticket reading "IMPACT" cannot pass for a heading.
  test("indents ticket text that runs over lines, so none of it reads as one of the brief's headings", () => {
    const e = draft({
      summary: 'Export broken',
      description: "Customer wrote:\nIMPACT\n\nWHAT'S NEEDED\n- a fix\n  by Friday",
      repro: { evidence: ['SUMMARY\nERROR cursor expired'] },
    });
    const out = renderBrief(e, 'text', 'en', OPTS);
    expect(out).toContain(
      "\n\nISSUE DESCRIPTION\n    Customer wrote:\n    IMPACT\n\n    WHAT'S NEEDED\n    - a fix\n      by Friday\n\n",
    );
    expect(out).toContain('\n- Error messages and logs (exact text):\n    SUMMARY\n    ERROR cursor expired\n');
    expect(out.match(/^\S.*$/gm)).toEqual([
      'ESCALATION: Export broken',
      'Severity: Not set',
      'Target: Not set',
      'ISSUE DESCRIPTION',
      'SUPPORTING CONTEXT',
      '- Error messages and logs (exact text):',
    ]);
  });

  test('writes what was tried with arrows and the SLA among the core impact', () => {
    expect(txt).toContain('1. Re-ran the export with a one-week date range → Same cut at 10,000 rows\n');
    expect(txt).toContain('2. Cleared the export cache → No change\n');
    const order = indexesOf(txt, [
      '- Customers affected: 3 customers — Acme Corp, Globex, Initech (growing)\n',
      '- Revenue at risk: $120,000 ARR\n',
      '- SLA status: At risk\n',
      '- Time in queue: 4 days (since Nov 18, 2026)\n',
    ]);
    expect(ascending(order)).toBe(true);
    expect(txt).toContain(
      '- Last update: Nov 19, 2026, 9:30 AM UTC — We are still investigating; next update by 5pm.\n',
    );
  });
});

describe('HTML brief', () => {
  test('has the same sections as the Markdown brief', () => {
    const html = renderBrief(FULL, 'html', 'en', OPTS);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('h2')?.textContent).toBe(
      'ESCALATION: Data export stops at 10,000 rows for large accounts',
    );
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Impact',
      'Issue Description',
      "What's Been Tried",
      'Reproduction Steps',
      'Customer Communication',
      "What's Needed",
      'Supporting Context',
    ]);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://acme.zendesk.com/agent/tickets/4821',
      'https://status.example.com/incidents/42',
      'https://slack.example.com/archives/C01/p1700000000',
    ]);
  });
});

describe('what the target team needs', () => {
  const security = draft({
    summary: 'Another tenant visible in the admin export',
    target: 'security',
    targetInfo: { containment: 'Export disabled for the tenant at 10:40 UTC', urgency: 'Active exposure' },
  });

  test.each(BRIEF_FORMATS)('Security containment and urgency are in the brief (%s)', (format) => {
    const out = renderBrief(security, format, 'en', OPTS);
    expect(out).toMatch(/For the Target Team/i);
    expect(out).toMatch(/Containment steps taken.{0,12}Export disabled for the tenant at 10:40 UTC/);
    expect(out).toMatch(/Urgency assessment.{0,12}Active exposure/);
    expect(out).not.toContain('Customer use case');
  });

  test('in Chinese too', () => {
    expect(renderBrief(security, 'markdown', 'zh-CN', OPTS)).toContain(
      '### 目标团队所需信息\n- **已采取的遏制措施**：Export disabled for the tenant at 10:40 UTC',
    );
  });
});

describe('a draft with only a summary', () => {
  const sparse = draft({
    summary: 'Export broken',
    // Entries that hold nothing must not produce sections either.
    tried: [{ action: '  ', result: ' ' }],
    repro: { steps: ['', '   '], evidence: ['  '], ruledOut: [' '] },
    targetInfo: { useCase: ' ', containment: '' },
    needed: { asks: [{ kind: 'other', detail: ' ' }], deadline: '' },
    supporting: { links: [' '] },
  });

  test.each(BRIEF_FORMATS)('renders no empty section and no placeholder (%s)', (format) => {
    for (const e of [MINIMAL, sparse]) {
      const out = renderBrief(e, format, 'en', OPTS);
      expect(out).toContain('Export broken');
      expect(out).not.toContain('[');
      expect(out).not.toMatch(/^### /m);
      expect(out).not.toContain('<h3>');
      expect(out).not.toMatch(/IMPACT|ISSUE DESCRIPTION|WHAT'S|SUPPORTING/);
    }
  });

  test('a tried row holding only its result is kept', () => {
    const e = draft({ summary: 'Export broken', tried: [{ action: ' ', result: 'Cache cleared, still fails' }] });
    expect(renderBrief(e, 'text', 'en', OPTS)).toContain("WHAT'S BEEN TRIED\n1. Cache cleared, still fails\n");
  });

  test.each(BRIEF_FORMATS)("names the ticket's customer where impact names no one (%s)", (format) => {
    const e = draft({
      key: 'blank',
      summary: 'Export broken',
      customer: { name: 'Li Wei', email: '', account: '上海某某科技有限公司' },
    });
    expect(renderBrief(e, format, 'en', OPTS)).toContain('上海某某科技有限公司');
    const named = { ...e, impact: { ...e.impact, breadth: { ...e.impact.breadth, names: 'Acme, Globex' } } };
    expect(renderBrief(named, format, 'en', OPTS)).not.toContain('上海某某科技有限公司');
  });

  test.each(
    BRIEF_FORMATS.flatMap((format) => [
      [format, 'en' as const, /Customers affected[^\n]*Growing in number/],
      [format, 'zh-CN' as const, /受影响的客户[^\n]*数量仍在增长/],
    ]),
  )('a growing number with no count and no one named still says it is growing (%s, %s)', (format, locale, line) => {
    const e = draft({ key: 'blank', summary: 'Export broken', impact: { breadth: { growing: true } } });
    expect(renderBrief(e, format, locale, OPTS)).toMatch(line);
  });

  test('says what is not set', () => {
    expect(renderBrief(MINIMAL, 'markdown', 'en', OPTS)).toBe(
      '## ESCALATION: Export broken\n\n**Severity:** Not set  \n**Target team:** Not set  \n**Reported by:** Not set  \n**Date:** Nov 22, 2026\n',
    );
    expect(renderBrief(MINIMAL, 'text', 'en', OPTS)).toBe(
      'ESCALATION: Export broken\nSeverity: Not set\nTarget: Not set\n',
    );
  });

  test('an empty summary gets a visible stand-in', () => {
    const out = renderBrief(draft(), 'markdown', 'en', OPTS);
    expect(out.startsWith('## ESCALATION: Summary not written yet\n')).toBe(true);
  });
});

describe('hostile ticket text', () => {
  const hostile = draft({
    summary: HOSTILE_TEXT[0],
    description: HOSTILE_TEXT.join('\n'),
    tried: [{ action: HOSTILE_TEXT[1] ?? '', result: HOSTILE_TEXT[2] ?? '' }],
    repro: {
      evidence: HOSTILE_TEXT,
      steps: ['1. already numbered', '- looks like a bullet', '# looks like a heading'],
    },
    communication: { expectation: '> quoted\n=====' },
    supporting: {
      links: ['javascript:alert(1)', 'https://ok.example/x"onmouseover="alert(1)', 'see <https://a.example>'],
    },
  });

  test('Markdown escapes every piece of syntax outside the code fence', () => {
    const md = renderBrief(hostile, 'markdown', 'en', OPTS);
    const live = outsideFences(md);
    expect(live).toContain('\\<img');
    expect(live).not.toMatch(/(?<!\\)<img/);
    expect(live).not.toMatch(/(?<!\\)<script/);
    expect(live).not.toMatch(/(?<!\\)<\/textarea/);
    expect(live).not.toContain('**bold**');
    expect(live).toContain('\\*\\*bold\\*\\*');
    expect(live).not.toMatch(/(?<!\\)\[link/);
    expect(live).not.toMatch(/(?<!\\)`/);
    // Nothing in the ticket becomes a heading, a list item or a quote.
    const headings = live.match(/^#+ .*$/gm) ?? [];
    expect(headings[0]).toBe(
      '## ESCALATION: \\<img src=x onerror="alert(1)"\\> \\</textarea\\>\\<script\\>alert(2)\\</script\\>',
    );
    expect(headings.slice(1)).toEqual([
      '### Issue Description',
      "### What's Been Tried",
      '### Reproduction Steps',
      '### Customer Communication',
      '### Supporting Context',
    ]);
    expect(live).not.toMatch(/^\s*>/m);
    expect(live).not.toMatch(/^=+$/m);
  });

  test('Markdown keeps evidence verbatim in a fence longer than any backtick run in it', () => {
    const md = renderBrief(hostile, 'markdown', 'en', OPTS);
    const longestRun = Math.max(...(HOSTILE_TEXT.join('\n').match(/`+/g) ?? []).map((r) => r.length));
    expect(longestRun).toBe(3);
    const block = /^(`{3,})\n([\s\S]*?)\n\1$/m.exec(md);
    expect(block).not.toBeNull();
    expect(block?.[1]?.length).toBeGreaterThan(longestRun);
    expect(block?.[2]).toBe(HOSTILE_TEXT.join('\n'));
  });

  test('HTML contains no markup from the ticket and only http(s) links', () => {
    const html = renderBrief(hostile, 'html', 'en', OPTS);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('</textarea');
    expect(html).not.toMatch(/href="[^"]*javascript:/i);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img, script, textarea, b, iframe').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on'), `${el.tagName} ${attr}`).toBe(false);
    }
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(doc.body.textContent).toContain(HOSTILE_TEXT[0]);
  });

  test.each(['markdown', 'html', 'text'] as const)('%s drops control and direction-override characters', (format) => {
    const sneaky = draft({
      summary: 'Export\u0007 fails\u202e gnirts',
      description: 'Line one\u0000\u001b[31m red\u2066 isolate\u2069',
      tried: [{ action: 'Retried\u0008', result: 'same\u202a' }],
      repro: { evidence: ['ERROR\u000c Boom\u007f'] },
    });
    const out = renderBrief(sneaky, format, 'en', OPTS);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking those characters are gone
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/);
    expect(out).toContain('Export fails gnirts');
    expect(out).toContain('ERROR Boom');
    if (format === 'text') {
      expect(out).toContain('ESCALATION: Export fails gnirts\n');
      expect(out).toContain('Line one[31m red isolate');
      expect(out).toContain('1. Retried → same\n');
    }
  });
});

describe('long evidence', () => {
  // 54 characters a line with its newline: EVIDENCE_CHARS_IN_BRIEF falls inside line 148.
  const log = Array.from({ length: 400 }, (_, i) => `line ${String(i).padStart(3, '0')} ${'x'.repeat(44)}`);
  const e = draft({ summary: 'Big log', repro: { evidence: log.slice(0, 100) }, supporting: { logs: log.slice(100) } });
  const all = log.join('\n');
  const shown = log.slice(0, 148).join('\n');
  const note = `[truncated: ${(all.length - shown.length).toLocaleString('en')} more characters are kept in the escalation record]`;

  test('is cut at the last line end before EVIDENCE_CHARS_IN_BRIEF, with a note, in every format', () => {
    expect(all.length).toBeGreaterThan(EVIDENCE_CHARS_IN_BRIEF);
    expect(all.indexOf('line 148')).toBeLessThan(EVIDENCE_CHARS_IN_BRIEF);
    const md = renderBrief(e, 'markdown', 'en', OPTS);
    expect(md).toContain(`\`\`\`\n${shown}\n\`\`\`\n`);
    expect(md).toContain(note.replace('[', '\\[').replace(']', '\\]'));
    expect(md).not.toContain('line 148');

    // Plain text counts the four spaces each line is indented by: 58 characters a line, so the limit falls
    // inside line 137.
    const txt = renderBrief(e, 'text', 'en', OPTS);
    const shownInText = log.slice(0, 137).join('\n');
    const noteInText = note.replace(/[\d,]+/, (all.length - shownInText.length).toLocaleString('en'));
    expect(txt).toContain(`    ${shownInText.replaceAll('\n', '\n    ')}\n${noteInText}\n`);
    expect(txt).not.toContain('line 137');

    const html = renderBrief(e, 'html', 'en', OPTS);
    expect(html).toContain(`<p><em>${note}</em></p>`);
    expect(html).not.toContain(log.at(-1));
  });

  test('evidence within the limit carries no note', () => {
    const md = renderBrief(
      draft({ repro: { evidence: ['x'.repeat(EVIDENCE_CHARS_IN_BRIEF)] } }),
      'markdown',
      'en',
      OPTS,
    );
    expect(md).toContain('x'.repeat(EVIDENCE_CHARS_IN_BRIEF));
    expect(md).not.toContain('truncated');
  });
});

describe('long ticket text', () => {
  // A Jira text field takes 32,767 characters by default, a Slack message 40,000.
  const JIRA_FIELD = 32_767;
  const truncated = /\[truncated: ([\d,]+) more characters are kept in the escalation record\]/;

  test.each(BRIEF_FORMATS)('a 300,000-character description is cut at a word, with a note (%s)', (format) => {
    const description = 'word '.repeat(60_000).trim();
    const out = renderBrief(draft({ summary: 's', description }), format, 'en', OPTS);
    expect(out.length).toBeLessThan(JIRA_FIELD);
    expect(out).toContain('word word');
    expect(out).toMatch(/word(\s|<br>)*\\?\[truncated: [\d,]+ more characters/);
    const text = renderBrief(draft({ summary: 's', description }), 'text', 'en', OPTS);
    const shown = /ISSUE DESCRIPTION\n {4}(.*)\n {4}\[truncated/.exec(text)?.[1] ?? '';
    expect(shown.length + '    '.length).toBeLessThanOrEqual(TEXT_CHARS_IN_BRIEF);
    expect(shown.endsWith('word')).toBe(true);
    expect(shown.length + Number(truncated.exec(text)?.[1]?.replaceAll(',', ''))).toBe(description.length);
  });

  test.each(['en', 'zh-CN'] as const)('a brief with every field filled to excess fits a Jira field (%s)', (locale) => {
    const big = (c: string) => `${c} `.repeat(50_000);
    const items = Array.from({ length: 300 }, (_, i) => `item ${i} ${'y'.repeat(300)}`);
    const e = draft({
      summary: big('s'),
      reportedBy: big('r'),
      customer: { name: big('n'), account: big('a') },
      impact: {
        breadth: { names: big('b') },
        workflowImpact: big('w'),
        duration: { since: '2026-11-18T09:12:00Z', critical: big('c') },
        contractual: { obligations: big('o') },
      },
      description: big('d'),
      tried: items.map((action) => ({ action, result: action })),
      repro: {
        startingState: big('t'),
        steps: items,
        expected: big('e'),
        actual: big('a'),
        environment: big('v'),
        ruledOut: items,
        evidence: [big('L')],
      },
      communication: {
        lastUpdate: { at: '2026-11-19T09:30:00Z', text: big('u') },
        expectation: big('x'),
        escalationRisk: big('k'),
      },
      needed: { asks: items.map((detail) => ({ kind: 'other' as const, detail })), deadline: '2026-11-23T17:00' },
      targetInfo: {
        useCase: big('1'),
        requestFrequency: big('2'),
        competitivePressure: big('3'),
        containment: big('4'),
        urgency: big('5'),
      },
      supporting: { links: items, threads: items, logs: [big('M')] },
    });
    for (const format of BRIEF_FORMATS) {
      const out = renderBrief(e, format, locale, OPTS);
      expect(out.length, format).toBeLessThan(JIRA_FIELD);
      expect(out, format).toContain('item 0 yyy');
      expect(out, format).not.toContain('item 299');
      expect(out.match(/truncated|已截断/g)?.length, format).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('the ticket text budget, counted as the format writes it', () => {
  const JIRA_FIELD = 32_767;
  const SLACK_MESSAGE = 40_000;
  // Text nearly all markup characters, each escaped in Jira and Markdown: a URL-encoded payload pasted
  // outside a link, a wall of separators; in Slack a mention-breaking space after every @.
  const filled = (text: string) => {
    const big = text.repeat(Math.ceil(40_000 / text.length));
    return draft({
      summary: 'Export fails for EU accounts',
      description: big,
      impact: { workflowImpact: big, contractual: { obligations: big } },
      repro: { startingState: big, steps: [big], expected: big, actual: big, evidence: ['E'.repeat(20_000)] },
      communication: { expectation: big, escalationRisk: big },
    });
  };
  const TEXTS = ['%7B%22id%22%3A%5B1%2C2%5D%7D%0A', '-*-|+|{}[]~^!#\n', '@_@_@_ '];

  test.each(TEXTS)('a brief of %j fits a Jira field in Jira markup and in Markdown', (text) => {
    for (const format of ['jira', 'markdown'] as const) {
      const out = renderBrief(filled(text), format, 'en', OPTS);
      expect(out.length, format).toBeLessThan(JIRA_FIELD);
      expect(out, format).toMatch(/truncated: [\d,]+ more characters/);
    }
  });

  test.each(TEXTS)('a brief of %j fits a Slack message', (text) => {
    expect(renderBrief(filled(text), 'slack', 'en', OPTS).length).toBeLessThan(SLACK_MESSAGE);
  });

  // A mask is longer than what it hides, and Markdown and Jira escape its brackets: the budget counts the text
  // masked, as it is written (an SMS-delivery ticket's numbers; security codes, always masked).
  test.each([
    ['phone numbers, with phone masking on', '+14155551000 ', { emails: true, phones: true, keep: [] }],
    ['security codes', 'CVV 123 ', undefined],
  ] as const)('a brief of %s fits a Jira field in every format', (_name, text, redaction) => {
    const big = text.repeat(Math.ceil(40_000 / text.length));
    const e = draft({ summary: 's', description: big, supporting: { logs: [big] } });
    for (const format of ['jira', 'markdown', 'slack', 'text'] as const) {
      const out = renderBrief(e, format, 'en', { ...OPTS, redaction });
      expect(out.length, format).toBeLessThan(JIRA_FIELD);
      expect(out, format).not.toContain(text.trim());
    }
  });

  // Each item's number or bullet and line break count too: 15,000 one-letter steps are mostly those.
  test('thousands of one-letter steps fit a Jira field in every format', () => {
    const e = draft({ summary: 's', repro: { steps: Array.from({ length: 15_000 }, () => 'x') } });
    for (const format of ['jira', 'markdown', 'slack', 'text'] as const) {
      const out = renderBrief(e, format, 'en', OPTS);
      expect(out.length, format).toBeLessThan(JIRA_FIELD);
      expect(out, format).toMatch(/truncated/);
    }
  });

  test('a plain-text description of @here counts the space that breaks each one', () => {
    const e = draft({ summary: 's', description: '@here '.repeat(8_000) });
    const out = renderBrief(e, 'text', 'en', OPTS);
    expect(out).toMatch(/\[truncated: [\d,]+ more characters/);
    expect(out.length).toBeLessThan(TEXT_CHARS_IN_BRIEF + 500);
  });

  test('a plain-text description and logs of one-character lines fit a Jira field, their indentation counted', () => {
    const lines = 'x\n'.repeat(40_000);
    const e = draft({ summary: 's', description: lines, supporting: { logs: [lines] } });
    const out = renderBrief(e, 'text', 'en', OPTS);
    expect(out.length).toBeLessThan(JIRA_FIELD);
    expect(out).toMatch(/\n {4}\[truncated: [\d,]+ more characters/);
    const logs =
      /\n- Error messages and logs \(exact text\):\n((?: {4}x\n)+)\[truncated: [\d,]+ more characters/.exec(out)?.[1] ??
      '';
    expect(logs.length).toBeGreaterThan(EVIDENCE_CHARS_IN_BRIEF - 1_000);
    expect(logs.length).toBeLessThanOrEqual(EVIDENCE_CHARS_IN_BRIEF + 1);
  });

  // A run of backticks in the logs lengthens the Markdown fence around them (twice) and gets a zero-width
  // space between each two in Slack.
  test('logs of backticks are counted as written: the fences, the spaces between them', () => {
    const e = draft({ summary: 's', description: 'x'.repeat(40_000), supporting: { logs: ['`'.repeat(40_000)] } });
    for (const format of ['markdown', 'jira'] as const)
      expect(renderBrief(e, format, 'en', OPTS).length, format).toBeLessThan(JIRA_FIELD);
    const md = renderBrief(e, 'markdown', 'en', OPTS);
    const fences = md.match(/`{4,}/g) ?? [];
    expect(fences).toHaveLength(3);
    expect(fences.reduce((n, run) => n + run.length, 0)).toBeLessThanOrEqual(EVIDENCE_CHARS_IN_BRIEF + 6);
    const slack = renderBrief(e, 'slack', 'en', OPTS);
    const logs = /\n```\n([\s\S]*)\n```\n/.exec(slack)?.[1] ?? '';
    expect(logs.length).toBeGreaterThan(EVIDENCE_CHARS_IN_BRIEF - 1_000);
    expect(logs.length).toBeLessThanOrEqual(EVIDENCE_CHARS_IN_BRIEF);
  });

  // Only the description and the logs are indented in plain text: the title and the fields, each on a line
  // of its own, keep the whole budget between them.
  test('a plain-text title and fields count no indentation', () => {
    const out = renderBrief(draft({ summary: 'z'.repeat(TEXT_CHARS_IN_BRIEF + 4_000) }), 'text', 'en', OPTS);
    const head = (out.split('\n\n')[0] ?? '').split('\n');
    expect(head[0]).toMatch(/^\S+: z+ \[truncated: [\d,]+ more characters are kept in the escalation record\]$/);
    const values = head.map((line) => line.slice(line.indexOf(': ') + 2).replace(/ \[truncated.*$/, ''));
    expect(values.join('').length).toBe(TEXT_CHARS_IN_BRIEF);
  });

  test('text with nothing to escape keeps the whole budget in Jira', () => {
    const prose = 'The nightly export stops at ten thousand rows and the job says it succeeded\n'.repeat(1_000);
    const out = renderBrief(draft({ summary: 's', description: prose }), 'jira', 'en', OPTS);
    const shown = /Issue Description\*?\n([\s\S]*?)\n\\\[truncated/i.exec(out)?.[1] ?? '';
    expect(shown.length).toBeGreaterThan(TEXT_CHARS_IN_BRIEF - 2_000);
    expect(shown.length).toBeLessThanOrEqual(TEXT_CHARS_IN_BRIEF);
  });
});

describe('clipboardPayload', () => {
  test.each<[BriefFormat, (p: { text: string; html?: string }) => void]>([
    [
      'markdown',
      (p) => {
        expect(p.text).toBe(renderBrief(FULL, 'markdown', 'en', OPTS));
        expect(p.html).toBe(renderBrief(FULL, 'html', 'en', OPTS));
      },
    ],
    [
      'text',
      (p) => {
        expect(p.text).toBe(renderBrief(FULL, 'text', 'en', OPTS));
        expect(p.html).toBeUndefined();
      },
    ],
    [
      'html',
      (p) => {
        expect(p.text.startsWith('ESCALATION: ')).toBe(true);
        // The plain flavour has what the rich one has, in its order: reported by and date, tried before repro.
        expect(p.text).toContain('Reported by: Sam Rivera');
        expect(p.text).toContain('Date: Nov 22, 2026');
        expect(p.text.indexOf("WHAT'S BEEN TRIED")).toBeLessThan(p.text.indexOf('REPRODUCTION STEPS'));
        expect(p.html?.indexOf("What's Been Tried")).toBeLessThan(p.html?.indexOf('Reproduction Steps') ?? 0);
        expect(p.html).toBe(renderBrief(FULL, 'html', 'en', OPTS));
        expect(p.html?.startsWith('<h2>')).toBe(true);
      },
    ],
  ])('%s', (format, check) => {
    check(clipboardPayload(FULL, format, 'en', OPTS));
  });
});

test.each(BRIEF_FORMATS)(
  'a Chinese brief in %s writes its dash as its customer update does: "——", no spaces',
  (format) => {
    const zh = renderBrief(FULL, format, 'zh-CN', { ...OPTS, update: { items: [] } });
    expect(zh).toContain('更新——');
    expect(zh).toContain('3 位客户——Acme Corp');
    // The plain-text template writes an arrow there.
    expect(zh).toMatch(/Cleared the export cache(?:——| → )No change/);
    expect(zh).toContain('09:30 UTC——We are still investigating');
    expect(zh).not.toContain(' — ');
  },
);

describe('money', () => {
  test('revenue is written in the brief locale', () => {
    const zh = renderBrief(FULL, 'markdown', 'zh-CN', OPTS);
    // The Chinese template's own punctuation: a full-width colon, no space.
    expect(zh).toContain('## 升级：');
    expect(zh).toContain('- **面临风险的收入**：US$120,000 ARR\n');
    expect(zh).toContain('**严重性**：高  \n');
    expect(zh).toContain('### 问题描述\n');
    expect(formatMoney(120000, 'EUR', 'zh-CN')).toBe('€120,000');
    expect(formatMoney(120000, 'USD', 'en')).toBe('$120,000');
  });

  test.each([
    ['2.5', 'en', '$2.50 ARR'],
    ['2,500.50', 'en', '$2,500.50 ARR'],
    ['1.234,99 €', 'en', '€1,234.99 ARR'],
    ['120k', 'en', '$120,000 ARR'],
    ['2.5', 'zh-CN', 'US$2.50 ARR'],
    ['2,500.50', 'zh-CN', 'US$2,500.50 ARR'],
    ['12万', 'zh-CN', 'US$120,000 ARR'],
  ] as const)('revenue typed as %s is written with its cents, none when whole (%s)', (typed, locale, expected) => {
    const read = parseQuantity(typed);
    if (read.state !== 'ok') throw new Error(`${typed} does not read`);
    const e = draft({
      summary: 'x',
      impact: { revenueAtRisk: { amount: read.value, currency: read.currency ?? 'USD' } },
    });
    expect(renderBrief(e, 'text', locale, OPTS)).toContain(`${expected}\n`);
  });

  test.each([
    ['en', 'XX', '120,000 XX'],
    ['en', 'dollars', '120,000 dollars'],
    ['zh-CN', 'XX', '120,000 XX'],
  ] as const)('an invalid currency code falls back to "amount CODE" (%s, %s)', (locale, currency, expected) => {
    expect(formatMoney(120000, currency, locale)).toBe(expected);
    expect(formatMoney(2500.5, currency, locale)).toBe(expected.replace('120,000', '2,500.50'));
    const e = draft({ summary: 'x', impact: { revenueAtRisk: { amount: 120000, currency } } });
    expect(renderBrief(e, 'text', locale, OPTS)).toContain(`${expected} ARR`);
  });
});

describe('edges of shortened evidence and links', () => {
  test('the evidence cut never splits an emoji', () => {
    const log = `${'x'.repeat(EVIDENCE_CHARS_IN_BRIEF - 1)}😀 tail`;
    const md = renderBrief(draft({ summary: 's', repro: { evidence: [log] } }), 'markdown', 'en', OPTS);
    expect(md).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(md).toContain('[truncated:');
  });

  test.each([
    ['a family', '👩\u200d👩\u200d👧', 3, /👩|👧|\u200d/u],
    ['a flag', '🇯🇵', 2, /[\u{1F1E6}-\u{1F1FF}]/u],
  ])('the evidence cut never splits an emoji joined of several: %s', (_, emoji, before, part) => {
    const log = `${'x'.repeat(EVIDENCE_CHARS_IN_BRIEF - before)}${emoji.repeat(3)} tail`;
    const md = renderBrief(draft({ summary: 's', repro: { evidence: [log] } }), 'markdown', 'en', OPTS);
    expect(md).toContain('[truncated:');
    expect(md.split(emoji).join('')).not.toMatch(part);
  });

  test('a link at the end of a sentence does not swallow the full stop or bracket', () => {
    const html = renderBrief(
      draft({ summary: 's', supporting: { links: ['see https://status.example.com/i/42.', '(https://a.example/b)'] } }),
      'html',
      'en',
      OPTS,
    );
    expect(html).toContain('<a href="https://status.example.com/i/42">https://status.example.com/i/42</a>.');
    expect(html).toContain('(<a href="https://a.example/b">https://a.example/b</a>)');
  });

  test.each([
    ['see https://status.example.com/i/42.', ['see ', 'https://status.example.com/i/42', '.']],
    ['(https://a.example/b).', ['(', 'https://a.example/b', ').']],
    [
      'https://en.wikipedia.org/wiki/Comma_(disambiguation))',
      ['', 'https://en.wikipedia.org/wiki/Comma_(disambiguation)', ')'],
    ],
    ['https://x.example/a_(b)_c!?)', ['', 'https://x.example/a_(b)_c', '!?)']],
    ['http:// and https://.', ['http:// and https://.']],
    ['https://x.example/search?ids[]=1&ids[]=2.', ['', 'https://x.example/search?ids[]=1&ids[]=2', '.']],
    ['https://x.example/issues?filter[status]=open', ['', 'https://x.example/issues?filter[status]=open', '']],
    ['see [https://a.example/docs] now', ['see [', 'https://a.example/docs', '] now']],
    ['https://x.example/?a[0=1', ['', 'https://x.example/?a', '[0=1']],
    ['https://grafana.example/d/x?var-host=a|b|', ['', 'https://grafana.example/d/x?var-host=a', '|b|']],
    [
      'https://grafana.example/d/x?var-host=a|b&from=now-1h',
      ['', 'https://grafana.example/d/x?var-host=a', '|b&from=now-1h'],
    ],
    [
      '2026-11-30|ERROR|https://api.example.com/v1/items?id=5|500|35ms',
      ['2026-11-30|ERROR|', 'https://api.example.com/v1/items?id=5', '|500|35ms'],
    ],
    [
      'GET https://api.example.com/v1/items?id=5|status=500|latency=30ms',
      ['GET ', 'https://api.example.com/v1/items?id=5', '|status=500|latency=30ms'],
    ],
    ['url=https://x.example/?q=1|code=500', ['url=', 'https://x.example/?q=1', '|code=500']],
    ['https://x.example/?a=1|b[]=2', ['', 'https://x.example/?a=1', '|b[]=2']],
    ['[Runbook|https://wiki.example/x?y|smart-link]', ['[Runbook|', 'https://wiki.example/x?y', '|smart-link]']],
    ['| https://x.example/a|b |', ['| ', 'https://x.example/a', '|b |']],
    ['https://a.example/?x=1|https://b.example', ['', 'https://a.example/?x=1', '|', 'https://b.example', '']],
    ['http://[::1]:8080/status', ['http://[::1]:8080/status']],
  ])('a link ends where the text around it starts: %s', (text, parts) => {
    expect(splitLinks(text)).toEqual(parts);
  });

  test('a link followed by a pasted run of 50,000 ")" is found in a moment, without them', () => {
    const run = ')'.repeat(50_000);
    expect(fastestMs(() => splitLinks(`see http://a.b/${run}`), 100)).toBeLessThan(100);
    expect(splitLinks(`see http://a.b/${run}`)).toEqual(['see ', 'http://a.b/', run]);
  });

  test.each(['[', ']', '|'])('a link followed by a pasted run of 50,000 "%s" is found in a moment', (c) => {
    const run = c.repeat(50_000);
    expect(fastestMs(() => splitLinks(`see http://a.b/?q=${run}`), 100)).toBeLessThan(100);
    expect(splitLinks(`see http://a.b/?q=${run}`)).toEqual(['see ', 'http://a.b/?q=', run]);
  });

  // Runs of what ends a link in a query, or may go on in it, pasted after one.
  test.each([
    ['|', 0],
    ['[', 0],
    [']', 0],
    ['=', 100_000],
    ['|=', 0],
    ['|a]', 0],
    ['a|', 1],
    ['|[', 0],
  ])('a link followed by a pasted run of 100,000 "%s" is found in a moment', (c, kept) => {
    const run = c.repeat(Math.ceil(100_000 / c.length));
    expect(fastestMs(() => splitLinks(`see http://a.b/?q=${run}`), 100)).toBeLessThan(100);
    expect(splitLinks(`see http://a.b/?q=${run}`)).toEqual([
      'see ',
      `http://a.b/?q=${run.slice(0, kept)}`,
      run.slice(kept),
    ]);
  });

  test.each([
    'https://en.wikipedia.org/wiki/Comma_(disambiguation)',
    "https://wiki.acme.example/display/OPS/Customer's+runbook",
    'https://grafana.acme.example/d/abc?var-host=*&from=now-1h',
  ])('a related link is one whole link in rich text, as written: %s', (link) => {
    const e = draft({ summary: 's', supporting: { links: [link] } });
    const escaped = link.replaceAll('&', '&#38;').replaceAll("'", '&#39;');
    for (const format of ['html', 'markdown'] as const) {
      expect(clipboardPayload(e, format, 'en', OPTS).html).toContain(`<li><a href="${escaped}">${escaped}</a></li>`);
    }
  });
});

describe('a date-time typed without a zone', () => {
  test('is a wall time in the time zone of the options, whatever the computer’s', () => {
    const e = draft({ summary: 'Export broken', needed: { asks: [], deadline: '2026-12-24T17:00' } });
    const out = renderBrief(e, 'text', 'en', { ...OPTS, timeZone: 'America/New_York' });
    expect(out).toMatch(/Deadline: Dec 24, 2026, 5:00\sPM EST/);
    expect(renderBrief(e, 'text', 'en', { ...OPTS, timeZone: 'Asia/Tokyo' })).toMatch(
      /Deadline: Dec 24, 2026, 5:00\sPM GMT\+9/,
    );
  });

  test('the suggested deadline is offered in that time zone too', () => {
    const at = new Date('2026-12-24T22:00:00Z');
    expect(toLocalInput(at, 'America/New_York')).toBe('2026-12-24T17:00');
    expect(toLocalInput(at, 'Asia/Tokyo')).toBe('2026-12-25T07:00');
    expect(instantOf('2026-12-24T17:00', 'America/New_York')).toBe(at.getTime());
    expect(instantOf('2026-12-24T17:00:00Z', 'Asia/Tokyo')).toBe(Date.parse('2026-12-24T17:00:00Z'));
  });

  test("a page's time that names no zone is read in that time zone, however the page wrote it, on any computer", () => {
    const computer = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      const at = Date.parse('2026-11-18T06:05:00Z');
      for (const shown of [
        'Nov 18, 2026 2:05 PM',
        '2026-11-18T14:05:00',
        '2026-11-18T14:05:00.000',
        '2026-11-18 14:05',
      ])
        expect([shown, instantOf(shown, 'Asia/Shanghai')]).toEqual([shown, at]);
      for (const zoned of [
        'Nov 18, 2026 2:05 PM PST',
        '2026-11-18T14:05:00Z',
        '2026-11-18T14:05:00+08:00',
        'Wed, 18 Nov 2026 14:05:00 GMT',
      ])
        expect([zoned, instantOf(zoned, 'Asia/Shanghai')]).toEqual([zoned, Date.parse(zoned)]);
      expect(instantOf('2026-11-18', 'Asia/Shanghai')).toBe(Date.parse('2026-11-17T16:00:00Z'));
    } finally {
      process.env.TZ = computer;
    }
  });
});

describe('punctuation in running text', () => {
  test('a Chinese brief writes labels, asks and asides with full-width punctuation; English keeps its own', () => {
    const zh = renderBrief(FULL, 'markdown', 'zh-CN', OPTS);
    expect(zh).toContain('- **排队时间**：4 天（自 2026年11月18日 起）\n');
    expect(zh).toContain('- 调查根本原因：Why the export cursor expires after page 100\n');
    expect(zh).toContain('- 工单：<https://acme.zendesk.com/agent/tickets/4821>\n');
    expect(zh).toContain('**错误信息与日志（精确文本）**：\n');
    const en = renderBrief(FULL, 'markdown', 'en', OPTS);
    expect(en).toContain('- **Time in queue:** 4 days (since Nov 18, 2026)\n');
    expect(en).toContain('- Investigate root cause: Why the export cursor expires after page 100\n');
    expect(en).toContain('- Ticket: <https://acme.zendesk.com/agent/tickets/4821>\n');
  });
});

test('a date typed without its year is this year’s, the most recent: not 2001 (25 years in the queue)', () => {
  const e = draft({
    impact: { duration: { since: 'Nov 19', critical: '' } },
    communication: { lastUpdate: { at: 'Nov 20 9:30 AM', text: 'Still on it' } },
  });
  const md = renderBrief(e, 'markdown', 'en', OPTS);
  expect(md).toContain('**Time in queue:** 3 days (since Nov 19, 2026)');
  expect(md).toContain('**Last update to customer:** Nov 20, 2026, 9:30 AM UTC — Still on it');
});

test('a "since" still to come is written without a time in queue ("0 hours" read as just arrived)', () => {
  const e = draft({ impact: { duration: { since: '2027-01-01', critical: '' } } });
  expect(renderBrief(e, 'markdown', 'en', OPTS)).toContain('**Time in queue:** since Jan 1, 2027\n');
});

test.each(['0001-01-01T00:00', '275760-09-13T00:00'])(
  'a deadline of %s (refused at the field) is written as typed, not as a date of year 1',
  (deadline) => {
    const e = draft({ needed: { asks: [], deadline } });
    const md = renderBrief(e, 'markdown', 'en', { ...OPTS, timeZone: 'America/New_York' });
    expect(md).toContain(`**Deadline:** ${deadline}\n`);
  },
);

describe('a value of several lines, on one line in the brief', () => {
  const lines = draft({
    key: 'zh-lines',
    summary: '导出中断',
    impact: { workflowImpact: '月末结算受阻，\n财务无法核对\n发票。\nSee INC-7731\nfor details' },
  });
  test.each(['text', 'markdown', 'slack', 'jira'] as const)(
    'in %s, Chinese runs on without a space and Latin words keep theirs',
    (format) => {
      expect(renderBrief(lines, format, 'zh-CN', OPTS)).toContain(
        '月末结算受阻，财务无法核对发票。See INC-7731 for details',
      );
    },
  );
});

describe('secrets the brief masks however they are written', () => {
  const R = { emails: false, phones: false, keep: [] as string[] };
  const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

  test.each(BRIEF_FORMATS)('%s: a card typed over two lines of a one-line field is masked', (f) => {
    const out = renderBrief(draft({ summary: 'card 4111 1111\n1111 1111 please' }), f, 'en', { ...OPTS, redaction: R });
    expect(out).not.toMatch(/4111 1111 1111 1111/);
    expect(out).toContain('card •••• 1111');
  });

  test.each(BRIEF_FORMATS)('%s: an AWS secret key before its key id is masked where the cut falls between', (f) => {
    const log = `${'x'.repeat(EVIDENCE_CHARS_IN_BRIEF - 11 - SECRET.length)}\n${SECRET}\nAKIAIOSFODNN7EXAMPLE\n${'more\n'.repeat(50)}`;
    const out = renderBrief(draft({ summary: 's', repro: { evidence: [log] } }), f, 'en', { ...OPTS, redaction: R });
    expect(out).toContain('[truncated:');
    expect(out).not.toContain(SECRET);
  });

  test.each([
    ['U+180F', '\u180f'],
    ['U+1BCA0', '\u{1bca0}'],
    ['U+13430', '\u{13430}'],
    ['+', '+'],
    ['%20', '%20'],
  ])('a card grouped by %s is masked', (_, sep) => {
    const out = renderBrief(draft({ summary: `card 4111${sep}1111${sep}1111${sep}1111` }), 'text', 'en', {
      ...OPTS,
      redaction: R,
    });
    expect(out).toMatch(/\[card •••• 1111\]/);
  });
});
