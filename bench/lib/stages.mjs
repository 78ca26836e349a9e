// Per-stage throughput, in process: imports the built modules from dist/ and times each stage of
// the pipeline over the corpus documents (the same articles, in the same order, as the corpus
// directory the CLI reads). Run by bench/run.mjs in a child process of its own:
//   node bench/lib/stages.mjs <project root> <corpus bytes> <result.json>
// Documents go through in batches, each stage over the whole batch before the next stage, so the
// live heap stays about as small as the CLI's while each stage runs in a tight loop.
//
// Stages: decode (bytes → text, then the same-length normalised view), segment, extract, link,
// digest (buildDocument), validate (the check the CLI does before writing), render
// (renderNdjsonLine). Validation is timed with the compiled checker when the build has one
// (checkDocument from dist/digest/check.js), else with the zod contract
// (DocumentDigestSchema.parse from dist/digest/schema.js); the result names which.
// BENCH_VALIDATOR=check|zod|none forces one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusPlan, entryPath, fixtureArticles, MB } from './corpus.mjs';

const [root, bytesArg, outFile] = process.argv.slice(2);
const target = Number(bytesArg);
const batchSize = Number(process.env.BENCH_STAGE_BATCH || 256);
const dist = (p) => pathToFileURL(join(root, 'dist', p)).href;

