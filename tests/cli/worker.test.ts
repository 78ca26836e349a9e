// Which of a worker's waiting jobs it runs together: up to JOBS_AT_ONCE, never past one that is
// to run alone (a job a dead worker held), which runs by itself.
import { describe, expect, it } from 'vitest';
import { JOBS_AT_ONCE } from '../../src/cli/job.js';
import { takeJobs } from '../../src/cli/worker.js';

const jobs = (pattern: string) => [...pattern].map((c, id) => ({ id, alone: c === 'a' }));

describe('takeJobs', () => {
  it.each([
    ['', [[]]],
    ['bbb', [[0, 1, 2], []]],
    ['abb', [[0], [1, 2], []]],
    ['bbabb', [[0, 1], [2], [3, 4], []]],
    ['aab', [[0], [1], [2], []]],
  ])('%s (b: batched, a: alone) is taken as %j', (pattern, takes) => {
    const queue = jobs(pattern);
    expect(takes.map(() => takeJobs(queue).map((j) => j.id))).toEqual(takes);
  });

  it('takes JOBS_AT_ONCE at most', () => {
    const queue = jobs('b'.repeat(JOBS_AT_ONCE + 3));
    expect(takeJobs(queue)).toHaveLength(JOBS_AT_ONCE);
    expect(takeJobs(queue)).toHaveLength(3);
  });
});
