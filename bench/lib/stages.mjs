// Per-stage throughput, in process: imports the built modules from dist/ and times each stage of
// the pipeline over the corpus documents (the same articles, in the same order, as the corpus
// directory the CLI reads). Run by bench/run.mjs in a child process of its own:
//   node bench/lib/stages.mjs <project root> <corpus bytes> <result.json>
// Documents go through in batches, each stage over the whole batch before the next stage, so the
// live heap stays about as small as the CLI's while each stage runs in a tight loop.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusPlan, entryPath, fixtureArticles, MB } from './corpus.mjs';

const [root, bytesArg, outFile] = process.argv.slice(2);
const target = Number(bytesArg);
const batchSize = Number(process.env.BENCH_STAGE_BATCH || 256);
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;

const { decode, normalize } = await import(dist('text/decode.js'));
const { segment } = await import(dist('text/segment.js'));
const { extract } = await import(dist('extract/index.js'));
const { link } = await import(dist('link/index.js'));
const { buildDocument } = await import(dist('digest/build.js'));
const { renderNdjsonLine } = await import(dist('render/json.js'));
// Optional: the CLI validates every document against the zod contract before writing it, and
// passes one compiled lexicon to every document. Both are timed when the build has them.
const optional = async (p) => import(dist(p)).catch(() => ({}));
const { DocumentDigestSchema } = await optional('digest/schema.js');
const { compileLexicon } = await optional('extract/lexicon.js');

const articles = fixtureArticles(root);
const { plan, bytes } = corpusPlan(articles, target);

let t = performance.now();
const lexicon = compileLexicon ? compileLexicon() : undefined;
const lexiconMs = performance.now() - t;

const now = () => performance.now();
const stages = ['decode', 'normalize', 'segment', 'extract', 'link', 'digest', 'validate', 'render'];
const ms = Object.fromEntries(stages.map((s) => [s, 0]));
let outBytes = 0;
let failed = 0;
let facts = { indices: 0, percentages: 0, money: 0, entities: 0 };

function runBatch(entries, timed) {
  const add = (stage, t0) => {
    if (timed) ms[stage] += now() - t0;
  };
  let t0 = now();
  const texts = entries.map((e) => {
    const r = decode(e.bytes);
    if (!r.ok) failed++;
    return r.ok ? r.text : '';
  });
  add('decode', t0);
  t0 = now();
  const norms = texts.map((x) => normalize(x));
  add('normalize', t0);
  t0 = now();
  const segs = norms.map((n) => segment(n));
  add('segment', t0);
  t0 = now();
  const exts = norms.map((n, i) => extract(n, segs[i], lexicon));
  add('extract', t0);
  t0 = now();
  const fx = norms.map((n, i) => link(n, segs[i], exts[i]));
  add('link', t0);
  t0 = now();
  let docs = norms.map((norm, i) =>
    buildDocument({ source: entryPath(entries[i]), text: texts[i], norm, segmentation: segs[i], extraction: exts[i], facts: fx[i] }),
  );
  add('digest', t0);
  if (DocumentDigestSchema) {
    t0 = now();
    docs = docs.map((d) => DocumentDigestSchema.parse(d));
    add('validate', t0);
  }
  t0 = now();
  const lines = docs.map((d) => renderNdjsonLine(d));
  add('render', t0);
  if (timed) {
    for (const l of lines) outBytes += Buffer.byteLength(l);
    for (const d of docs) {
      facts.indices += d.indices.length;
      facts.percentages += d.percentages.length;
      facts.money += d.money.length;
      facts.entities += d.entities.length;
    }
  }
}

// Warm-up on the distinct articles (not timed), as a long CLI run is warm after its first files.
const warm = articles.map((a) => ({ rep: 0, name: a.name, bytes: a.bytes }));
for (let i = 0; i < 3; i++) runBatch(warm, false);

const t0 = now();
for (let i = 0; i < plan.length; i += batchSize) runBatch(plan.slice(i, i + batchSize), true);
const wallMs = now() - t0;

const mbps = (m) => (m > 0 ? bytes / MB / (m / 1000) : null);
const result = {
  bytes,
  documents: plan.length,
  batchSize,
  lexiconCompileMs: compileLexicon ? lexiconMs : null,
  validated: Boolean(DocumentDigestSchema),
  failedDecodes: failed,
  outputBytes: outBytes,
  facts,
  stages: Object.fromEntries(
    stages.filter((s) => s !== 'validate' || DocumentDigestSchema).map((s) => [s, { ms: ms[s], mbps: mbps(ms[s]) }]),
  ),
  totalStageMs: Object.values(ms).reduce((a, b) => a + b, 0),
  wallMs,
  maxRssKB: process.resourceUsage().maxRSS,
};
result.totalMbps = mbps(result.totalStageMs);
writeFileSync(outFile, JSON.stringify(result));
