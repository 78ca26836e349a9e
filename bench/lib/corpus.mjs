// The bench corpus: the annotated dev articles and the samples, repeated in a fixed order until
// the wanted size. The same plan is written to disk (directories, one stream) for the CLI and
// rebuilt in memory for the in-process stages and the peers, so every measurement reads the
// same articles in the same order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MB = 1e6; // MB in this bench are 10^6 bytes, and MB/s likewise.

/** The distinct articles, in a stable order: fixtures/corpus/dev/*.txt, then fixtures/samples/*.txt. */
export function fixtureArticles(root) {
  const out = [];
  for (const dir of ['fixtures/corpus/dev', 'fixtures/samples']) {
    const abs = join(root, dir);
    for (const name of readdirSync(abs).filter((n) => n.endsWith('.txt')).sort()) {
      out.push({ name, bytes: readFileSync(join(abs, name)) });
    }
  }
  if (out.length === 0) throw new Error(`no .txt articles under ${root}/fixtures`);
  return out;
}

/** The articles repeated for ever, in the corpus order: { rep, index, name, bytes }. */
export function* repeatedArticles(articles) {
  for (let rep = 0; ; rep++) for (const [index, a] of articles.entries()) yield { rep, index, name: a.name, bytes: a.bytes };
}

/**
 * Articles repeated until the total reaches `targetBytes`: one entry per file, with the
 * repetition it belongs to. A plan for a smaller size is a prefix of a plan for a larger one,
 * and of the NDJSON stream (bench/lib/ndjson-gen.mjs), which follows the same order.
 */
export function corpusPlan(articles, targetBytes) {
  const plan = [];
  let total = 0;
  for (const e of repeatedArticles(articles)) {
    if (total >= targetBytes) break;
    plan.push({ rep: e.rep, name: e.name, bytes: e.bytes });
    total += e.bytes.length;
  }
  return { plan, bytes: total, reps: plan.length ? plan[plan.length - 1].rep + 1 : 0 };
}

/** Relative path of a plan entry inside a corpus directory: r00000/a-01-....txt */
export const entryPath = (e) => join(`r${String(e.rep).padStart(5, '0')}`, e.name);
