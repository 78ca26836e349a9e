import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/decode.js';
import { findMoney } from '../../src/extract/money.js';
import { findNumbers } from '../../src/extract/numbers.js';

function money(text: string) {
  const norm = normalize(text);
  return findMoney(norm, findNumbers(norm));
}

describe('findMoney', () => {
  const cases: { text: string; span: string; amount: number; currency: string }[] = [
    { text: 'a ¥135 billion package', span: '¥135 billion', amount: 135e9, currency: 'JPY' },
    { text: 'committed $550 billion to', span: '$550 billion', amount: 550e9, currency: 'USD' },
    { text: 'raised US$2.1bn from', span: 'US$2.1bn', amount: 2.1e9, currency: 'USD' },
    { text: 'a €40m fund', span: '€40m', amount: 40e6, currency: 'EUR' },
    { text: 'held 5 trillion yen in cash', span: '5 trillion yen', amount: 5e12, currency: 'JPY' },
    { text: 'a £300 million deal', span: '£300 million', amount: 300e6, currency: 'GBP' },
    { text: 'spent HK$1.2 billion', span: 'HK$1.2 billion', amount: 1.2e9, currency: 'HKD' },
    { text: 'worth USD 1.2 million', span: 'USD 1.2 million', amount: 1.2e6, currency: 'USD' },
    { text: 'a ¥115 trillion pile', span: '¥115 trillion', amount: 115e12, currency: 'JPY' },
    { text: 'paid $12.50 a share', span: '$12.50', amount: 12.5, currency: 'USD' },
    { text: 'sold 2 billion euros of bonds', span: '2 billion euros', amount: 2e9, currency: 'EUR' },
    { text: 'a 300 million pound loan', span: '300 million pound', amount: 300e6, currency: 'GBP' },
    { text: 'cost €1,250', span: '€1,250', amount: 1250, currency: 'EUR' },
    { text: 'a ₹500 crore plan', span: '₹500 crore', amount: 5e9, currency: 'INR' },
    { text: 'an A$3bn bid', span: 'A$3bn', amount: 3e9, currency: 'AUD' },
    { text: 'raised S$750 million', span: 'S$750 million', amount: 750e6, currency: 'SGD' },
  ];
  it.each(cases)('$text', ({ text, span, amount, currency }) => {
    const [m] = money(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(span);
    expect(m!.amount).toBeCloseTo(amount, 3);
    expect(m!.currency).toBe(currency);
  });

  const negatives = [
    'the psychological 50,000-yen barrier',
    'toward the 60,000-yen level',
    'the index rose 3%',
    'closed at 38,450.10',
    'the $AAPL cashtag',
  ];
  it.each(negatives)('no money in %j', (text) => {
    expect(money(text)).toEqual([]);
  });
});

describe('findMoney in headlines and live blogs', () => {
  it.each([
    ['JAPAN UNVEILS 5 TRILLION YEN CHIP PACKAGE', 5e12, 'JPY'],
    ['Rs 500 crore', 5e9, 'INR'],
  ] as const)('%j', (text, amount, currency) => {
    const [m] = money(text);
    expect(m).toMatchObject({ amount, currency });
  });
  it('reads no money in a time followed by a capitalised word', () => {
    expect(money('- 11:00 Euro zone flash CPI')).toEqual([]);
  });
});
