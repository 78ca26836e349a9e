// Hostile inputs: each must finish and give a valid digest (schema, spans) with a sane result.
// Timing is not asserted here (scripts/adversarial-timings.mjs measures it); a hang fails the
// test by its timeout.
import { describe, expect, it } from 'vitest';
import { digestText } from '../../src/pipeline.js';
import type { DocumentDigest } from '../../src/digest/schema.js';
import { assertValidDigest } from './invariants.js';

const MB = 1 << 20;
const TIMEOUT = 60_000;

/** `unit` repeated to exactly n characters. */
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function digestValid(text: string, source: string): DocumentDigest {
  const doc = digestText(text, { source });
  assertValidDigest(doc, text);
  expect(doc.source).toBe(source);
  return doc;
}

const SENTENCE =
  "Japan's Nikkei share average jumped 1.8% to a record close of 41,276.35 on Tuesday, lifted by exporters after the yen weakened past 152 per dollar. ";

describe('hostile inputs finish with a valid digest', () => {
  it(
    '1 MB of "1,1,1,…": no index, percentage or money',
    () => {
      const doc = digestValid(fill('1,', MB), 'commas');
      expect(doc.indices).toEqual([]);
      expect(doc.percentages).toEqual([]);
      expect(doc.money).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    '1 MB of "%": no percentage without a number',
    () => {
      const doc = digestValid('%'.repeat(MB), 'percent-signs');
      expect(doc.percentages).toEqual([]);
      expect(doc.indices).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    '1 MB of ".": nothing extracted',
    () => {
      const doc = digestValid('.'.repeat(MB), 'dots');
      expect(doc.indices).toEqual([]);
      expect(doc.percentages).toEqual([]);
      expect(doc.money).toEqual([]);
      expect(doc.entities).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    '100,000 × "Nikkei ": one Nikkei 225 entry with no figures',
    () => {
      const doc = digestValid('Nikkei '.repeat(100_000), 'nikkei');
      expect(doc.indices).toHaveLength(1);
      expect(doc.indices[0]).toMatchObject({ name: 'Nikkei 225', futures: false, level: null, changePercent: null, changePoints: null });
      expect(doc.percentages).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    '100,000 × "rose ": no index, no percentage',
    () => {
      const doc = digestValid('rose '.repeat(100_000), 'rose');
      expect(doc.indices).toEqual([]);
      expect(doc.percentages).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a 10 MB single line of a repeated article sentence: the Nikkei fact, one 1.8% per sentence',
    () => {
      const repeats = Math.ceil((10 * MB) / SENTENCE.length);
      const doc = digestValid(SENTENCE.repeat(repeats), 'long-line');
      const nikkei = doc.indices.find((i) => i.name === 'Nikkei 225' && !i.futures);
      expect(nikkei).toMatchObject({ level: 41276.35, changePercent: 1.8, direction: 'up', record: true });
      expect(doc.percentages).toHaveLength(repeats);
      expect(doc.percentages.every((p) => p.value === 1.8 && p.text === '1.8%')).toBe(true);
    },
    2 * TIMEOUT,
  );

  it(
    '100,000 nested parentheses around an index move: the move is still read',
    () => {
      const text = '('.repeat(100_000) + 'The Nikkei rose 1.2% to 40,000.' + ')'.repeat(100_000);
      const doc = digestValid(text, 'parens');
      expect(doc.indices).toHaveLength(1);
      expect(doc.indices[0]).toMatchObject({ name: 'Nikkei 225', level: 40000, changePercent: 1.2, direction: 'up' });
      // and nothing from the bare parentheses
      const empty = digestValid('('.repeat(100_000) + ')'.repeat(100_000), 'parens-empty');
      expect(empty.indices).toEqual([]);
      expect(empty.entities).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'deep bullet nesting (50,000 "- " lines with growing indentation): the deepest bullet is read',
    () => {
      // indentation grows by one space per line, in runs of 1,000 lines (0..999 spaces)
      const lines: string[] = [];
      for (let i = 0; i < 50_000; i++) lines.push(' '.repeat(i % 1000) + '- point ' + i);
      lines.push(' '.repeat(1000) + '- The FTSE 100 rose 0.4% to 10,221.07.');
      const doc = digestValid(lines.join('\n'), 'bullets');
      expect(doc.indices).toHaveLength(1);
      expect(doc.indices[0]).toMatchObject({ name: 'FTSE 100', level: 10221.07, changePercent: 0.4, direction: 'up' });
    },
    TIMEOUT,
  );

  it(
    '1 MB of "$$$$": no money without an amount',
    () => {
      const doc = digestValid('$'.repeat(MB), 'dollars');
      expect(doc.money).toEqual([]);
      expect(doc.indices).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    '1 MB of "(TYO: " repeated: no ticker without a code, no figures',
    () => {
      const doc = digestValid(fill('(TYO: ', MB), 'tyo');
      expect(doc.entities.filter((e) => e.ticker !== null)).toEqual([]);
      expect(doc.indices).toEqual([]);
      expect(doc.percentages).toEqual([]);
      expect(doc.money).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a line of 200,000 capitalised words: entities with consistent counts, no index or money',
    () => {
      const words = ['Acme', 'Beta', 'Corp', 'Gamma', 'Inc', 'Delta', 'Holdings', 'Epsilon', 'Ltd', 'Zeta', 'Group'];
      const text = Array.from({ length: 200_000 }, (_, i) => words[i % words.length]).join(' ');
      const doc = digestValid(text, 'capitalised');
      expect(doc.indices).toEqual([]);
      expect(doc.money).toEqual([]);
      for (const e of doc.entities) {
        expect(e.count).toBe(e.spans.length);
        expect(e.text.length).toBeGreaterThan(0);
      }
      // at most one entity mention per word
      expect(doc.entities.reduce((n, e) => n + e.spans.length, 0)).toBeLessThanOrEqual(200_000);
    },
    TIMEOUT,
  );
});
