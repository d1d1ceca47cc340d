import { describe, expect, test } from 'vitest';
import { type LabelledPair, precisionRecall, scorePairs, shownRecall } from '../../lib/patterns/evaluate';
import { createIndex, MATCH_THRESHOLD, POSSIBLE_THRESHOLD } from '../../lib/patterns/index';
import { customerKey, type PatternInput } from '../../lib/patterns/input';
import { compare, docOf, type PatternDoc } from '../../lib/patterns/similarity';
import { stem } from '../../lib/patterns/stem';
import { areaTags, codes, normaliseMessage, words, writtenWords } from '../../lib/patterns/tokens';
import holdout from '../fixtures/patterns/holdout-c.json';
import holdoutD from '../fixtures/patterns/holdout-d.json';
import holdoutE from '../fixtures/patterns/holdout-e.json';
import holdoutF from '../fixtures/patterns/holdout-f.json';
import holdoutG from '../fixtures/patterns/holdout-g.json';
import holdoutH from '../fixtures/patterns/holdout-h.json';
import holdoutI from '../fixtures/patterns/holdout-i.json';
import holdoutJ from '../fixtures/patterns/holdout-j.json';
import holdoutK from '../fixtures/patterns/holdout-k.json';
import holdoutL from '../fixtures/patterns/holdout-l.json';
import pairs from '../fixtures/patterns/pairs.json';
import pairsB from '../fixtures/patterns/pairs-b.json';
import pairsC from '../fixtures/patterns/pairs-c.json';

