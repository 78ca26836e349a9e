import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/decode.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { findPercentages } from '../../src/extract/percentages.js';

function percents(text: string) {
  const norm = normalize(text);
  return findPercentages(norm, findNumbers(norm));
}

describe('findPercentages', () => {
  const cases: { text: string; span: string; value: number; points?: boolean; approx?: boolean }[] = [
    { text: 'rose 3% on', span: '3%', value: 3 },
    { text: 'rose 3 percent on', span: '3 percent', value: 3 },
    { text: 'rose 3 per cent on', span: '3 per cent', value: 3 },
    { text: 'slid 2pc yesterday', span: '2pc', value: 2 },
    { text: 'AMZN -1.76%', span: '-1.76%', value: -1.76 },
    { text: 'AMD +0.25%', span: '+0.25%', value: 0.25 },
    { text: 'the index (\u22120.6%)', span: '\u22120.6%', value: -0.6 },
    { text: 'fell 0.8 Percent', span: '0.8 Percent', value: 0.8 },
    { text: 'up 1.35 pct', span: '1.35 pct', value: 1.35 },
    { text: 'rates toward 1.0%', span: '1.0%', value: 1 },
    { text: 'soared nearly 3%', span: '3%', value: 3, approx: true },
    { text: 'a 0.5 percentage point cut', span: '0.5 percentage point', value: 0.5, points: true },
    { text: 'widened 25 percentage points', span: '25 percentage points', value: 25, points: true },
    { text: 'down 0.4 per cent.', span: '0.4 per cent', value: 0.4 },
    { text: 'a 10% correction', span: '10%', value: 10 },
    { text: 'yield at 4.25 %', span: '4.25 %', value: 4.25 },
  ];
  it.each(cases)('$text', ({ text, span, value, points = false, approx = false }) => {
    const [p] = percents(text);
    expect(p).toBeDefined();
    expect(text.slice(p!.start, p!.end)).toBe(span);
    expect(p!.value).toBeCloseTo(value, 6);
    expect(p!.points).toBe(points);
    expect(p!.approx).toBe(approx);
  });

  const negatives = ['25 basis points', '3 pcs of cake', 'the 100 index', 'percentile 3', '5 percentile'];
  it.each(negatives)('no percentage in %j', (text) => {
    expect(percents(text)).toEqual([]);
  });
});
