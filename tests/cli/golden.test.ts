// Golden files: the text and Markdown digests of the sample article, compared byte for byte.
// After an intended change of output, rewrite them with
//   UPDATE_GOLDEN=1 npx vitest run tests/cli/golden.test.ts
// and read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
// Relative to the repository root (run's working directory), so the source shown is stable.
const SAMPLE = 'fixtures/samples/tokyo-close.txt';

function matchesGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (UPDATE) {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_GOLDEN=1 to create it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('golden files', () => {
  it('--format text --no-color on tokyo-close.txt', () => {
    const r = run(['--format', 'text', '--no-color', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    matchesGolden('tokyo-close.txt.golden', r.stdout);
  });

  it('--format markdown --date 2026-03-17 on tokyo-close.txt', () => {
    const r = run(['--format', 'markdown', '--date', '2026-03-17', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    matchesGolden('tokyo-close.md.golden', r.stdout);
  });
});
