import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/quotes.js';

describe('findQuotes', () => {
  const cases: { text: string; expected: { symbol: string; price: number; change: number; changePercent: number }[] }[] = [
    { text: 'AMZN  238.33\n-4.27 (-1.76%)', expected: [{ symbol: 'AMZN', price: 238.33, change: -4.27, changePercent: -1.76 }] },
    { text: 'AMD  221.53\n+0.56 (0.25%)', expected: [{ symbol: 'AMD', price: 221.53, change: 0.56, changePercent: 0.25 }] },
    { text: 'AAPL 259.45 -1.60 (-0.61%)', expected: [{ symbol: 'AAPL', price: 259.45, change: -1.6, changePercent: -0.61 }] },
    { text: 'MSFT 463.09 -7.58 -1.61%', expected: [{ symbol: 'MSFT', price: 463.09, change: -7.58, changePercent: -1.61 }] },
    { text: 'BRK.B 1,012.40 +5.10 (+0.51%)', expected: [{ symbol: 'BRK.B', price: 1012.4, change: 5.1, changePercent: 0.51 }] },
    { text: 'NVDA  182.00\n-3.81 (-2.05%)\nTSLA  437.30\n-9.90 (-2.21%)', expected: [
      { symbol: 'NVDA', price: 182, change: -3.81, changePercent: -2.05 },
      { symbol: 'TSLA', price: 437.3, change: -9.9, changePercent: -2.21 },
    ] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    expect(findQuotes(text).map(({ symbol, price, change, changePercent }) => ({ symbol, price, change, changePercent }))).toEqual(expected);
  });

  const negatives = [
    'AMZN 238.33 -4.27 (-9.99%)', // percent disagrees with change and price
    'Symbol Price Change (%)',
    'The Nikkei rose 1.2% to 38,450.10',
    'ABC 12 +1 (50%)',
  ];
  it.each(negatives)('no quote in %j', (text) => {
    expect(findQuotes(text)).toEqual([]);
  });
});
