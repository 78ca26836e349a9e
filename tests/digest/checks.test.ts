import { describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../src/digest/checks.js';

describe('consistencyProblems', () => {
  const cases: { figures: { level: number | null; changePercent: number | null; changePoints: number | null; direction: 'up' | 'down' | 'flat' | null }; problems: number }[] = [
    { figures: { level: 41002.3, changePercent: -0.8, changePoints: -312.45, direction: 'down' }, problems: 0 },
    { figures: { level: 38450.1, changePercent: 1.2, changePoints: 456.2, direction: 'up' }, problems: 0 },
    { figures: { level: 38450.1, changePercent: 3.5, changePoints: 456.2, direction: 'up' }, problems: 1 },
    { figures: { level: 8120.5, changePercent: -0.4, changePoints: null, direction: 'down' }, problems: 0 },
    { figures: { level: null, changePercent: 0.4, changePoints: null, direction: 'down' }, problems: 1 },
    { figures: { level: null, changePercent: -0.4, changePoints: 12, direction: 'down' }, problems: 1 },
    { figures: { level: 100, changePercent: 0, changePoints: 0, direction: 'flat' }, problems: 0 },
    { figures: { level: 53549.16, changePercent: null, changePoints: null, direction: 'up' }, problems: 0 },
  ];
  it.each(cases)('%j', ({ figures, problems }) => {
    expect(consistencyProblems(figures)).toHaveLength(problems);
  });
});
