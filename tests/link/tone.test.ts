import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentTone, indexTone, isFearGauge, toneOf, VALENCES, VOCABULARY_SIZE } from '../../src/link/tone.js';

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

describe('indexTone and documentTone', () => {
  const none = { direction: null, record: false, fearGauge: false } as const;
  it('reads a table row by its move: no words, still a tone', () => {
    const row = 'NIKKEI 225  53,688.21  +637.44  +1.20%';
    expect(indexTone(row, [{ start: 0, end: row.length }], { ...none, direction: 'up' }).label).toBe('positive');
    expect(indexTone(row, [{ start: 0, end: row.length }], { ...none, direction: 'down' }).label).toBe('negative');
    expect(indexTone(row, [{ start: 0, end: row.length }], none).label).toBe('neutral');
  });
  it('counts a fear gauge the other way', () => {
    expect(isFearGauge('CBOE Volatility Index')).toBe(true);
    expect(isFearGauge('India VIX')).toBe(true);
    expect(isFearGauge('Nikkei 225')).toBe(false);
    const text = 'The VIX jumped 18%.';
    expect(indexTone(text, [{ start: 0, end: text.length }], { direction: 'up', record: false, fearGauge: true }).label).toBe('negative');
  });
  it('weighs the balance of moves in a document', () => {
    const text = 'Markets closed on Tuesday.';
    const s = [{ start: 0, end: text.length }];
    const up = { ...none, direction: 'up' } as const;
    const down = { ...none, direction: 'down' } as const;
    expect(documentTone(text, s, [up, up, up]).label).toBe('positive');
    expect(documentTone(text, s, [down, down, up]).label).toBe('negative');
    expect(documentTone(text, s, [up, down]).label).toBe('neutral');
  });
});

describe('toneOf reads the words of /[A-Za-z][A-Za-z\'-]*/ in each span', () => {
  // The scoring of the words, written out over the pattern's tokens: what toneOf must equal
  // whether it scans a span alone or takes the span's words from the document's list.
  const NEGATORS = new Set(['not', 'no', 'never', "n't", 'without', 'nor', 'hardly', 'barely']);
  const byPattern = (text: string, spans: { start: number; end: number }[]): number => {
    let sum = 0;
    let count = 0;
    for (const s of spans) {
      let negate = false;
      for (const m of text.slice(s.start, s.end).matchAll(/[A-Za-z][A-Za-z'-]*/g)) {
        const w = m[0].toLowerCase();
        const single = toneOf(w, [{ start: 0, end: w.length }]).score; // one word: its valence
        count++;
        sum += negate ? -single : single;
        negate = NEGATORS.has(w) || w.endsWith("n't");
      }
    }
    return count ? Math.round((sum / count) * 1000) / 1000 : 0;
  };
  const text = fc
    .array(fc.constantFrom('gains', 'losses', 'not', "didn't", 'soared', 'slumped', "investors'", 'rally-', 'x', '3%', ',', ' ', '--', "''"), { maxLength: 20 })
    .map((w) => w.join(' '));
  const spans = text.chain((t) => fc.array(fc.tuple(fc.nat(t.length), fc.nat(t.length)), { maxLength: 3 }).map((ps) => [t, ps.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))] as const));
  it('span by span, negation reset at each span', () => {
    fc.assert(
      fc.property(spans, ([t, ss]) => {
        expect(toneOf(t, ss).score).toBeCloseTo(byPattern(t, ss), 9);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1000) },
    );
  });
});
