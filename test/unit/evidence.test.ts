import { describe, expect, test } from 'vitest';
import { findErrorLines, MAX_EVIDENCE_LINES } from '../../lib/escalation/evidence';
import type { TicketMessage } from '../../lib/escalation/model';
import { draftFromTicket } from '../../lib/escalation/prefill';
import { readiness } from '../../lib/escalation/readiness';
import { readGenericPage } from '../../lib/helpdesks/generic';
import { caseFetch, caseFiles, fixtureText, loadReader, parseHtml } from './support/cases';
import { fastestMs } from './support/timing';

const msg = (text: string, role: TicketMessage['role'] = 'customer'): TicketMessage => ({ role, text });

describe('findErrorLines', () => {
  test.each([
    ['an HTTP status', 'HTTP 500 from /api/export/page/101 in the browser console.'],
    ['a status phrase', 'The server answered 503 Service Unavailable again'],
    ['an exception name', 'ERROR ExportJobError: cursor expired after page 100'],
    ['a JavaScript stack frame', 'at Object.<anonymous> (/app/x.js:10:5)'],
    ['a request id', 'request_id=req_8f3a2c'],
    ['an error code', 'Error code: E1234'],
    ['a socket error', 'ETIMEDOUT'],
    ['a Python stack frame', 'File "x.py", line 3, in main'],
    ['a log line at ERROR', '2026-11-30 12:00:01 ERROR [req-9f2] PaymentGatewayTimeout after 30000 ms'],
    ['a log line at FATAL', '[FATAL] worker 3 exited'],
    ['a log line at CRITICAL', 'CRITICAL:billing:ledger out of balance'],
    ['a log line at SEVERE', 'SEVERE: Servlet.service() for servlet [export] threw'],
    ['a level before a logger name', '2026-11-30T12:00:01.123Z FATAL com.acme.export.Worker - worker 3 exited'],
    ['a level between bars', '[2026-11-30 12:00:01] CRITICAL | ledger out of balance'],
    [
      'a level before a class name',
      'ERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)',
    ],
    ['a level before a class name and a dash', '12:00:01 ERROR ExportWorker - cursor expired'],
    ['a logfmt level', 'time=2026-11-30T12:00:01Z level=error msg="cursor expired" job=exp_1'],
    ['a JSON log level', '{"level":"error","msg":"cursor expired","job":"exp_1"}'],
    ['a JSON log severity', '{"severity":"CRITICAL","message":"ledger out of balance"}'],
    ['an Oracle error', 'ORA-00942: table or view does not exist'],
    ['an SQLSTATE', 'SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry'],
    ['a MySQL client error', "ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5'"],
    ['a Chrome network error', 'net::ERR_CERT_AUTHORITY_INVALID'],
    ['a Node error code', 'code: ERR_SSL_WRONG_VERSION_NUMBER'],
    ['a crash', 'Segmentation fault (core dumped)'],
    ['an npm error', 'npm ERR! code ERESOLVE'],
    ['an npm 10 error', 'npm error code ERESOLVE'],
    [
      'a quoted error message',
      'Error in the SAML tracer: "Signature validation failed: key not found (kid=okta-2025)".',
    ],
    ['a message quoted in curly quotes', 'The page says “Something went wrong” and nothing else.'],
    ['a quoted message starting in lower case with a colon', 'the toast: "login: invalid token"'],
    ['a Chinese quoted message', '每次都显示「导出失败，请稍后重试」'],
    ['a client timeout', 'axios: timeout of 30000ms exceeded'],
    ['a request that timed out', 'Request timed out after 30000 ms'],
  ])('finds %s', (_name, line) => {
    expect(findErrorLines([msg(`Hello,\n${line}\nThanks`)])).toEqual([line]);
  });

  test('keeps a stack frame verbatim apart from its indentation', () => {
    expect(findErrorLines([msg('Trace:\n    at Object.<anonymous> (/app/x.js:10:5)')])).toEqual([
      'at Object.<anonymous> (/app/x.js:10:5)',
    ]);
  });

  test.each([
    'Thanks for your help',
    'I have 500 invoices',
    'Call me at 10:30',
    'We have 14,212 invoices for October, so 4,212 are missing.',
    "I'll update you by 5pm.",
    'An error occurred while saving, which is critical for us.',
    'Errors are Critical and Fatal to our close.',
    'This is CRITICAL for our launch tomorrow, please call me.',
    'URGENT - SEVERE impact on our sales team',
    'CRITICAL issue with the export since Monday',
    'No error shown, the page just stays blank.',
    'I got an error yesterday when I exported the report.',
    'ERROR handling is poor in the export screen',
    'The severity: critical for us this week',
    'Our error level is low since the update.',
    'VIES lookups time out since the release (see #eng-billing).',
    'I clicked "Export" and it failed again.',
    'They call it the "error screen" internally.',
    'We\'re "unable to" do anything with it',
  ])('ignores ordinary prose: %s', (line) => {
    expect(findErrorLines([msg(line)])).toEqual([]);
  });

  test('reads every message, in order, including internal notes', () => {
    const lines = findErrorLines([
      msg('ERROR ExportJobError: cursor expired'),
      msg('Nothing to see here', 'agent'),
      msg('HTTP 500 from /api/export/page/101', 'note'),
    ]);
    expect(lines).toEqual(['ERROR ExportJobError: cursor expired', 'HTTP 500 from /api/export/page/101']);
  });

  test('lists a line repeated across messages once', () => {
    const line = 'HTTP 502 from /api/export';
    expect(findErrorLines([msg(line), msg(`  ${line}  `, 'agent'), msg(`again:\n${line}`)])).toEqual([line]);
  });

  test(`stops at ${MAX_EVIDENCE_LINES} lines`, () => {
    const text = Array.from({ length: MAX_EVIDENCE_LINES + 5 }, (_, i) => `request_id=req_${i}`).join('\n');
    const lines = findErrorLines([msg(text), msg('HTTP 500 from /late')]);
    expect(lines).toHaveLength(MAX_EVIDENCE_LINES);
    expect(lines[0]).toBe('request_id=req_0');
    expect(lines.at(-1)).toBe(`request_id=req_${MAX_EVIDENCE_LINES - 1}`);
  });

  test('cuts a very long line to 300 characters and marks the cut', () => {
    const line = `ERROR ExportJobError: ${'x'.repeat(500)}`;
    const [found] = findErrorLines([msg(line)]);
    expect(found).toBe(`${line.slice(0, 300)}…`);
    expect(found).toHaveLength(301);
  });

  test('keeps a 300-character line whole', () => {
    const line = `ERROR ExportJobError: ${'x'.repeat(300 - 22)}`;
    expect(line).toHaveLength(300);
    expect(findErrorLines([msg(line)])).toEqual([line]);
  });

  test('a log line selected on any page prefills the evidence', () => {
    const line = '2026-11-30 12:00:01 ERROR [req-9f2] PaymentGatewayTimeout after 30000 ms';
    const page = readGenericPage(
      parseHtml('<main><h1>Payments log</h1></main>'),
      new URL('https://logs.acme.example/'),
      line,
    );
    const draft = draftFromTicket(page, { id: 'd1', now: new Date('2026-11-30T13:00:00Z') });
    expect(draft.repro.evidence).toEqual([line]);
  });

  test.each([
    ['through the API', 200],
    ['from the page', 403],
  ])('the Jira fixture SUP-1234 read %s prefills its log line as evidence', async (_how, status) => {
    const c = caseFiles().find((f) => f.helpdesk === 'jira')?.cases[0];
    if (!c) throw new Error('test/fixtures/jira/cases.json has no ordinary case');
    const reader = await loadReader('jira');
    const ticket = await reader.read(
      parseHtml(fixtureText('jira', c.page)),
      new URL(c.url),
      caseFetch('jira', c, status),
    );
    const draft = draftFromTicket(ticket, { id: 'd1', now: new Date('2026-11-30T13:00:00Z') });
    expect(draft.repro.evidence).toEqual([
      'ERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)',
    ]);
    const logs = readiness(draft, 'engineering', true, []).checklist.find((i) => i.id === 'engineering.logs');
    expect(logs?.ok).toBe(true);
  });

  describe('a crash', () => {
    const python = [
      'The export broke again:',
      'Traceback (most recent call last):',
      '  File "/app/export.py", line 42, in run',
      '    row = rows[key]',
      '  File "/app/rows.py", line 7, in get',
      "    return self.data['customer_id']",
      "KeyError: 'customer_id'",
      'Thanks, Dana',
    ].join('\n');

    test('a Python traceback is quoted by its exception line, first, then its frames', () => {
      expect(findErrorLines([msg(python)])).toEqual([
        "KeyError: 'customer_id'",
        'File "/app/export.py", line 42, in run',
        'File "/app/rows.py", line 7, in get',
      ]);
    });

    test('a traceback pasted in a Jira comment read from the page prefills its exception line first', async () => {
      const c = caseFiles().find((f) => f.helpdesk === 'jira')?.cases[0];
      if (!c) throw new Error('test/fixtures/jira/cases.json has no ordinary case');
      const pre = python.split('\n').slice(1, -1).join('\n').replace(/'/g, '&#x27;');
      const html = fixtureText('jira', c.page).replace(
        '<p>Metadata URL is',
        `<pre><code>${pre}</code></pre><p>Metadata URL is`,
      );
      const reader = await loadReader('jira');
      const ticket = await reader.read(parseHtml(html), new URL(c.url), caseFetch('jira', c, 403));
      const draft = draftFromTicket(ticket, { id: 'd1', now: new Date('2026-11-30T13:00:00Z') });
      expect(draft.repro.evidence).toEqual([
        'ERROR SamlResponseValidator: signature does not match any trusted certificate (kid=okta-2026-11)',
        "KeyError: 'customer_id'",
        'File "/app/export.py", line 42, in run',
        'File "/app/rows.py", line 7, in get',
      ]);
    });

    test.each([
      'StopIteration',
      'KeyboardInterrupt',
      'Exception: export failed for tenant eu-1',
      'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "customers_pkey"',
      'billing.models.Customer.DoesNotExist: Customer matching query does not exist.',
    ])('a traceback ending in %s is quoted by that line, whatever the exception is called', (raised) => {
      const text = `Traceback (most recent call last):\n  File "/app/x.py", line 3, in main\n${raised}\nThanks`;
      expect(findErrorLines([msg(text)])).toEqual([raised, 'File "/app/x.py", line 3, in main']);
    });

    test('the exception line of a deep traceback is kept though its frames pass the cap', () => {
      const frames = Array.from({ length: 30 }, (_, i) => `  File "/app/m${i}.py", line ${i + 1}, in f${i}`);
      const text = [
        'Traceback (most recent call last):',
        ...frames,
        'RecursionError: maximum recursion depth exceeded',
      ];
      const lines = findErrorLines([msg(text.join('\n'))]);
      expect(lines).toHaveLength(MAX_EVIDENCE_LINES);
      expect(lines[0]).toBe('RecursionError: maximum recursion depth exceeded');
      expect(lines[1]).toBe('File "/app/m0.py", line 1, in f0');
    });

    test('an Android crash is quoted by its exception line and frames, not its header or process line', () => {
      const text = [
        'The app closes on launch:',
        'FATAL EXCEPTION: main',
        'Process: com.example.shop, PID: 1234',
        'com.example.shop.CartMissing: cart 88 was not loaded',
        '\tat com.example.shop.CartActivity.onCreate(CartActivity.java:42)',
        '\tat android.app.Activity.performCreate(Activity.java:8000)',
      ].join('\n');
      expect(findErrorLines([msg(text)])).toEqual([
        'com.example.shop.CartMissing: cart 88 was not loaded',
        'at com.example.shop.CartActivity.onCreate(CartActivity.java:42)',
        'at android.app.Activity.performCreate(Activity.java:8000)',
      ]);
    });

    test('an Android crash copied from adb logcat, its tag before every line, keeps its frames', () => {
      const text = [
        '11-30 12:00:01.123  1234  1234 E AndroidRuntime: FATAL EXCEPTION: main',
        '11-30 12:00:01.123  1234  1234 E AndroidRuntime: Process: com.example.shop, PID: 1234',
        "E/AndroidRuntime( 1234): java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference",
        'E/AndroidRuntime( 1234): \tat com.example.shop.CartActivity.onCreate(CartActivity.java:42)',
      ].join('\n');
      expect(findErrorLines([msg(text)])).toEqual([
        "E/AndroidRuntime( 1234): java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference",
        'E/AndroidRuntime( 1234): \tat com.example.shop.CartActivity.onCreate(CartActivity.java:42)',
      ]);
    });

    test('a traceback cut off before its exception takes no sign-off for one', () => {
      const text = 'Traceback (most recent call last):\n  File "/app/x.py", line 3, in main\nDana\nNorthWind';
      expect(findErrorLines([msg(text)])).toEqual(['File "/app/x.py", line 3, in main']);
    });

    test('a long line after a crash header is read in a moment', () => {
      const text = `Traceback (most recent call last):\n${'Aa'.repeat(50_000)} y`;
      expect(fastestMs(() => findErrorLines([msg(text)]), 500)).toBeLessThan(500);
      expect(findErrorLines([msg(text)])).toEqual([]);
    });

    test.each([
      'The app shows a traceback when I click Export.',
      'Traceback attached, see the screenshot.',
      'I only see "Traceback (most recent call last)" and then the page reloads.',
      'We hit a fatal exception on Android yesterday.',
      'This bug is FATAL for our checkout.',
      'Fatal exception: the app closed when I tapped Pay.',
      'The crash dialog says FATAL EXCEPTION: main and closes.\nThanks\nOrderDesk',
    ])('ignores prose that speaks of a crash: %s', (text) => {
      expect(findErrorLines([msg(text)])).toEqual([]);
    });
  });

  test('no messages, no evidence', () => {
    expect(findErrorLines(undefined)).toEqual([]);
    expect(findErrorLines([])).toEqual([]);
  });
});
