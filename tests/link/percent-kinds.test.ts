import { describe, expect, it } from 'vitest';
import { digestText } from '../../src/pipeline.js';

function kinds(text: string) {
  return digestText(text).percentages.map((p) => ({ text: p.text, value: p.value, kind: p.kind }));
}

describe('percentage kinds and signs', () => {
  const cases: { text: string; expected: { text: string; value: number; kind: string }[] }[] = [
    { text: 'The Bank of Japan nudged rates toward 1.0%.', expected: [{ text: '1.0%', value: 1, kind: 'rate' }] },
    { text: 'The Fed left its benchmark rate in a range of 3.50% to 3.75%.', expected: [{ text: '3.50%', value: 3.5, kind: 'rate' }, { text: '3.75%', value: 3.75, kind: 'rate' }] },
    { text: 'The one-year LPR is 3.0% and the five-year 3.5%.', expected: [{ text: '3.0%', value: 3, kind: 'rate' }, { text: '3.5%', value: 3.5, kind: 'rate' }] },
    { text: 'Consumer prices rose 2.9% from a year earlier.', expected: [{ text: '2.9%', value: 2.9, kind: 'rate' }] },
    { text: "India's 10-year bond yield is up 5 basis points at 6.71%.", expected: [{ text: '6.71%', value: 6.71, kind: 'rate' }] },
    { text: 'Advantest Corp. (TYO: 6857) jumped 5.4%.', expected: [{ text: '5.4%', value: 5.4, kind: 'stock-move' }] },
    { text: 'FedEx Corp. (NYSE: FDX) cut its outlook, sending its shares down 7.8%.', expected: [{ text: '7.8%', value: -7.8, kind: 'stock-move' }] },
    { text: 'Rio Tinto fell 3.2 per cent.', expected: [{ text: '3.2 per cent', value: -3.2, kind: 'stock-move' }] },
    { text: 'A potential 10% correction remains a threat.', expected: [{ text: '10%', value: 10, kind: 'other' }] },
    { text: 'Wage growth slowed to 4.1%.', expected: [{ text: '4.1%', value: 4.1, kind: 'rate' }] },
    { text: 'Home sales fell 1.4 per cent in May.', expected: [{ text: '1.4 per cent', value: -1.4, kind: 'other' }] },
    { text: 'Brent crude dropped to 2% below its peak.', expected: [{ text: '2%', value: 2, kind: 'other' }] },
    { text: 'Aramco (TADAWUL: 2222) sold a 5% stake in its unit.', expected: [{ text: '5%', value: 5, kind: 'other' }] },
    { text: 'The S&P/TSX Composite closed at a record. The index has gained 3.4% so far in January.', expected: [{ text: '3.4%', value: 3.4, kind: 'index-move' }] },
    { text: 'Index          Last      Chg    %Chg\nHang Seng   26,015.33  -151.20   -0.58', expected: [{ text: '-0.58', value: -0.58, kind: 'index-move' }] },
    { text: 'About 62% of fund managers are overweight.', expected: [{ text: '62%', value: 62, kind: 'other' }] },
    { text: 'The Nikkei rose 1.2% and Toyota jumped 4.1%.', expected: [{ text: '1.2%', value: 1.2, kind: 'index-move' }, { text: '4.1%', value: 4.1, kind: 'stock-move' }] },
    { text: 'The FTSE 100 slid 2pc.', expected: [{ text: '2pc', value: -2, kind: 'index-move' }] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    expect(kinds(text)).toEqual(expected);
  });
});
