#!/usr/bin/env node
// Two builds of marketdigest side by side, in one process: each digests the corpus articles
// (the bench's, in its order) in turn, the order swapped every round, so both see the same
// machine. Separate runs drift on a shared machine by more than most changes are worth.
//   node bench/compare.mjs <root A> <root B> [rounds]
// A root is a project checkout with dist/ built (git worktree or `git archive REV | tar -x`,
// then `npm ci` or a node_modules link, and `npm run build`). Prints µs per article for each
// and A's time ÷ B's; the first tenth of the rounds warms up and is not counted. Each build's
// digests are compared too: any article whose JSON differs is named.
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fixtureArticles } from './lib/corpus.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  process.stderr.write('usage: node bench/compare.mjs <root A> <root B> [rounds]\n');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 40);
if (!Number.isInteger(rounds) || rounds < 2) {
  process.stderr.write(`compare: rounds must be a whole number ≥ 2, not ${roundsArg}\n`);
  process.exit(2);
}
const here = resolve(fileURLToPath(new URL('..', import.meta.url)));
const articles = fixtureArticles(here).map((x) => ({ name: x.name, text: x.bytes.toString('utf8') }));

async function build(root) {
  let lib;
  try {
    lib = await import(pathToFileURL(join(resolve(root), 'dist', 'index.js')).href);
  } catch (err) {
    process.stderr.write(`compare: ${root}: cannot load dist/index.js (${String(err?.message ?? err).split('\n')[0]})\n`);
    process.exit(1);
  }
  if (typeof lib.digestText !== 'function') {
    process.stderr.write(`compare: ${root}: dist/index.js exports no digestText\n`);
    process.exit(1);
  }
  return { root, lib, lexicon: typeof lib.compileLexicon === 'function' ? lib.compileLexicon() : undefined, ms: 0 };
}
const builds = [await build(a), await build(b)];

const differ = articles.filter((x) => {
  const [da, db] = builds.map((s) => JSON.stringify(s.lib.digestText(x.text, { source: x.name, lexicon: s.lexicon })));
  return da !== db;
});

const warm = Math.max(1, Math.floor(rounds / 10));
for (let r = 0; r < rounds; r++) {
  for (const s of r % 2 ? builds : [...builds].reverse()) {
    const t = performance.now();
    for (const x of articles) s.lib.digestText(x.text, { source: x.name, lexicon: s.lexicon });
    if (r >= warm) s.ms += performance.now() - t;
  }
}
const counted = (rounds - warm) * articles.length;
for (const s of builds) console.log(`${s.root}: ${((s.ms * 1000) / counted).toFixed(0)} µs an article`);
console.log(`A ÷ B: ${(builds[0].ms / builds[1].ms).toFixed(2)} (${articles.length} articles × ${rounds - warm} rounds)`);
console.log(differ.length ? `digests differ on ${differ.length}: ${differ.map((x) => x.name).join(', ')}` : 'digests identical on every article');
