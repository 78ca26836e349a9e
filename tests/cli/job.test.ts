// The job processor takes several jobs at once and digests them together: each outcome is the
// one the job would get alone, in the jobs' order, failures included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processor, type Job, type JobSpec } from '../../src/cli/job.js';
import { compileLexicon } from '../../src/extract/lexicon.js';
import { plain } from '../../src/render/style.js';

const dir = mkdtempSync(join(tmpdir(), 'md-job-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): Job => {
  writeFileSync(join(dir, name), text);
  return { kind: 'path', source: join(dir, name) };
};
const spec: JobSpec = { format: 'ndjson', merge: false, verbose: false, filter: {}, maxBytes: 1 << 20, textField: 'text' };

describe('processor', () => {
  const jobs: Job[] = [
    file('a.txt', 'The Nikkei 225 rose 1.2% to 38,450.10.'),
    { kind: 'path', source: join(dir, 'missing.txt') },
    { kind: 'line', path: 'feed.ndjson', line: 3, text: '{"id":"x1","text":"The FTSE 100 fell 0.4%."}' },
    { kind: 'line', path: 'feed.ndjson', line: 4, text: '{"id": 5' },
    // More text than one batch digests at once: the batch is cut before and after it.
    file('big.txt', 'The DAX rose 1% to 24,100 on Monday. '.repeat(8000)),
    file('b.txt', 'The Kospi slipped 0.3%.'),
    file('empty.txt', ''),
  ];

  it('gives each job, in order, the outcome it gets alone', async () => {
    const run = processor(spec, compileLexicon(), plain);
    const together = await run(jobs);
    const alone = await Promise.all(jobs.map(async (j) => (await run([j]))[0]));
    expect(together).toEqual(alone);
    expect(together.map((o) => o.ok)).toEqual([true, false, true, false, true, true, true]);
    expect(together[1]).toEqual({ ok: false, source: join(dir, 'missing.txt'), reason: 'no such file or directory' });
    expect(together.map((o) => o.source)).toEqual([join(dir, 'a.txt'), join(dir, 'missing.txt'), 'x1', 'feed.ndjson:4', join(dir, 'big.txt'), join(dir, 'b.txt'), join(dir, 'empty.txt')]);
  });

  it('of no jobs is no outcomes', async () => {
    expect(await processor(spec, compileLexicon(), plain)([])).toEqual([]);
  });
});