const NOW = new Date('2026-11-23T12:00:00Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();

describe('tokens', () => {
  test('lower-cased words, stop words dropped, light stemming', () => {
    expect(words('The Exports are FAILING for our users')).toEqual(['export', 'fail']);
    expect(stem('exported')).toBe(stem('exporting'));
    expect(stem('arrives')).toBe(stem('arrived'));
    expect(stem('stopped')).toBe('stop');
    expect(stem('queries')).toBe('query');
  });

  test('two agents words for one thing meet: a text is an SMS, gone is missing, a payee is a beneficiary', () => {
    expect(words('Text never arrives for new payee')).toEqual(words('SMS never received for new beneficiary'));
    expect(words('Photos gone after update')).toEqual(words('Images missing after upgrade'));
    // A slow page and a late email are two failures: words that also name another failure stay apart.
    expect(words('slow')).not.toEqual(words('late'));
  });

  test('a booking is an appointment, a voucher a coupon, a paystub a payslip, a disconnection a disconnect', () => {
    expect(words('Booking reminder never sent')).toEqual(words('Appointment reminders never send'));
    expect(words('Voucher rejected in basket')).toEqual(words('Coupon declined in cart'));
    expect(words('Paystub shows wrong wages')).toEqual(words('Payslip shown incorrect salary'));
    expect(words('Calls disconnect on wifi')).toEqual(words('Call disconnection on wi-fi'));
    expect(words('Profile saved but not verified')).toEqual(words('Profile save but not verify'));
    // Each is its own feature, and its own failure: a checkout page is not every payment, an invoice is not
    // a receipt, a sign-in is not a password.
    expect(words('checkout')).not.toEqual(words('payment'));
    expect(words('invoice')).not.toEqual(words('receipt'));
    expect(words('login')).not.toEqual(words('password'));
    // "Dropped" calls, but also dropped rows and drag and drop: no disconnection.
    expect(words('Export drops rows')).not.toContain(words('disconnect')[0]);
  });

  test('each word feature keeps the first word written for it; a capital that only starts a sentence is dropped', () => {
    const written = writtenWords('Invoices from SSO users are missing. Chrome shows 导出失败');
    expect(written.get(stem('invoices'))).toBe('invoices');
    expect(written.get('sso')).toBe('SSO');
    expect(written.get('chrom')).toBe('chrome');
    expect(written.get('导出')).toBe('导出');
    expect(written.get('export')).toBe('导出');
    expect(writtenWords('客户反馈订单的Webhook延迟').get('order')).toBe('订单');
  });

  test('role and conversation words are stop words: every escalation has them', () => {
    expect(words('The customer says the admin user and their clients cannot export')).toEqual(['export']);
    expect(words('管理员 用户 客户')).toEqual([]);
  });

  test('Chinese text becomes character bigrams, plus the English of the support words it holds', () => {
    expect(words('导出失败')).toEqual(['导出', '出失', '失败', 'export', 'fail']);
    expect(words('Export 导出')).toEqual(['export', '导出', 'export']);
    // The longest entry wins: 单点登录 is SSO, not a login.
    expect(words('单点登录')).toEqual(['单点', '点登', '登录', 'sso']);
    // 丢失 is "lost", and lost is missing.
    expect(words('合并工单后附件丢失')).toEqual(expect.arrayContaining(['merg', 'ticket', 'attachment', 'miss']));
  });

  test('a Chinese report of a symptom or a thing shares its word with an English one', () => {
    const shares = (zh: string, en: string) => expect(words(zh)).toEqual(expect.arrayContaining(words(en)));
    shares('预约提醒短信收不到', 'Appointment reminder SMS not received');
    shares('课程视频没有声音', 'Class video has no sound');
    shares('蓝牙设备经常掉线', 'Bluetooth device disconnecting');
    shares('支付页面白屏', 'Payment page blank screen');
    shares('App 闪退后卡死', 'App crashes then freezes');
    shares('优惠码在购物车无效', 'Coupon invalid in basket');
    shares('工资条金额不正确', 'Payslip amount incorrect');
    shares('定位不准', 'GPS');
    // 定位问题 is an agent tracking down a cause: no location in it.
    expect(words('还在定位问题')).not.toContain(words('location')[0]);
  });

  test('a Chinese word inside another word of other meaning is not read as it', () => {
    const lacks = (zh: string, en: string) => expect(words(zh)).not.toContain(words(en)[0]);
    // 卡 is the card here, not "stuck"; 冻结 an account locked, not an app that hangs.
    lacks('会员卡在门店无法使用', 'stuck');
    lacks('账户被冻结', 'stuck');
    lacks('电话号码格式不对', 'call');
    lacks('按钮位置不对称', 'wrong');
    lacks('对不对', 'wrong');
    lacks('下拉刷新没反应', 'dropdown');
    lacks('定时作业失败', 'homework');
    // A lost connection is no missing file.
    expect(words('Connection lost during upload')).not.toContain(words('missing')[0]);
    expect(words('合并工单后附件丢失')).toContain(words('missing')[0]);
  });

  test('codes: HTTP statuses with context, exception names, error ids, quoted messages', () => {
    const found = codes(
      'Login returns HTTP 502. java.lang.NullPointerException and ExportJobError: E4012, ERR_CERT_DATE_INVALID, ' +
        'ECONNRESET. Error: "File upload 7731 failed: quota exceeded"',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'http:502',
        'exc:nullpointerexception',
        'exc:exportjoberror',
        'err:e4012',
        'err:err_cert_date_invalid',
        'err:econnreset',
        'msg:file upload # failed quota exceeded',
      ]),
    );
    // A number is a status only when the text says so; reason phrases map to their code.
    expect(codes('the export stops at 502 rows')).toEqual([]);
    expect(codes('sign-in shows Bad Gateway')).toEqual(['http:502']);
    expect(codes('登录时出现 502 错误')).toContain('http:502');
    expect(codes('Click "Export CSV"')).toEqual([]);
    expect(normaliseMessage('Job 0x1f2e failed after 3,201 rows (id 5f0c2a9e-1111-2222-3333-444455556666)')).toBe(
      'job # failed after # rows id #',
    );
  });

  test('product-area tags keep areas, drop priority and status tags', () => {
    expect(areaTags(['Export', 'urgent', 'vip', 'data loss', 'p1'])).toEqual(['tag:export', 'tag:data_loss']);
  });
});

