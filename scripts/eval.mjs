#!/usr/bin/env node
// npm run eval: digests the annotated corpus with the built CLI (--format json) and prints
// precision, recall and F1 per field for dev/, holdout/ and both, the trap numbers reported
// as levels, and every miss with its document.
//   --check            exit 1 when any figure is worse than fixtures/corpus/baseline.json
//   --write-baseline   record the current figures as the baseline
//   --no-misses        print only the tables
//   --holdout-misses   also list the holdout misses (keep them unseen while writing rules)
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnnotationSchema } from '../dist/eval/annotation.js';
import { FIELDS, emptyScore, f1, scoreDocument } from '../dist/eval/score.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'fixtures', 'corpus');
const args = new Set(process.argv.slice(2));
const SETS = ['dev', 'holdout'];

function articles(set) {
  const dir = join(corpus, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.expected.json'))))
    .sort()
    .map((f) => join('fixtures', 'corpus', set, f));
}

function digest(files) {
  if (!files.length) return [];
  const r = spawnSync(process.execPath, [join(root, 'bin', 'marketdigest.js'), '--format', 'json', '--quiet', ...files], {
    cwd: root, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    throw new Error(`marketdigest exited ${r.status}`);
  }
  return JSON.parse(r.stdout).documents;
}

const results = {};
const all = emptyScore();
for (const set of SETS) {
  const files = articles(set);
  const score = emptyScore();
  for (const doc of digest(files)) {
    const expected = AnnotationSchema.parse(JSON.parse(readFileSync(join(root, doc.source.replace(/\.txt$/, '.expected.json')), 'utf8')));
    scoreDocument(score, doc.source, expected, doc);
    scoreDocument(all, doc.source, expected, doc);
  }
  results[set] = { articles: files.length, score };
}
results.all = { articles: results.dev.articles + results.holdout.articles, score: all };

const figures = {};
for (const [name, { articles: n, score }] of Object.entries(results)) {
  const f = { articles: n, trapLevels: score.trapLevels, entityTypeAccuracy: score.entityTypes.total ? score.entityTypes.right / score.entityTypes.total : 1 };
  for (const field of FIELDS) f[field] = f1(score.fields[field]);
  figures[name] = f;
}

if (!args.has('--no-misses')) {
  console.log('Misses (document: field — expected → actual)');
  const showHoldout = args.has('--holdout-misses');
  for (const m of all.misses) {
    if (!showHoldout && m.source.includes('/holdout/')) continue;
    console.log(`  ${m.source}: ${m.field} — ${m.expected} → ${m.actual}`);
  }
  if (!showHoldout) console.log(`  (${results.holdout.score.misses.length} holdout misses not listed; --holdout-misses lists them)`);
  console.log('');
}
const pct = (x) => (x * 100).toFixed(1).padStart(6);
console.log(`${'field'.padEnd(16)}${SETS.concat('all').map((s) => `${s} (${figures[s].articles})`.padStart(24)).join('')}`);
console.log(`${''.padEnd(16)}${SETS.concat('all').map(() => '     P      R     F1'.padStart(24)).join('')}`);
for (const field of FIELDS) {
  const cells = SETS.concat('all').map((s) => {
    const v = figures[s][field];
    return `${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}`.padStart(24);
  });
  console.log(`${field.padEnd(16)}${cells.join('')}`);
}
console.log(`${'entity types'.padEnd(16)}${SETS.concat('all').map((s) => `${pct(figures[s].entityTypeAccuracy)}%`.padStart(24)).join('')}`);
console.log(`${'trap levels'.padEnd(16)}${SETS.concat('all').map((s) => String(figures[s].trapLevels).padStart(24)).join('')}`);

const baselinePath = join(corpus, 'baseline.json');
if (args.has('--write-baseline')) {
  writeFileSync(baselinePath, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nbaseline written to ${baselinePath}`);
}
if (args.has('--check')) {
  const baseline = JSON.parse(readFileSync(baselinePath, 'utf8'));
  const worse = [];
  for (const set of Object.keys(baseline)) {
    for (const field of FIELDS) {
      const was = baseline[set][field]?.f1;
      const now = figures[set]?.[field]?.f1;
      if (was !== undefined && now !== undefined && now < was - 0.0005) worse.push(`${set} ${field} F1 ${pct(was)} → ${pct(now)}`);
    }
    if ((figures[set]?.trapLevels ?? 0) > baseline[set].trapLevels) worse.push(`${set} trap levels ${baseline[set].trapLevels} → ${figures[set].trapLevels}`);
    if ((figures[set]?.entityTypeAccuracy ?? 1) < baseline[set].entityTypeAccuracy - 0.0005) worse.push(`${set} entity types worse`);
  }
  if (worse.length) {
    console.log(`\neval gate: worse than the baseline:\n  ${worse.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\neval gate: no figure worse than the baseline');
}