/** A module the harness needs, with the functions it must export; a clear reason otherwise. */
async function need(path, names) {
  let m;
  try {
    m = await import(dist(path));
  } catch (err) {
    throw new Error(`cannot import dist/${path}: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
  }
  for (const n of names) if (typeof m[n] !== 'function') throw new Error(`dist/${path} exports no function ${n}`);
  return m;
}
/** A module that may be absent: its exports, or {} and the reason. */
async function optional(path) {
  try {
    return { module: await import(dist(path)), reason: null };
  } catch (err) {
    // Absent is "Cannot find module '<this file>'"; a module that is there but fails to load names another.
    const absent = err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes(`'${join(root, 'dist', path)}'`);
    return { module: {}, reason: absent ? `dist/${path} is absent` : `dist/${path} does not load: ${String(err?.message ?? err).split('\n')[0]}` };
  }
}

async function main() {
  const { decode, normalize } = await need('text/decode.js', ['decode', 'normalize']);
  const { segment } = await need('text/segment.js', ['segment']);
  const { extract } = await need('extract/index.js', ['extract']);
  const { link } = await need('link/index.js', ['link']);
  const { buildDocument } = await need('digest/build.js', ['buildDocument']);
  const { renderNdjsonLine } = await need('render/json.js', ['renderNdjsonLine']);
  // The CLI passes one compiled lexicon to every document; compiled here once, as it does.
  const { compileLexicon } = (await optional('extract/lexicon.js')).module;

  // Validation: the compiled checker if the build has one, else zod.
  const check = await optional('digest/check.js');
  const zod = await optional('digest/schema.js');
  const forced = process.env.BENCH_VALIDATOR || 'auto';
  const notes = [];
  let validator = null; // { name, module, run(doc) → { ok, document?, reason? } }
  if ((forced === 'auto' || forced === 'check') && typeof check.module.checkDocument === 'function') {
    const fn = check.module.checkDocument;
    validator = {
      name: 'checkDocument (compiled checker)',
      module: 'dist/digest/check.js',
      run(doc) {
        // Accepts the shapes such a checker may return: true/undefined, false, the document,
        // { ok | success | valid: boolean, errors?, document | value | data? }; a throw is a rejection.
        const r = fn(doc);
        if (r === true || r === undefined || r === null) return { ok: true, document: doc };
        if (r === false) return { ok: false, reason: 'returned false' };
        if (typeof r === 'object') {
          const flag = r.ok ?? r.success ?? r.valid;
          const errors = Array.isArray(r.errors) ? r.errors : Array.isArray(r.issues) ? r.issues : null;
          if (flag === false || (flag === undefined && errors?.length)) return { ok: false, reason: JSON.stringify(errors?.[0] ?? r.reason ?? r.error ?? r).slice(0, 200) };
          const d = r.document ?? r.value ?? r.data ?? (Array.isArray(r.indices) ? r : doc);
          return { ok: true, document: d };
        }
        return { ok: true, document: doc };
      },
    };
  } else {
    if (forced === 'check') notes.push(`BENCH_VALIDATOR=check, but ${check.reason ?? 'dist/digest/check.js exports no checkDocument'}`);
    else if (forced === 'auto') notes.push(check.reason ?? 'dist/digest/check.js exports no checkDocument');
  }
  if (!validator && forced !== 'none' && typeof zod.module.DocumentDigestSchema?.parse === 'function') {
    const schema = zod.module.DocumentDigestSchema;
    validator = { name: 'DocumentDigestSchema.parse (zod)', module: 'dist/digest/schema.js', run: (doc) => ({ ok: true, document: schema.parse(doc) }) };
  } else if (!validator && forced !== 'none') notes.push(zod.reason ?? 'dist/digest/schema.js exports no DocumentDigestSchema');
  if (forced === 'none') notes.push('BENCH_VALIDATOR=none');

  const articles = fixtureArticles(root);
  const { plan, bytes } = corpusPlan(articles, target);

  let t = performance.now();
  const lexicon = compileLexicon ? compileLexicon() : undefined;
  const lexiconMs = performance.now() - t;

  const now = () => performance.now();
  // Raw timers; decode is reported as bytes → text plus normalize.
  const timers = ['bytesToText', 'normalize', 'segment', 'extract', 'link', 'digest', 'validate', 'render'];
  const ms = Object.fromEntries(timers.map((s) => [s, 0]));
  let outBytes = 0;
  let failed = 0;
  const rejected = { count: 0, first: null };
  const facts = { indices: 0, percentages: 0, money: 0, entities: 0 };

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
    add('bytesToText', t0);
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
    if (validator) {
      t0 = now();
      docs = docs.map((d) => {
        let r;
        try {
          r = validator.run(d);
        } catch (err) {
          r = { ok: false, reason: err instanceof Error ? err.message.split('\n')[0].slice(0, 200) : String(err) };
        }
        if (!r.ok && timed) {
          rejected.count++;
          rejected.first ??= r.reason;
        }
        return r.ok ? r.document : d;
      });
      add('validate', t0);
    }
    t0 = now();
    const lines = docs.map((d) => renderNdjsonLine(d));
    add('render', t0);
    if (timed) {
      for (const l of lines) outBytes += Buffer.byteLength(l);
      for (const d of docs) {
        facts.indices += d.indices?.length ?? 0;
        facts.percentages += d.percentages?.length ?? 0;
        facts.money += d.money?.length ?? 0;
        facts.entities += d.entities?.length ?? 0;
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
  const totalStageMs = Object.values(ms).reduce((a, b) => a + b, 0);
  const stage = (m, extra = {}) => ({ ms: m, mbps: mbps(m), share: totalStageMs ? m / totalStageMs : null, ...extra });
  const stages = {
    decode: stage(ms.bytesToText + ms.normalize, {
      parts: { bytesToText: stage(ms.bytesToText), normalize: stage(ms.normalize) },
    }),
    segment: stage(ms.segment),
    extract: stage(ms.extract),
    link: stage(ms.link),
    digest: stage(ms.digest),
    ...(validator ? { validate: stage(ms.validate, { validator: validator.name, module: validator.module }) } : {}),
    render: stage(ms.render),
  };
  return {
    ok: true,
    bytes,
    documents: plan.length,
    batchSize,
    lexiconCompileMs: compileLexicon ? lexiconMs : null,
    validated: Boolean(validator),
    validator: validator ? { name: validator.name, module: validator.module } : null,
    validatorNotes: notes,
    rejectedByValidator: rejected,
    failedDecodes: failed,
    outputBytes: outBytes,
    facts,
    stages,
    totalStageMs,
    totalMbps: mbps(totalStageMs),
    wallMs,
    maxRssKB: process.resourceUsage().maxRSS,
  };
}

let result;
try {
  result = await main();
} catch (err) {
  result = { ok: false, reason: err instanceof Error ? err.message.split('\n')[0] : String(err) };
}
writeFileSync(outFile, JSON.stringify(result));