describe('similarity is explainable', () => {
  const a = docOf({
    id: 'a',
    summary: 'CSV export truncated at 10,000 rows',
    description: 'Exporting the October report only gives 10,000 rows.',
    repro: { evidence: ['ERROR ExportJobError: row limit reached (job 1)'] },
    ticket: { tags: ['export', 'urgent'] },
  });
  const b = docOf({
    id: 'b',
    summary: 'Data export missing rows',
    description: 'The export of all contacts stops partway.',
    evidence: ['ExportJobError: row limit reached (job 2)'],
    tags: ['export'],
  });

  test('lists the shared words, codes and fields', () => {
    const { score, matched } = compare(a, b);
    expect(score).toBeGreaterThan(MATCH_THRESHOLD);
    expect(matched.codes).toEqual(['exc:exportjoberror']);
    expect(matched.words).toEqual(expect.arrayContaining(['export', 'row', 'limit']));
    expect(matched.fields).toEqual(['summary', 'description', 'evidence', 'tags']);
    expect(matched.tags).toEqual(['tag:export']);
  });

  test('symmetric score; nothing shared scores 0 with empty lists', () => {
    expect(compare(a, b).score).toBeCloseTo(compare(b, a).score, 10);
    const other = docOf({ summary: '仪表板图表无法加载' });
    expect(compare(a, other)).toEqual({
      score: 0,
      matched: { words: [], codes: [], concepts: [], tags: [], fields: [] },
    });
  });

  test('the same area and symptom in other words match; another area or symptom pulls the score down', () => {
    const late = docOf({ summary: 'Webhooks delivered hours late', description: 'Events arrive hours late.' });
    const delays = docOf({ summary: 'Webhook 推送延迟', description: '事件推送延迟数小时。' });
    const emails = docOf({ summary: 'Emails delivered hours late', description: 'Emails arrive hours late.' });
    const signature = docOf({ summary: 'Webhook signature rejected', description: 'Every webhook is rejected.' });
    const same = compare(late, delays);
    expect(same.matched.concepts).toEqual(['area:webhook', 'symptom:delay']);
    expect(same.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(compare(late, emails).score).toBeLessThan(MATCH_THRESHOLD);
    expect(compare(late, signature).score).toBeLessThan(MATCH_THRESHOLD);
  });

  test('two failures of one area stay apart, one failure in other words meets, by the failure named', () => {
    const signature = docOf({
      summary: 'Webhook signature check fails after secret rotation',
      description: 'Our endpoint says every webhook fails verification since we rotated the signing secret.',
    });
    const late = docOf({
      summary: 'Webhook deliveries late',
      description: 'Webhook events reach our endpoint hours after the change.',
    });
    expect(compare(signature, late).score).toBeLessThan(POSSIBLE_THRESHOLD);
    const spam = docOf({
      summary: 'Password reset emails land in spam',
      description: 'Gmail users find them in the junk folder.',
    });
    const delayed = docOf({ summary: 'Password reset emails delayed', description: 'Reset emails arrive hours late.' });
    expect(compare(spam, delayed).score).toBeLessThan(MATCH_THRESHOLD);
    const wrongCustomer = docOf({
      summary: 'Invoice emailed to the wrong customer',
      description: 'Acme got the invoice meant for another account.',
    });
    const someoneElses = docOf({ summary: '客户收到了别人的账单', description: '账单邮件发错人。' });
    const sent = compare(wrongCustomer, someoneElses);
    expect(sent.matched.concepts).toEqual(['area:billing', 'symptom:wrong-recipient']);
    expect(sent.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    const stale = docOf({
      summary: 'Dashboard shows stale numbers',
      description: 'Charts still show the old values after import.',
    });
    const notUpdated = docOf({ summary: '仪表盘数据不更新', description: '图表数据一直不是最新。' });
    expect(compare(stale, notUpdated).score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  test('different exception names pull the score down', () => {
    const quota = docOf({ summary: 'Saving invoice fails', evidence: ['QuotaExceededException at save'] });
    const locked = docOf({ summary: 'Saving invoice fails', evidence: ['InvoiceLockedException at save'] });
    const plain = docOf({ summary: 'Saving invoice fails', evidence: ['at save'] });
    expect(compare(quota, locked).score).toBeLessThan(compare(quota, plain).score);
  });

  test('a symptom a log line names in passing is not what the issue shows', () => {
    const exportCut = docOf({ summary: 'Invoice export only gives 10,000 rows', description: 'Rows are missing.' });
    const charged = (evidence: string) =>
      docOf({
        summary: 'Customer charged twice for the annual plan',
        description: 'Two invoices.',
        evidence: [evidence],
      });
    expect(compare(exportCut, charged('idempotency_key missing on retry')).matched.concepts).not.toContain(
      'symptom:incomplete',
    );
  });

  test("a language's own runtime exception says less than an app's: two crashes on two screens stay two", () => {
    const settings = docOf({
      summary: 'App crashes opening Settings',
      evidence: ['java.lang.NullPointerException at SettingsFragment.onCreate'],
    });
    const schedule = docOf({
      summary: 'App crashes opening the shift schedule',
      evidence: ['java.lang.NullPointerException at ShiftAdapter.bind'],
    });
    const sameApp = (name: string, at: string) =>
      docOf({ summary: `App crashes opening ${name}`, evidence: [`java.lang.ShiftParseException at ${at}`] });
    const shared = compare(
      sameApp('Settings', 'SettingsFragment.onCreate'),
      sameApp('the shift schedule', 'ShiftAdapter.bind'),
    );
    expect(compare(settings, schedule).score).toBeLessThan(shared.score - 0.05);
    expect(compare(settings, schedule).matched.codes).toEqual(['exc:nullpointerexception']);
  });
});

const escalation = (id: string, extra: PatternInput = {}): PatternInput => ({
  id,
  summary: 'Data export stops at 10,000 rows',
  description: 'Export job fails with ExportJobError: row limit reached.',
  createdAt: daysAgo(1),
  ...extra,
});

describe('index', () => {
  test('query finds escalations sharing features, sorted by score, not the draft itself', () => {
    const index = createIndex([
      escalation('close'),
      escalation('closer', { summary: 'Data export stops at 10,000 rows for Globex' }),
      escalation('login', { summary: 'SSO redirect loop', description: 'Okta users loop back to login.' }),
    ]);
    const draft = docOf(escalation('close'));
    const matches = index.query(draft, { now: NOW });
    expect(matches.map((m) => m.id)).toEqual(['closer']);
    expect(matches[0]?.matched.codes).toEqual(['exc:exportjoberror']);
    const loose = index.query(docOf(escalation('draft')), { now: NOW, threshold: 0 });
    // Even at threshold 0 the SSO escalation is no candidate: it shares no word or code (no full scan).
    expect(loose.map((m) => m.id)).toEqual(['close', 'closer']);
    expect(loose[0]?.score).toBeGreaterThanOrEqual(loose[1]?.score ?? 0);
  });

  test('90-day window by default; days widens it', () => {
    const index = createIndex([
      escalation('recent', { createdAt: daysAgo(89) }),
      escalation('old', { createdAt: daysAgo(91) }),
    ]);
    expect(index.query(escalation('draft'), { now: NOW }).map((m) => m.id)).toEqual(['recent']);
    expect(
      index
        .query(escalation('draft'), { now: NOW, days: 120 })
        .map((m) => m.id)
        .sort(),
    ).toEqual(['old', 'recent']);
  });

  test('incremental add and remove, re-adding an id replaces it', () => {
    const index = createIndex();
    index.add(escalation('one'));
    expect(index.query(escalation('draft'), { now: NOW }).map((m) => m.id)).toEqual(['one']);
    index.add(escalation('two'));
    expect(index.size).toBe(2);
    expect(index.remove('one')).toBe(true);
    expect(index.remove('one')).toBe(false);
    expect(index.query(escalation('draft'), { now: NOW }).map((m) => m.id)).toEqual(['two']);
    index.add(escalation('two', { summary: 'Dark mode colours wrong', description: 'Sidebar is grey on grey.' }));
    expect(index.size).toBe(1);
    expect(index.query(escalation('draft'), { now: NOW })).toEqual([]);
  });

  test('a stored escalation reads back as it was added, its words, codes, areas and tags', () => {
    const input = escalation('full', {
      evidence: ['HTTP 504 from /api/export', '"Export failed: the file is too large for the job"'],
      tags: ['export', 'urgent'],
    });
    const index = createIndex([input, escalation('other', { tags: ['billing'] })]);
    const stored = index.get('full');
    const fresh = docOf(input);
    expect(stored?.terms).toEqual(fresh.terms);
    expect(stored?.codes).toEqual(fresh.codes);
    expect(stored?.concepts).toEqual(fresh.concepts);
    expect(stored?.tags).toEqual(['tag:export']);
    expect(index.get('missing')).toBeUndefined();
  });

  test('a word repeated hundreds of times in a pasted log counts as once: the log does not outweigh the issue', () => {
    const log = Array.from({ length: 300 }, (_, i) => `timeout contacting warehouse ${i}`).join('\n');
    const noisy = escalation('log', { evidence: [log] });
    const once = escalation('once', { evidence: ['timeout contacting warehouse 1'] });
    expect(docOf(noisy).terms.get('timeout')).toBe(4);
    const index = createIndex([noisy, once, escalation('plain', { summary: 'SSO redirect loop' })]);
    expect(index.get('log')?.terms.get('timeout')).toBe(4);
    const found = index.query(
      { id: 'draft', summary: 'Data export stops', evidence: ['timeout'] },
      { now: NOW, threshold: POSSIBLE_THRESHOLD },
    );
    expect(found.map((m) => m.id).sort()).toEqual(['log', 'once']);
    expect(found[0]?.score).toBeCloseTo(found[1]?.score ?? 0, 2);
  });

  test('after a long run of writes (a draft saved as it is typed), queries answer as on an index built afresh', () => {
    const kept = [
      escalation('a'),
      escalation('b', { summary: 'Data export stops at 10,000 rows for Globex' }),
      escalation('c', { summary: 'SSO redirect loop', description: 'Okta users loop back to login after export.' }),
    ];
    const churned = createIndex(kept);
    for (let i = 0; i < 400; i++) {
      churned.add(escalation('draft', { summary: `Export stops quarterly${i} rows`, description: `word${i} export` }));
      if (i % 7 === 0) churned.add(escalation(`temp${i}`, { summary: `Billing page blank${i}` }));
      if (i % 7 === 3) churned.remove(`temp${i - 3}`);
    }
    churned.remove('draft');
    churned.remove('temp399');
    const draft = docOf(escalation('query', { description: 'Export job fails after login, word399 quarterly399' }));
    const expected = createIndex(kept).query(draft, { now: NOW, threshold: 0 });
    expect(churned.size).toBe(3);
    expect(churned.query(draft, { now: NOW, threshold: 0 })).toEqual(expected);
    expect(expected.map((m) => m.id).sort()).toEqual(['a', 'b', 'c']);
    // The fast scores agree too.
    const fast = (index: ReturnType<typeof createIndex>) =>
      index.query(draft, { now: NOW, threshold: 0, explain: false }).map((m) => [m.id, m.score] as const);
    const fresh = new Map(fast(createIndex(kept)));
    for (const [id, score] of fast(churned)) expect(score).toBeCloseTo(fresh.get(id) ?? -1, 9);
    // The last draft's own words left with it.
    expect(churned.rarityFor(undefined)('quarterly399')).toBe(1);
  });

  test('an escalation stored where a removed one was is scored as itself, not with what was kept of the other', () => {
    const kept = [escalation('a'), escalation('b', { summary: 'SSO redirect loop', description: 'Okta loops.' })];
    const index = createIndex(kept);
    const long = Array.from({ length: 40 }, (_, i) => `detail${i}`).join(' ');
    index.add(escalation('x', { description: `Export job fails. ${long}` }));
    const draft = docOf(escalation('draft'));
    index.query(draft, { now: NOW, threshold: 0, explain: false });
    index.remove('x');
    index.add(escalation('y', { description: 'Export fails.' }));
    const fast = (i: ReturnType<typeof createIndex>) =>
      i.query(draft, { now: NOW, threshold: 0, explain: false }).find((m) => m.id === 'y')?.score;
    expect(fast(index)).toBeCloseTo(
      fast(createIndex([...kept, escalation('y', { description: 'Export fails.' })])) ?? -1,
      2,
    );
  });

  test('a word that left the index and comes back is not read as the word that took its number', () => {
    const index = createIndex([{ id: 'keep', summary: 'Billing page blank' }]);
    index.add({ id: 'gone', summary: 'Webhook signature rejected' });
    index.remove('gone');
    index.add({ id: 'new', summary: 'Quota exceeded warning' });
    const draft = { id: 'draft', summary: 'Webhook signature rejected' };
    expect(index.query(draft, { threshold: 0 })).toEqual([]);
    index.add({ id: 'back', summary: 'Webhook signature rejected' });
    expect(index.query(draft, { threshold: 0 }).map((m) => m.id)).toEqual(['back']);
  });

  test('a hand-built doc with more than field bits on a word is stored with its field bits only', () => {
    const index = createIndex([escalation('plain')]);
    const doc = docOf(escalation('many'));
    index.add({ ...doc, terms: new Map([...doc.terms, ['quota', 64 + 1]]) });
    expect(index.get('many')?.terms.get('quota')).toBe(1);
    expect(index.query({ id: 'draft', summary: 'quota' }, { threshold: 0 }).map((m) => m.id)).toEqual(['many']);
  });

  test('fast scores (explain: false) are the scores compare() gives', () => {
    const inputs = (pairs as LabelledPair[]).flatMap((p, i) => [
      { ...p.a, id: `${i}a` },
      { ...p.b, id: `${i}b` },
    ]);
    const index = createIndex(inputs);
    for (const input of inputs.slice(0, 40)) {
      const draft = docOf({ ...input, id: 'draft' });
      for (const m of index.query(draft, { threshold: 0, explain: false, days: Number.POSITIVE_INFINITY })) {
        expect(m.score).toBeCloseTo(compare(draft, index.get(m.id) as PatternDoc, index.rarityFor(draft.id)).score, 9);
      }
    }
  });

  test('scores follow the rarity of words as escalations are added between queries', () => {
    const base = Array.from({ length: 20 }, (_, i) => ({
      id: `n${i}`,
      summary: `Export fails ${i % 2 ? 'blue' : 'red'}`,
    }));
    const added = Array.from({ length: 200 }, (_, i) => ({ id: `m${i}`, summary: `Red widget ${i}` }));
    const index = createIndex(base);
    const draft = docOf({ id: 'draft', summary: 'Export fails red' });
    const fast = (i: ReturnType<typeof createIndex>) => i.query(draft, { threshold: 0, explain: false });
    fast(index);
    for (const a of added) {
      index.add(a);
      fast(index);
    }
    const fresh = new Map(fast(createIndex([...base, ...added])).map((m) => [m.id, m.score]));
    for (const m of fast(index)) expect(m.score).toBeCloseTo(fresh.get(m.id) ?? -1, 9);
  });

  test('rarity comes from the index: a word in every escalation says little', () => {
    const index = createIndex(
      Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, summary: `Acme widget ${i % 2 ? 'blue' : 'red'}` })),
    );
    expect(index.rarityFor(undefined)('acme')).toBeLessThan(index.rarityFor(undefined)('blue'));
    expect(index.rarityFor(undefined)('never-seen')).toBe(1);
    expect(index.rarityFor(undefined)('blue')).toBeLessThan(1);
  });
});

describe('which customer an escalation is from', () => {
  test.each([
    ['the organization', { ticket: { organization: 'Acme' } }, 'org:acme'],
    ['else the account', { customer: { account: ' ACME ', email: 'x@other.com' } }, 'org:acme'],
    ['else the email domain', { ticket: { requester: { email: 'ann@Globex.com' } } }, 'domain:globex.com'],
    ['the whole address on a free-mail domain', { customer: { email: 'ann@gmail.com' } }, 'email:ann@gmail.com'],
    ['unknown without any', {}, undefined],
  ] as const)('%s', (_, input, key) => {
    expect(customerKey(input)).toBe(key);
  });
});

describe('labelled set', () => {
  const tuning = [...pairs, ...pairsB, ...pairsC] as LabelledPair[];
  const scores = scorePairs(tuning);
  const chinese = (set: LabelledPair[]) => set.filter((p) => /[\u4e00-\u9fff]/.test(JSON.stringify(p))).length;

  test.each([
    ['tuning', tuning],
    ['held-out (c)', holdout as LabelledPair[]],
    ['held-out (d)', holdoutD as LabelledPair[]],
    ['held-out (e)', holdoutE as LabelledPair[]],
    ['held-out (f)', holdoutF as LabelledPair[]],
    ['held-out (g)', holdoutG as LabelledPair[]],
    ['held-out (h)', holdoutH as LabelledPair[]],
    ['held-out (i)', holdoutI as LabelledPair[]],
    ['held-out (j)', holdoutJ as LabelledPair[]],
    ['held-out (k)', holdoutK as LabelledPair[]],
    ['held-out (l)', holdoutL as LabelledPair[]],
  ])('%s pairs are honest: at least 50, both labels, Chinese pairs', (_, set) => {
    expect(set.length).toBeGreaterThanOrEqual(50);
    expect(set.filter((p) => p.same).length).toBeGreaterThan(20);
    expect(set.filter((p) => !p.same).length).toBeGreaterThan(20);
    expect(chinese(set)).toBeGreaterThanOrEqual(8);
  });

  test('the exported threshold is the lowest from which precision stays >= 0.9', () => {
    const steps = Array.from({ length: 100 }, (_, i) => i / 100);
    const ok = (t: number) => steps.filter((u) => u >= t).every((u) => precisionRecall(scores, u).precision >= 0.9);
    expect(steps.find(ok)).toBe(MATCH_THRESHOLD);
  });

  test('"possibly related" starts at the highest score that keeps recall >= 0.95', () => {
    const steps = Array.from({ length: 100 }, (_, i) => i / 100);
    const kept = steps.filter((u) => precisionRecall(scores, u).recall >= 0.95);
    expect(kept.at(-1)).toBe(POSSIBLE_THRESHOLD);
  });

  test('shown: a repeat counts when it is a match, or among the possibly related offered', () => {
    const set: LabelledPair[] = [
      {
        a: { summary: 'CSV export stops at 10,000 rows', description: 'Nightly export is cut off.' },
        b: { summary: 'CSV export cut off at 10,000 rows', description: 'The nightly export stops early.' },
        same: true,
      },
      {
        a: {
          summary: 'Webhook delivery delays',
          description: 'Our endpoint receives webhook events with a delay of several hours.',
        },
        b: {
          summary: 'Webhook retries never stop',
          description: 'Failed webhook deliveries to our endpoint are retried forever.',
        },
        same: true,
      },
      { a: { summary: 'Dark mode colours wrong' }, b: { summary: 'Invoice PDF has no logo' }, same: false },
    ];
    const [strong, weak] = scorePairs(set);
    expect(strong?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(weak?.score).toBeGreaterThanOrEqual(POSSIBLE_THRESHOLD);
    expect(weak?.score).toBeLessThan(MATCH_THRESHOLD);
    expect(shownRecall(set, 5)).toBe(1);
    expect(shownRecall(set, 0)).toBe(0.5);
  });

  test('precision >= 0.9 and recall >= 0.8 at the threshold on the tuning pairs', () => {
    const r = precisionRecall(scores, MATCH_THRESHOLD);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });
});

test('a query limited to some stored escalations scores only those (the Patterns tab: open ones, each pair once)', () => {
  const index = createIndex([
    { id: 'a', summary: 'CSV export stops at 10,000 rows' },
    { id: 'b', summary: 'CSV export cut off at 10,000 rows' },
    { id: 'c', summary: 'CSV export truncated at 10,000 rows' },
  ]);
  const draft = { id: 'd', summary: 'CSV export stops at 10,000 rows' };
  const all = { days: Number.POSITIVE_INFINITY, threshold: 0 };
  expect(
    index
      .query(draft, all)
      .map((m) => m.id)
      .sort(),
  ).toEqual(['a', 'b', 'c']);
  expect(
    index
      .query(draft, { ...all, only: (id) => id !== 'b' })
      .map((m) => m.id)
      .sort(),
  ).toEqual(['a', 'c']);
});
