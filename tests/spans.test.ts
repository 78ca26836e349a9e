// Span lookups: the claimed-characters table every stage that keeps non-overlapping spans uses.
import { describe, expect, it } from 'vitest';
import { Coverage } from '../src/spans.js';

describe('Coverage', () => {
  const cases: { added: [number, number][]; asked: [number, number]; overlaps: boolean }[] = [
    { added: [], asked: [0, 5], overlaps: false },
    { added: [[2, 4]], asked: [0, 2], overlaps: false },
    { added: [[2, 4]], asked: [4, 9], overlaps: false },
    { added: [[2, 4]], asked: [3, 9], overlaps: true },
    { added: [[2, 4]], asked: [0, 3], overlaps: true },
    { added: [[2, 4], [6, 8]], asked: [4, 6], overlaps: false },
    { added: [[2, 4], [6, 8]], asked: [1, 9], overlaps: true },
  ];
  it.each(cases)('$added claimed, $asked: overlaps $overlaps', ({ added, asked, overlaps }) => {
    const taken = new Coverage(10);
    for (const [start, end] of added) taken.add({ start, end });
    expect(taken.overlaps({ start: asked[0], end: asked[1] })).toBe(overlaps);
  });

  it('starts empty however much the one before it claimed, and grows for a longer text', () => {
    const before = new Coverage(10);
    before.add({ start: 0, end: 10 });
    const next = new Coverage(5000);
    expect(next.overlaps({ start: 0, end: 5000 })).toBe(false);
    next.add({ start: 4990, end: 5000 });
    expect(next.overlaps({ start: 4999, end: 5000 })).toBe(true);
    expect(next.overlaps({ start: 0, end: 4990 })).toBe(false);
  });

  it('refuses to be used once a newer one exists, rather than answer wrongly', () => {
    const older = new Coverage(10);
    older.add({ start: 0, end: 3 });
    new Coverage(10);
    expect(() => older.overlaps({ start: 0, end: 1 })).toThrow(/newer/);
    expect(() => older.add({ start: 5, end: 6 })).toThrow(/newer/);
  });

  it('goes on working after its marks wrap around, and a long text has a table of its own', () => {
    let last = new Coverage(100);
    last.add({ start: 0, end: 100 });
    // More Coverages than a mark can number.
    for (let k = 0; k < 70000; k++) last = new Coverage(100);
    expect(last.overlaps({ start: 0, end: 100 })).toBe(false);
    last.add({ start: 10, end: 20 });
    expect(last.overlaps({ start: 19, end: 30 })).toBe(true);
    const long = new Coverage(3_000_000);
    long.add({ start: 2_999_990, end: 3_000_000 });
    const short = new Coverage(50);
    expect(short.overlaps({ start: 0, end: 50 })).toBe(false);
    // Its own table: a newer Coverage does not touch it.
    expect(long.overlaps({ start: 2_999_999, end: 3_000_000 })).toBe(true);
    expect(long.overlaps({ start: 0, end: 2_999_990 })).toBe(false);
  });
});
