import { expect, test } from 'vitest';
import { currencyWritten, parseQuantity } from '../../lib/escalation/quantity';

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
  ['3千', 3000],
  ['1.5千', 1500],
  ['2百万', 2e6],
  ['3千万', 3e7],
  ['12万元', 120000],
  ['1,5万元', 15000],
])('Chinese magnitudes: %s is %d', (text, value) => {
  expect(parseQuantity(text)).toEqual({ state: 'ok', value });
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
  expect(parseQuantity(text)).toEqual({ state: 'ok', value });
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

test.each(['about 3', '-5', '$-5', '1.2.3', 'k', '50000 or so', '1e5', '约3千', '3 or 4 customers'])(
  '%s is not a number an agent meant',
  (text) => {
    expect(parseQuantity(text)).toEqual({ state: 'invalid' });
  },
);

test.each(['  ', '$', '元'])('nothing but spaces or a currency sign is no figure yet: “%s”', (text) => {
  expect(parseQuantity(text)).toEqual({ state: 'empty' });
});

test.each([
  ['€1.2M', 'EUR'],
  ['1,2M EUR', 'EUR'],
  ['£50k', 'GBP'],
  ['50000元', 'CNY'],
  ['人民币 5万', 'CNY'],
  ['US$ 12,000', 'USD'],
  ['12000 USD', 'USD'],
  ['₹ 4,00,000', 'INR'],
  ['5000日元', 'JPY'],
  ['A$30k', 'AUD'],
  ['CA$30k', 'CAD'],
  ['$50,000', undefined],
  ['¥50,000', undefined],
  ['HK$ 80,000', undefined],
  ['5万澳元', 'AUD'],
  ['5万加元', 'CAD'],
  ['5万港元', undefined],
  ['5万新加坡元', undefined],
  ['50万美元', 'USD'],
  ['50万欧元', 'EUR'],
  ['120k', undefined],
])('the currency written with %s is %s', (text, currency) => {
  expect(currencyWritten(text)).toBe(currency);
});
