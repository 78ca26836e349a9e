// What a run does once the options are parsed: read inputs one by one, digest, write as each
// document completes. Loaded only when there is work to do, so --version and --help stay fast.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Chalk, supportsColor } from 'chalk';
import { assertDigest } from '../digest/check.js';
import type { DocumentDigest } from '../digest/schema.js';
import { SCHEMA_VERSION } from '../digest/schema-version.js';
import { canonicalIndexNames, filterDocument, keepIndex, type IndexFilter } from '../digest/filter.js';
import { mergeDocuments } from '../digest/merge.js';
import { loadConfig } from '../input/config.js';
import { digestTexts, listInputs, readNdjsonTexts, readPaths } from '../input/files.js';
import { DigestPool, inOrder } from './pool.js';
import { csvHeader, csvMergedRows, csvRows } from '../render/csv.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { jsonSafe, terminalSafe } from '../render/sanitize.js';
import { plain, type Styler } from '../render/style.js';
import { renderDocument, renderSummary } from '../render/text.js';
import { EXIT_USAGE, exitCode } from './exit-code.js';
import type { Options } from './options.js';
import { atomicFileOutput, stdoutOutput, type Output } from './output.js';
import { progressFor } from './progress.js';

function usage(message: string): number {
  process.stderr.write(`marketdigest: ${message}\n`);
  return EXIT_USAGE;
}

