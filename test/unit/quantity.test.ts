import { expect, test } from 'vitest';
import { parseQuantity } from '../../lib/escalation/quantity';

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

test.each(['about 3', '€50k', '-5', '1.2.3', 'k', '50000 or so', '1e5'])(
  '%s is not a number an agent meant',
  (text) => {
    expect(parseQuantity(text)).toEqual({ state: 'invalid' });
  },
);

test('nothing typed is no figure', () => {
  expect(parseQuantity('  ')).toEqual({ state: 'empty' });
});
