import { describe, expect, test } from 'vitest';
import { draftKey } from '../../lib/escalation/draft-key';
import { draftFromTicket } from '../../lib/escalation/prefill';
import { shownDateIso } from '../../lib/helpdesks/dom-text';
import { readGenericPage } from '../../lib/helpdesks/generic';
import { parseHtml } from './support/cases';
import { fastestMs } from './support/timing';

const URL_ = new URL('https://status.acme.example/incidents/77#latest');

const PAGE = `<!doctype html><html><head><title>Incident 77 – Acme status</title></head><body>
<nav>Home · Contact support@acme.example</nav>
<main>
  <h1>Checkout returns 502 for EU customers</h1>
  <p>Reported by <a href="mailto:ops@initech.example">ops@initech.example</a> on Nov 18, 2026 and again 2026-11-19T08:30:00Z.</p>
  <time datetime="2026-11-20T10:00:00Z">yesterday</time>
  <pre>POST /api/checkout HTTP/1.1 502 Bad Gateway
request_id: req_8f2a91
    at CheckoutService.submit (checkout.ts:118:9)</pre>
  <p>Customers say the page &lt;img src=x onerror=alert(1)&gt; just spins.</p>
  <script>var secret = "ERR_9999 in a script is not page text";</script>
</main></body></html>`;

describe('generic reader', () => {
  test('reads the title, heading, emails, dates and error lines the page shows', () => {
    const t = readGenericPage(parseHtml(PAGE), URL_);
    expect(t).toMatchObject({
      helpdesk: 'generic',
      source: 'generic',
      url: URL_.href,
      subject: 'Checkout returns 502 for EU customers',
      page: {
        title: 'Incident 77 – Acme status',
        heading: 'Checkout returns 502 for EU customers',
        emails: ['ops@initech.example'],
        dates: ['2026-11-20T10:00:00Z', 'Nov 18, 2026', '2026-11-19T08:30:00Z'],
      },
    });
    expect(t.page?.errors).toEqual([
      'POST /api/checkout HTTP/1.1 502 Bad Gateway',
      'request_id: req_8f2a91',
      'at CheckoutService.submit (checkout.ts:118:9)',
    ]);
    // No guessing: an email on the page is not the requester, and there is no ticket id.
    expect(t.requester).toBeUndefined();
    expect(t.ticketId).toBeUndefined();
    expect(t.missing).toContain('requester');
    expect(JSON.stringify(t)).not.toContain('ERR_9999');
  });

  test('a page whose content is in a frame says so; a page with text of its own and a widget frame does not', () => {
    const portal = '<title>Frames</title><h1>Billing portal</h1><iframe src="https://pay.example/invoice/9"></iframe>';
    expect(readGenericPage(parseHtml(portal), URL_).page?.framed).toBe(true);
    const article = `<main><p>${'The export stops at 10,000 rows for every large account. '.repeat(12)}</p></main><iframe src="https://chat.example/widget"></iframe>`;
    expect(readGenericPage(parseHtml(article), URL_).page?.framed).toBeUndefined();
    expect(readGenericPage(parseHtml('<h1>Billing portal</h1>'), URL_).page?.framed).toBeUndefined();
  });

  test('reads the whole body when the page has no main region, and the title when it has no heading', () => {
    const t = readGenericPage(parseHtml('<title>Only a title</title><p>Contact a@b.example</p>'), URL_);
    expect(t.subject).toBe('Only a title');
    expect(t.page?.emails).toEqual(['a@b.example']);
    expect(t.page?.errors).toBeUndefined();
  });

  test('a link is read as the page shows it, without its address', () => {
    const page = '<main><p>Ask <a href="https://acme.example/help?from=ops@initech.example">our team</a></p></main>';
    const t = readGenericPage(parseHtml(page), URL_);
    expect(t.page?.emails).toBeUndefined();
  });

  test('the agent’s selection comes first and prefills the description and evidence', () => {
    const t = readGenericPage(parseHtml(PAGE), URL_, '  Our invoices fail with InvoiceRenderError since 9:00.  ');
    expect(t.page?.selection).toBe('Our invoices fail with InvoiceRenderError since 9:00.');
    expect(t.page?.errors?.[0]).toBe('Our invoices fail with InvoiceRenderError since 9:00.');
    const draft = draftFromTicket(t, { id: 'd1', now: new Date('2026-11-21T00:00:00Z') });
    expect(draft.description).toBe('Our invoices fail with InvoiceRenderError since 9:00.');
    expect(draft.repro.evidence).toContain('request_id: req_8f2a91');
    expect(draft.ticketUrl).toBe(URL_.href);
    expect(draft.summary).toBe('Checkout returns 502 for EU customers');
  });

  test('each page gets its own draft, whatever its fragment', () => {
    const t = readGenericPage(parseHtml(PAGE), URL_);
    expect(draftKey(t)).toBe('generic:https://status.acme.example/incidents/77');
    expect(draftKey(readGenericPage(parseHtml(PAGE), new URL('https://status.acme.example/incidents/78')))).not.toBe(
      draftKey(t),
    );
  });

  // What lies past the first 200,000 characters is not read at all, so a huge page costs no more than that.
  test('a huge page is read at its start and its end, not its middle', () => {
    // Few elements of much text: the cap counts characters, and a page of 5,000 paragraphs took happy-dom
    // seconds to build under load.
    const filler = `<pre>${'lorem ipsum dolor sit amet 500 Internal Server Error\n'.repeat(100)}</pre>`.repeat(30);
    const middle = '<p>Error: E7001 only in the middle</p>';
    const doc = parseHtml(`<main><h1>Big</h1>${filler}${middle}${filler}<p>Fatal: 504 Gateway Timeout</p></main>`);
    const t = readGenericPage(doc, URL_);
    expect(t.page?.errors).toEqual([
      'lorem ipsum dolor sit amet 500 Internal Server Error',
      'Fatal: 504 Gateway Timeout',
    ]);
  });
});

