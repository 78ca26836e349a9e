// The phrase and record patterns run only on stretches where one of their phrases starts: the
// shortcut must never hide a match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionPhrases, findDirection } from '../../src/link/direction.js';
import { hasRecord, recordWords } from '../../src/link/record.js';
import { wordsIn } from '../../src/link/words.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 2000);
const words = fc
  .array(fc.constantFrom('pared', 'losses', 'in', 'the', 'red', 'Red', 'IN', 'record', 'Record', 'high', 'all-time', 'lifetime', 'peak', 'low', 'x', 'Berlin', ',', ' '), { maxLength: 24 })
  .map((w) => w.join(' '));
const stretch = words.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([s, a, b]) => [s, Math.min(a, b), Math.max(a, b)] as const));

describe('Occurrences', () => {
  it('direction phrases: a stretch skipped holds none the pattern would find', () => {
    fc.assert(
      fc.property(stretch, ([t, s, e]) => {
        const w = wordsIn(t, 0, t.length);
        expect(findDirection(t, w, s, e, directionPhrases(t))).toEqual(findDirection(t, w, s, e));
      }),
      { numRuns },
    );
  });
  it('record words: likewise', () => {
    fc.assert(
      fc.property(stretch, ([t, s, e]) => {
        expect(hasRecord(t, s, e, recordWords(t))).toBe(hasRecord(t, s, e));
      }),
      { numRuns },
    );
  });
});
