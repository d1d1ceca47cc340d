import { expect, test } from 'vitest';
import { currencyChoices, currencyTyped, parseCount, parseQuantity } from '../../lib/escalation/quantity';

test.each([
  ['12000', 12000],
  ['12,000', 12000],
  [' 1 200 000 ', 1200000],
  ['120k', 120000],
  ['120K', 120000],
  ['1.2M', 1200000],
  ['1.1m', 1100000],
  ['2bn', 2e9],
  ['12万', 120000],
  ['1.5亿', 150000000],
  ['0.5', 0.5],
  ['１２００', 1200],
  ['1,5M', 1500000],
  ['2,5k', 2500],
  ['12,5', 12.5],
  ['1,200,000', 1200000],
  ['１，２００', 1200],
])('%s is %d', (text, value) => {
  expect(parseQuantity(text)).toEqual({ state: 'ok', value });
});

test.each([
  ['12.000', 12000],
  ['12.000 €', 12000],
  ['1.200.000', 1200000],
  ['1,200,000.50', 1200000.5],
  ['1.200.000,50', 1200000.5],
  ['1.234', 1234],
  ['1,234', 1234],
  ['12.50', 12.5],
  ['0.500', 0.5],
  ['2.5k', 2500],
  ['1.250M', 1250000],
  ['1,200k', 1200000],
])(
  'a dot or comma before exactly three digits groups thousands, else it is the decimal mark: %s is %d',
  (text, value) => {
    expect(parseQuantity(text)).toMatchObject({ state: 'ok', value });
  },
);

test.each([
  ['3千', 3000],
  ['1.5千', 1500],
  ['2百万', 2e6],
  ['3千万', 3e7],
  ['12万元', 120000],
  ['1,5万元', 15000],
])('Chinese magnitudes: %s is %d', (text, value) => {
  expect(parseQuantity(text)).toMatchObject({ state: 'ok', value });
});

test.each([
  ['50000元', 50000],
  ['¥50,000', 50000],
  ['￥50,000', 50000],
  ['50,000 美元', 50000],
  ['5万人民币', 50000],
  ['3万块', 30000],
  ['$50,000', 50000],
  ['US$50,000', 50000],
  ['€1.2M', 1200000],
  ['€50k', 50000],
  ['£300', 300],
  ['50,000 USD', 50000],
  ['CNY 50000', 50000],
  ['eur 1,5M', 1500000],
])('a currency written with the amount is read past: %s is %d', (text, value) => {
  expect(parseQuantity(text)).toMatchObject({ state: 'ok', value });
});

test.each([
  ['2 个', 2],
  ['2 家', 2],
  ['3家客户', 3],
  ['5位', 5],
  ['20名用户', 20],
  ['12人', 12],
  ['4笔', 4],
  ['3 customers', 3],
  ['1 account', 1],
  ['2 deals', 2],
])('what is counted is read past: %s is %d', (text, value) => {
  expect(parseQuantity(text)).toEqual({ state: 'ok', value });
});

test.each(['about 3', '-abc', '1.2.3', '1.20.000', '1,2,3', 'k', '50000 or so', '约3千', '3 or 4 customers'])(
  '%s is not a number an agent meant',
  (text) => {
    expect(parseQuantity(text)).toEqual({ state: 'invalid' });
  },
);

test.each(['-5', '$-5', '-$5', '−50000', '-50k USD', '-12,000'])('%s is refused as negative', (text) => {
  expect(parseQuantity(text)).toEqual({ state: 'invalid', why: 'negative' });
});

test.each(['1e9', '1E5', '1.2e6', '2e+3'])('%s is refused as written in exponent notation', (text) => {
  expect(parseQuantity(text)).toEqual({ state: 'invalid', why: 'exponent' });
});

test.each(['  ', '$', '元'])('nothing but spaces or a currency sign is no figure yet: “%s”', (text) => {
  expect(parseQuantity(text)).toEqual({ state: 'empty' });
});