describe('pages that are not shaped like a ticket', () => {
  test('an error a forum post quotes is found without the quote’s "> "', () => {
    const page =
      '<main><h1>npm install fails</h1><p>I get this:</p><blockquote><p>npm ERR! code ERESOLVE</p></blockquote></main>';
    expect(readGenericPage(parseHtml(page), URL_).page?.errors).toEqual(['npm ERR! code ERESOLVE']);
  });

  test('a sidebar article before <main> is not taken for the page', () => {
    const page = `<aside><article>Newsletter: news@acme.example</article></aside>
      <main><h1>Zahlungen schlagen fehl</h1><p>Seit 18.11.2026 10:15: HTTP 502 Bad Gateway. Kontakt kontakt@kunde.example</p></main>`;
    const t = readGenericPage(parseHtml(page), URL_);
    expect(t.page?.emails).toEqual(['kontakt@kunde.example']);
    expect(t.page?.dates).toEqual(['18.11.2026 10:15']);
    expect(t.page?.errors?.[0]).toContain('HTTP 502 Bad Gateway');
  });

  test('numeric dates are found as shown, with their half of the day and zone', () => {
    const t = readGenericPage(
      parseHtml(
        '<main><p>Opened 11/18/2026, closed 19.11.2026, 09:30, due 11/20/2026 2:05 PM PST or 21.11.2026 10:00 GMT+1.</p></main>',
      ),
      URL_,
    );
    expect(t.page?.dates).toEqual([
      '11/18/2026',
      '19.11.2026, 09:30',
      '11/20/2026 2:05 PM PST',
      '21.11.2026 10:00 GMT+1',
    ]);
  });

  test("the subject is the main content's heading, not a sidebar's", () => {
    const t = readGenericPage(
      parseHtml('<article><h1>Sidebar: Related</h1></article><main><h1>Main heading</h1></main>'),
      URL_,
    );
    expect(t.subject).toBe('Main heading');
  });

  test("a status page: the incident in <main>'s <h2>, not the site's name in its header's <h1>, with its time", () => {
    const t = readGenericPage(
      parseHtml(
        '<header><h1>Acme Status</h1></header><main><h2>Elevated API error rates</h2>' +
          '<p>Investigating - Nov 30, 2026 - 12:40 UTC. Update 30 Nov 2026 at 13:05. 2026年11月30日 14:00 起恢复。</p></main>',
      ),
      URL_,
    );
    expect(t.subject).toBe('Elevated API error rates');
    expect(t.page?.dates).toEqual(['Nov 30, 2026 - 12:40 UTC', '30 Nov 2026 at 13:05', '2026年11月30日 14:00']);
  });

  test.each([
    ['a brand <div>', '<div class="brand"><h1>Acme Status</h1></div>'],
    ['a <header> in a <section>', '<section><header><h1>Acme Status</h1></header></section>'],
  ])("a status page with the site's name in %s: the subject is the incident in <main>'s <h2>", (_, banner) => {
    const t = readGenericPage(
      parseHtml(
        `<title>Acme Status</title>${banner}<main><h2>Elevated API error rates</h2>` +
          '<p>Investigating.</p><h2>Updates</h2><h2>Affected components</h2></main>',
      ),
      URL_,
    );
    expect(t.subject).toBe('Elevated API error rates');
  });

  test.each([
    ['a <header>', '<header><h1>Export to CSV drops the last row</h1></header>'],
    ['a <header> in a <section>', '<section><header><h1>Export to CSV drops the last row</h1></header></section>'],
  ])('a ticket page with its title in %s and only section labels in <main>: the subject is that title', (_, top) => {
    const t = readGenericPage(
      parseHtml(`${top}<main><h2>Description</h2><p>The last row is missing.</p><h2>Comments (2)</h2></main>`),
      URL_,
    );
    expect(t.subject).toBe('Export to CSV drops the last row');
  });

  test('a ticket page: the title in the page header\'s <h1>, not <main>\'s "Description" <h2>', () => {
    const t = readGenericPage(
      parseHtml(
        '<title>Acme Desk</title><header><h1>Acme Desk</h1></header>' +
          '<div class="page-header"><span>#4821</span><h1>Export to CSV drops the last row</h1></div>' +
          '<main><h2>Description</h2><p>The last row is missing from every export.</p><h2>Comments (2)</h2></main>',
      ),
      URL_,
    );
    expect(t.subject).toBe('Export to CSV drops the last row');
    expect(t.page?.heading).toBe('Export to CSV drops the last row');
  });

  test.each([
    'Description',
    'Details',
    'Overview',
    'Comments',
    'Activity',
    'Ticket details',
    'Attachments (3)',
    '详情',
  ])('a section label (%s) is never the subject: the next heading, else the page title', (label) => {
    const nextHeading = readGenericPage(
      parseHtml(`<main><h1>${label}</h1><h2>${label}</h2><h2>Login loops after SSO change</h2></main>`),
      URL_,
    );
    expect(nextHeading.subject).toBe('Login loops after SSO change');
    const onlyLabels = readGenericPage(
      parseHtml(`<title>Ticket 12: printer offline</title><main><h1>${label}</h1><h2>${label}</h2></main>`),
      URL_,
    );
    expect(onlyLabels.subject).toBe('Ticket 12: printer offline');
    expect(onlyLabels.page?.heading).toBeUndefined();
  });

  test('a build log of 2 MB: the errors at its end are found, and the page says its middle was not read', () => {
    const lines = Array.from({ length: 25_000 }, (_, i) => `[${i}] step ok: compiled module ${i}`);
    lines[5] = 'ERROR [lint] unused import in billing.ts';
    lines.push('FATAL [db] ORA-00942: table or view does not exist', "KeyError: 'customer_id'");
    const t = readGenericPage(parseHtml(`<h1>Build 4411</h1><main><pre>${lines.join('\n')}</pre></main>`), URL_);
    expect(t.page?.errors).toEqual(
      expect.arrayContaining([
        'ERROR [lint] unused import in billing.ts',
        'FATAL [db] ORA-00942: table or view does not exist',
        "KeyError: 'customer_id'",
      ]),
    );
    expect(t.page?.cut?.totalChars).toBeGreaterThan(900_000);
    expect(t.page?.cut?.keptChars).toBeLessThanOrEqual(200_000);
    expect(readGenericPage(parseHtml(PAGE), URL_).page?.cut).toBeUndefined();
  });

  test('a build log of 8,000 <div> lines is read in a moment (it took 14 s), and its end is read', () => {
    const lines = Array.from(
      { length: 8_000 },
      (_, i) => `<div>[${i}] step ok: compiled module ${i} of the build</div>`,
    );
    lines.push("<div>KeyError: 'customer_id'</div>");
    const page = parseHtml(`<main>${lines.join('')}</main>`);
    expect(fastestMs(() => readGenericPage(page, URL_), 2000)).toBeLessThan(2000);
    expect(readGenericPage(page, URL_).page?.errors).toEqual(["KeyError: 'customer_id'"]);
  });

  test('a page of one 300,000-character line keeps its start and its end, not 21 characters', () => {
    const t = readGenericPage(
      parseHtml(`<h1>Dump</h1><main><pre>${'A'.repeat(300_000)}</pre><p>FATAL: disk full</p></main>`),
      URL_,
    );
    expect(t.page?.cut?.keptChars).toBeGreaterThan(190_000);
    expect(t.page?.errors).toEqual(['FATAL: disk full']);
  });

  test('a 100,000-character token is read in a moment, and a heading holding it is cut to a title', () => {
    const token = 'QUJD'.repeat(25_000);
    const page = parseHtml(`<h1>${token}</h1><main><p>${token} mail ops@acme.example</p></main>`);
    expect(fastestMs(() => readGenericPage(page, URL_), 1000)).toBeLessThan(1000);
    const t = readGenericPage(page, URL_);
    expect(t.page?.emails).toEqual(['ops@acme.example']);
    expect(t.subject?.length).toBe(300);
  });
});