export async function run(files: string[], options: Options): Promise<number> {
  const warn = (source: string, message: string): void => {
    if (!options.quiet) process.stderr.write(`marketdigest: ${terminalSafe(source)}: warning: ${message}\n`);
  };
  const fail = (source: string, reason: string): void => {
    process.stderr.write(`marketdigest: ${terminalSafe(source)}: ${reason}\n`);
  };
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) return usage(`--date takes YYYY-MM-DD, not '${terminalSafe(options.date)}'`);
  const config = loadConfig(options.config, process.cwd(), process.env);
  if (!config.ok) return usage(`config ${terminalSafe(config.path)}: ${config.reason}`);
  if (options.output !== undefined) {
    const dir = dirname(options.output);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return usage(`-o ${terminalSafe(options.output)}: directory ${terminalSafe(dir)} does not exist`);
    // A report replaces a regular file only: renaming over /dev/null or a FIFO would destroy it.
    if (existsSync(options.output) && !statSync(options.output).isFile()) return usage(`-o ${terminalSafe(options.output)}: not a regular file`);
  }
  if (files.length === 0) {
    if (process.stdin.isTTY) return usage('no input (give files, directories, or - for stdin); see marketdigest --help');
    files = ['-'];
  }

  const filter: IndexFilter = {
    names: options.index && canonicalIndexNames(options.index, config.lexicon?.indices),
    regions: options.region,
    minMove: options.minMove,
  };
  const style = options.format === 'text' && options.output === undefined ? textStyler(options.color) : plain;
  const width = process.stdout.columns || 80;
  const readOptions = { extensions: options.ext, maxBytes: options.maxBytes, config: config.lexicon };
  const ndjsonInput = options.inputFormat === 'ndjson';
  const { paths, errors } = ndjsonInput ? { paths: files, errors: [] } : await listInputs(files, readOptions);
  let out: Output;
  try {
    out = options.output === undefined ? stdoutOutput() : atomicFileOutput(options.output);
  } catch (err) {
    return usage(`-o ${terminalSafe(options.output ?? '')}: ${(err as Error).message}`);
  }

  let failed = 0;
  for (const e of errors) {
    if (!e.ok) fail(e.source, e.reason);
    failed++;
  }
  // Whole documents are kept only for the formats written at the end; the market summary needs
  // just each document's index entries, so a long stream runs in flat memory.
  const keepWhole = options.format === 'json' || options.format === 'markdown' || (options.format === 'ndjson' && options.merge === true);
  const keepIndices = keepWhole || options.format === 'text' || options.merge === true;
  const documents: DocumentDigest[] = [];
  const sourced: Pick<DocumentDigest, 'source' | 'indices'>[] = [];
  let digested = 0;
  const progress = progressFor(ndjsonInput ? 0 : paths.length, process.stderr, !options.quiet && !ndjsonInput);
  let bytes = 0;
  let done = 0;
  if (options.format === 'csv') out.write(csvHeader(options.merge));
  try {
    // Workers pay for themselves only with several documents to share out.
    const jobs = Math.floor(options.jobs);
    const pool = jobs > 1 && (ndjsonInput || paths.length > 2) ? new DigestPool(jobs, config.lexicon) : null;
    const texts = ndjsonInput ? readNdjsonTexts(paths, { textField: options.textField }) : readPaths(paths, readOptions);
    const results = pool ? inOrder(texts, pool) : digestTexts(texts, config.lexicon);
    for await (const result of results) {
      done++;
      // Reads are synchronous: give signals (Ctrl-C, SIGTERM) and pipe errors a turn now and then.
      if (done % 8 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!result.ok) {
        progress.end();
        // Skipped inputs are reported even with --quiet: nothing is lost silently.
        fail(result.source, result.reason);
        failed++;
        continue;
      }
      bytes += result.bytes;
      progress.tick(done, bytes);
      for (const w of result.warnings) warn(result.source, w);
      const doc = filterDocument(result.document, filter);
      digested++;
      if (keepWhole) documents.push(doc);
      if (keepIndices) sourced.push({ source: doc.source, indices: doc.indices });
      if (options.merge) continue;
      if (options.format === 'text') out.write((digested > 1 ? '\n' : '') + renderDocument(doc, style, { verbose: options.verbose }));
      else if (options.format === 'ndjson') out.write(renderNdjsonLine(doc));
      else if (options.format === 'csv') out.write(csvRows(doc));
    }
    progress.end();
    await pool?.close();
    const merged = () => mergeDocuments(sourced).filter((i) => keepIndex(i, filter));
    if (options.format === 'json') {
      const digest = { schemaVersion: SCHEMA_VERSION, documents, ...(options.merge ? { merged: { indices: merged() } } : {}) };
      out.write(renderJson(assertDigest(digest)));
    } else if (options.format === 'markdown') {
      out.write(renderMarkdown(documents, merged(), { date: options.date ?? today() }));
    } else if (options.format === 'text' && (options.merge || digested > 1)) {
      out.write((digested && !options.merge ? '\n' : '') + renderSummary(merged(), style, { chart: options.chart, width }));
    } else if (options.format === 'ndjson' && options.merge) {
      for (const doc of documents) out.write(renderNdjsonLine(doc));
      out.write(`${jsonSafe(JSON.stringify({ merged: { indices: merged() } }))}\n`);
    } else if (options.format === 'csv' && options.merge) out.write(csvMergedRows(merged()));
    out.commit();
  } catch (err) {
    out.abort();
    progress.end();
    const e = err as NodeJS.ErrnoException;
    fail(options.output ?? '-', `cannot write output: ${e.code === 'ENOSPC' ? 'no space left on device' : e.message}`);
    return 1;
  }
  return exitCode({ failedInputs: failed });
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Colour only for a terminal, unless told: NO_COLOR and TERM=dumb turn it off, --color or FORCE_COLOR on. */
function textStyler(flag: boolean | undefined): Styler {
  const env = process.env;
  let on: boolean;
  if (flag === true) on = true;
  else if (flag === false) on = false;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') on = true;
  else on = Boolean(process.stdout.isTTY) && !env.NO_COLOR && env.TERM !== 'dumb';
  if (!on) return plain;
  const level = supportsColor ? Math.max(1, supportsColor.level) : 1;
  const c = new Chalk({ level: level as 1 | 2 | 3 });
  return { up: c.green, down: c.red, flat: c.yellow, dim: c.dim, bold: c.bold, accent: c.yellow };
}
