import { describe, expect, it } from 'vitest';
import { toneOf, VALENCES, VOCABULARY_SIZE } from '../../src/link/tone.js';

const whole = (t: string) => toneOf(t, [{ start: 0, end: t.length }]);

describe('toneOf', () => {
  it('reads a real vocabulary (natural 8.1.1 loads an empty one under the financial name)', () => {
    expect(Object.keys(VALENCES).length).toBeGreaterThan(3000);
    expect(VOCABULARY_SIZE).toBeGreaterThan(3000);
    expect(VALENCES.gains).toBeGreaterThan(0);
    expect(VALENCES.losses).toBeLessThan(0);
  });

  const cases: [string, 'positive' | 'negative' | 'neutral'][] = [
    ['Stocks soared to a record as optimism returned.', 'positive'],
    ['The index rallied on strong gains.', 'positive'],
    ['Shares plunged amid crisis fears and heavy losses.', 'negative'],
    ['The market slumped as investors fled.', 'negative'],
    ['The index closed on Tuesday.', 'neutral'],
    ['Stocks did not rally.', 'negative'],
    ['', 'neutral'],
  ];
  it.each(cases)('%j is %s', (text, label) => {
    expect(whole(text).label).toBe(label);
  });
});