describe('an all-number date shown on a page', () => {
  test.each([
    ['03.11.2026, 10:00', 'ru', '2026-11-03T10:00'],
    ['03.11.2026', 'en', '2026-11-03T00:00'],
    ['11/18/2026, 9:02 AM', 'en', '2026-11-18T09:02'],
    ['03/11/2026 12:30 PM', 'en-US', '2026-03-11T12:30'],
    ['03/11/2026', 'en-GB', '2026-11-03T00:00'],
    ['03/11/2026', 'fr', '2026-11-03T00:00'],
    ['03/11/2026', '', '2026-03-11T00:00'],
    ['18/11/2026', 'en', '2026-11-18T00:00'],
    ['31.02.2026', 'de', '31.02.2026'],
    ['15.00.2026', 'de', '15.00.2026'],
    ['03.11.2026, 25:61', 'de', '03.11.2026, 25:61'],
    ['11/30/2026 12:05 AM', 'de', '2026-11-30T00:05'],
    ['Nov 18, 2026 9:12 AM', 'en', 'Nov 18, 2026 9:12 AM'],
    ['2026-11-18T09:12:00Z', 'en', '2026-11-18T09:12:00Z'],
    ['31.13.2026', 'de', '31.13.2026'],
    ['03/11/2026 09:02 GMT', 'en-GB', '2026-11-03T09:02+00:00'],
    ['01/12/2026 09:00 GMT+1', 'en-GB', '2026-12-01T09:00+01:00'],
    ['11/30/2026 9:00 AM PST', 'en-US', '2026-11-30T09:00-08:00'],
    ['30.11.2026 14:00 UTC+05:30', 'de', '2026-11-30T14:00+05:30'],
    ['30.11.2026 14:00 (CET)', 'de', '2026-11-30T14:00+01:00'],
    ['30.11.2026 14:00 IST', 'en', '2026-11-30T14:00'],
    ['18/11/2026 14:05 JST', 'ja', '2026-11-18T14:05+09:00'],
    ['18/11/2026 14:05 AEST', 'en-AU', '2026-11-18T14:05+10:00'],
    ['18/11/2026 14:05 MSK', 'ru', '2026-11-18T14:05+03:00'],
    ['18/11/2026 14:05 CST', 'zh-CN', '2026-11-18T14:05+08:00'],
    ['18.11.2026 10:15 CST', 'zh_CN', '2026-11-18T10:15+08:00'],
    ['11/18/2026 2:05 PM CST', 'en-US', '2026-11-18T14:05-06:00'],
    ['2026年11月18日 09:02', 'zh-CN', '2026-11-18T09:02'],
    ['2026年11月18日 下午2:05', 'zh-CN', '2026-11-18T14:05'],
    ['2026年11月18日（星期三） 晚上11:30', 'zh-CN', '2026-11-18T23:30'],
    ['2026年11月18日 上午12:30', 'zh-CN', '2026-11-18T00:30'],
    ['2026年11月20日', 'zh-CN', '2026-11-20T00:00'],
    ['2026年11月18日 14:05 CST', 'zh-CN', '2026-11-18T14:05+08:00'],
    ['2026年11月18日 午後2:05', 'ja', '2026-11-18T14:05'],
    ['2026년 11월 18일 오후 2:05', 'ko', '2026-11-18T14:05'],
    ['2026. 11. 18. 오전 9:02', 'ko', '2026-11-18T09:02'],
    ['2026. 11. 18. 오후 2:05', 'ko', '2026-11-18T14:05'],
    ['2026. 11. 18. 오전 12:30', 'ko', '2026-11-18T00:30'],
    ['2026. 11. 18.', 'ko', '2026-11-18T00:00'],
    ['2026/11/18 下午2:05', 'zh-CN', '2026-11-18T14:05'],
    ['2026/11/18 上午 9:02', 'zh-CN', '2026-11-18T09:02'],
    ['2026年11月18日 上午9:02', 'zh-CN', '2026-11-18T09:02'],
    ['2026/11/18 午後2:05 JST', 'ja', '2026-11-18T14:05+09:00'],
    ['2026/11/18 午前9:02', 'ja', '2026-11-18T09:02'],
    ['2026年2月30日', 'zh-CN', '2026年2月30日'],
    ['2026. 11. 18. (수) 오후 2:05', 'ko', '2026-11-18T14:05'],
    ['2026. 11. 18. 수 오전 9:02', 'ko', '2026-11-18T09:02'],
    ['2026년 11월 18일 수요일 오후 2:05', 'ko', '2026-11-18T14:05'],
    ['2026년 11월 18일 (수요일)', 'ko', '2026-11-18T00:00'],
    ['2026년 11월 18일 수요일 PM 2:05', 'ko', '2026-11-18T14:05'],
    ['2026. 11. 18. AM 12:30', 'ko', '2026-11-18T00:30'],
    ['2026. 11. 18. PM 13:05', 'ko', '2026. 11. 18. PM 13:05'],
    ['2026/11/18周三 14:05', 'zh-CN', '2026-11-18T14:05'],
    ['2026/11/18 周三 下午2:05', 'zh-CN', '2026-11-18T14:05'],
    ['2026年11月18日星期三 14:05', 'zh-CN', '2026-11-18T14:05'],
    ['2026年11月18日 礼拜三 上午9:02', 'zh-CN', '2026-11-18T09:02'],
    ['2026年11月18日 星期三 下午2:05', 'zh-TW', '2026-11-18T14:05'],
    ['2026年11月18日水曜日 14:05', 'ja', '2026-11-18T14:05'],
    ['2026/11/18(水) 午後2:05', 'ja', '2026-11-18T14:05'],
    ['2026/11/18（水） 14:05 JST', 'ja', '2026-11-18T14:05+09:00'],
    ['18 dic 2026', 'es', '2026-12-18T00:00'],
    ['18 de diciembre de 2026 14:30', 'es', '2026-12-18T14:30'],
    ['30 nov. 2026 à 09:02', 'fr', '2026-11-30T09:02'],
    ['lun. 30 nov. 2026 09h02', 'fr', '2026-11-30T09:02'],
    ['14 juil. 2026', 'fr', '2026-07-14T00:00'],
    ['3 juin 2026', 'fr', '2026-06-03T00:00'],
    ['Montag, 30. November 2026 um 09:02 MEZ', 'de', '2026-11-30T09:02'],
    ['30. Nov. 2026 09:02 CET', 'de', '2026-11-30T09:02+01:00'],
    ['1 mrt 2026', 'nl', '2026-03-01T00:00'],
    ['12 out 2026', 'pt-BR', '2026-10-12T00:00'],
    ['5 maggio 2026 alle 18:15', 'it', '2026-05-05T18:15'],
    ['31 abr 2026', 'es', '31 abr 2026'],
    ['2026/11/03 10:00 JST', 'ja', '2026-11-03T10:00+09:00'],
    ['2026.11.03', 'ko', '2026-11-03T00:00'],
    ['2026/13/03', 'ja', '2026/13/03'],
    ['18 Foo 2026', 'en', '18 Foo 2026'],
    ['November 18, 2026 at 9:02 AM', 'en', 'November 18, 2026 9:02 AM'],
    ['ноября 3, 2026, 10:00', 'ru', '2026-11-03T10:00'],
    ['3 ноября 2026 г., 10:00', 'ru', '2026-11-03T10:00'],
    ['среда, 18 мая 2026', 'ru', '2026-05-18T00:00'],
    ['сент. 30, 2026', 'ru', '2026-09-30T00:00'],
    ['ноября 31, 2026', 'ru', 'ноября 31, 2026'],
    ['Foo 18, 2026', 'en', 'Foo 18, 2026'],
    ['18 Nov 2026, 2:05 PM', 'en', '2026-11-18T14:05'],
    ['18 Nov 2026 12:30 AM', 'en', '2026-11-18T00:30'],
    ['18 Nov 2026 12:05 p.m.', 'en', '2026-11-18T12:05'],
    ['18 Nov 2026 2:05 PM UTC', 'en', '2026-11-18T14:05+00:00'],
    ['18 nov. 2026 2:05 pm GMT+1', 'fr', '2026-11-18T14:05+01:00'],
    ['18 Nov 2026 13:05 PM', 'en', '18 Nov 2026 13:05 PM'],
    ['2026/11/18 2:05 PM', 'en', '2026-11-18T14:05'],
    ['2026-11-18 2:05 pm', 'en', '2026-11-18T14:05'],
    ['2026-11-18 14:05 UTC', 'en', '2026-11-18T14:05+00:00'],
    ['2026-11-18', 'en', '2026-11-18T00:00'],
    ['2026.11.18 12:30 a.m. JST', 'ja', '2026-11-18T00:30+09:00'],
    ['2026年11月18日 2:05 PM', 'zh-CN', '2026-11-18T14:05'],
    ['18/11/2026 2:05 p.m.', 'en-GB', '2026-11-18T14:05'],
  ])('"%s" on a %s page is %s', (shown, lang, expected) => {
    expect(shownDateIso(shown, lang)).toBe(expected);
  });

  test.each([
    ['digits, dots and spaces', '1. 2026.'.repeat(6_250)],
    ['a long gap between a date and a digit', `2026.11.18${' '.repeat(49_989)}1`],
    ['a long gap between two digits', `1${' '.repeat(49_998)}1`],
    ['a long gap after a Chinese date', `2026年11月18日${' '.repeat(49_988)}1`],
    ['a long gap after a weekday', `2026/11/18周三${' '.repeat(49_986)}1`],
    ['an open parenthesis after a date', `2026/11/18(${'수'.repeat(49_988)}`],
    ['a long gap before a weekday', `2026. 11. 18.${' '.repeat(49_986)}수1`],
  ])('50,000 characters (%s) are read in a moment', (_, hostile) => {
    expect(fastestMs(() => shownDateIso(hostile, 'zh-CN'), 50)).toBeLessThan(50);
  });

  test.each([
    ['ko-KR', '2026년 11월 18일 수요일 PM 2:05'],
    ['zh-CN', '2026年11月18日星期三 14:05'],
    ['ja-JP', '2026年11月18日水曜日 14:05'],
  ])('a %s date printed with its weekday (%s, as Node prints it) is read', (locale, printed) => {
    const moment = new Date(Date.UTC(2026, 10, 18, 14, 5));
    const format = { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' } as const;
    const shown = new Intl.DateTimeFormat(locale, format).format(moment);
    expect([printed, shown].map((date) => shownDateIso(date, locale))).toEqual([
      '2026-11-18T14:05',
      '2026-11-18T14:05',
    ]);
  });

  test('a time after noon is the same moment in every form the date is shown in', () => {
    const forms = [
      '18 Nov 2026, 2:05 PM',
      'Nov 18, 2026 2:05 PM',
      '11/18/2026 2:05 PM',
      '18.11.2026 14:05',
      '2026/11/18 2:05 PM',
      '2026-11-18 2:05 pm',
      '2026年11月18日 2:05 PM',
      '2026年11月18日 下午2:05',
      '2026/11/18 下午2:05',
      '2026/11/18 午後2:05',
      '2026. 11. 18. 오후 2:05',
      '2026. 11. 18. (수) 오후 2:05',
      '2026년 11월 18일 수요일 오후 2:05',
      '2026/11/18周三 14:05',
      '2026/11/18 周三 下午2:05',
      '2026年11月18日水曜日 14:05',
      '2026/11/18(水) 午後2:05',
      'ноября 18, 2026, 14:05',
    ];
    const moments = forms.map((shown) => Date.parse(shownDateIso(shown, 'en')));
    expect(moments).toEqual(forms.map(() => new Date(2026, 10, 18, 14, 5).getTime()));
  });
});
