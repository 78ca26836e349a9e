// Every module-level pattern of the pipeline, the input layer and the renderers, checked by a
// maintained ReDoS detector (recheck). A pattern it finds vulnerable fails the test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import '../src/pipeline.js';
import '../src/cli/run.js';
import '../src/eval/score.js';
import { registeredPatterns } from '../src/patterns.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Patterns recheck calls polynomial although each match attempt is bounded: a name is a run of
 * at most seven capitalised words, and a run may only start where no name character precedes
 * it, so a scan costs at most seven words per word of text. Measured with recheck's own attack
 * strings scaled 5k→40k repetitions: time doubles with length (scripts/adversarial-timings.mjs
 * measures whole inputs). Any other pattern the checker finds vulnerable fails the test.
 */
const BOUNDED_RUNS = new Set([
  'extract/companies:SUFFIXED',
  'extract/companies:WORD_ENDED',
  'extract/companies:BEFORE_TICKER',
  'extract/companies:MOVED',
  'extract/organizations:NAMED_ACRONYM',
]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('patterns', () => {
  it('registers every module-level pattern', () => {
    const unregistered = sources(SRC)
      .filter((f) => !f.includes('/eval/'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => /^const [A-Z_]+ = (?:\/|new RegExp)/.test(l)).map((l) => `${f}: ${l}`));
    expect(unregistered).toEqual([]);
    expect(registeredPatterns().length).toBeGreaterThanOrEqual(45);
  });

  const all = registeredPatterns();
  it.each(all.map((p) => [p.name, p.pattern] as const))('%s runs in linear time', async (name, re) => {
    const result = await check(re.source, re.flags, { timeout: 8000 });
    // "unknown" means the checker gave up on a very large alternation; only a proven
    // vulnerability fails, with the attack string it found.
    if (result.status === 'vulnerable') {
      const bounded = BOUNDED_RUNS.has(name) && result.complexity.type === 'polynomial';
      if (!bounded) throw new Error(`vulnerable: ${result.complexity.type}; attack: ${JSON.stringify(result.attack.string.slice(0, 80))}`);
      return;
    }
    expect(['safe', 'unknown']).toContain(result.status);
  }, 20000);

  it('keeps the allowance for bounded runs to patterns that exist', () => {
    const names = new Set(all.map((p) => p.name));
    for (const n of BOUNDED_RUNS) expect(names.has(n)).toBe(true);
  });
});