test.each([
  ['€1.2M', 1_200_000, 'EUR'],
  ['1,2M EUR', 1_200_000, 'EUR'],
  ['£50k', 50_000, 'GBP'],
  ['50000元', 50_000, 'CNY'],
  ['人民币 5万', 50_000, 'CNY'],
  ['US$ 12,000', 12_000, 'USD'],
  ['12000 USD', 12_000, 'USD'],
  ['₹ 400000', 400_000, 'INR'],
  ['5000日元', 5_000, 'JPY'],
  ['A$30k', 30_000, 'AUD'],
  ['CA$30k', 30_000, 'CAD'],
  ['5万澳元', 50_000, 'AUD'],
  ['50000加元', 50_000, 'CAD'],
  ['5万加拿大元', 50_000, 'CAD'],
  ['50万美元', 500_000, 'USD'],
  ['12万美金', 120_000, 'USD'],
  ['5万元人民币', 50_000, 'CNY'],
  ['50万欧元', 500_000, 'EUR'],
  ['$50,000', 50_000, undefined],
  ['¥50,000', 50_000, undefined],
  ['HK$ 80,000', 80_000, undefined],
  ['5万港元', 50_000, undefined],
  ['5万新加坡元', 50_000, undefined],
  ['5万新西兰元', 50_000, undefined],
  ['50k rupees', 50_000, undefined],
  ['50k pounds', 50_000, undefined],
  ['120k', 120_000, undefined],
])('%s is %d, in %s', (text, value, currency) => {
  expect(parseQuantity(text)).toEqual(currency ? { state: 'ok', value, currency } : { state: 'ok', value });
});

test.each([
  '50k in recurring revenue',
  '50k Saudi riyals',
  '50k (fraud)',
  '50k plus discounts',
  '50万，元旦前续约',
  '3块硬盘',
])('%s is no figure, and names no currency', (text) => {
  expect(parseQuantity(text)).toEqual({ state: 'invalid' });
});

test.each([
  ['€1.2M', 'EUR'],
  ['£40k', 'GBP'],
  ['12 万元', 'CNY'],
  ['$48,000', undefined],
  ['48000', undefined],
  ['CHF 5000', 'CHF'],
  ['5000 SEK', 'SEK'],
  ['HKD 80k', 'HKD'],
])('the currency beside the revenue figure follows %s: %s', (typed, currency) => {
  expect(currencyTyped(typed)).toBe(currency);
});

test.each([
  ['CHF 5000', 5000, 'CHF'],
  ['CHF5,000', 5000, 'CHF'],
  ['5000 SEK', 5000, 'SEK'],
  ['50k NOK', 50000, 'NOK'],
  ['SGD 1.2M', 1200000, 'SGD'],
])('a currency code the menu does not list names its currency: %s is %d %s', (text, value, currency) => {
  expect(parseQuantity(text)).toEqual({ state: 'ok', value, currency });
});

test.each(['12 all', '5 top', 'ABC 5000', '5000 XYZ'])('%s names no currency (words, or no code)', (text) => {
  expect(currencyTyped(text)).toBeUndefined();
});

test("the currency menu adds the draft's own currency when the list does not offer it", () => {
  expect(currencyChoices('CHF')).toEqual(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'INR', 'CHF']);
  expect(currencyChoices('EUR')).toEqual(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'AUD', 'CAD', 'INR']);
});

test.each([
  ['3', 3],
  ['1.234', 1234],
  ['1,234', 1234],
  ['1.5k', 1500],
  ['3 customers', 3],
])('a count of %s is %d', (text, value) => {
  expect(parseCount(text)).toEqual({ state: 'ok', value });
});

test.each([
  ['2.5', 'fraction'],
  ['0.5', 'fraction'],
  ['0', 'none'],
  ['0 customers', 'none'],
  ['-2', 'negative'],
])('a count of %s is refused: %s', (text, why) => {
  expect(parseCount(text)).toEqual({ state: 'invalid', why });
});

test('no revenue at risk is a figure: $0', () => {
  expect(parseQuantity('$0')).toEqual({ state: 'ok', value: 0 });
});
