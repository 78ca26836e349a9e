// The command line: options, inputs one by one, output as each document completes. All of the
// tool's process-level I/O lives here; the pipeline it drives is pure.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { Chalk, supportsColor } from 'chalk';
import { DigestSchema, SCHEMA_VERSION, contractJsonSchema, type DocumentDigest } from '../digest/schema.js';
import { filterDocument, keepIndex, type IndexFilter } from '../digest/filter.js';
import { mergeDocuments } from '../digest/merge.js';
import { loadConfig } from '../input/config.js';
import { digestPaths, listInputs } from '../input/files.js';
import { DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES } from '../input/read.js';
import { csvHeader, csvMergedRows, csvRows } from '../render/csv.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { jsonSafe, terminalSafe } from '../render/sanitize.js';
import { plain, type Styler } from '../render/style.js';
import { renderDocument, renderSummary } from '../render/text.js';
import { EXIT_USAGE, exitCode } from './exit-code.js';
import { abortAllOutputs, atomicFileOutput, stdoutOutput, type Output } from './output.js';
import { progressFor } from './progress.js';
import { VERSION } from './version.js';

export const FORMATS = ['text', 'json', 'ndjson', 'markdown', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  output?: string;
  merge?: boolean;
  index?: string[];
  region?: string[];
  minMove?: number;
  date?: string;
  ext: string[];
  config?: string;
  maxBytes: number;
  chart: boolean;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

const EXAMPLES = `Examples:
  In a terminal:
    $ marketdigest story.txt                       a coloured digest of one article
    $ marketdigest --verbose news/                  every article, with the sentences behind each fact
  In pipes:
    $ marketdigest --format json news/ | jq '.documents[].indices[] | {name, changePercent}'
    $ curl -s https://example.com/markets.html | marketdigest --format ndjson - | jq -c '.indices'
  In cron:
    0 18 * * 1-5  marketdigest --format markdown --quiet -o ~/reports/daily.md ~/news/today/
`;

const NOTES = `
Exit codes: 0 all inputs digested; 1 some input failed (the others are still digested and
written); 2 usage error (bad option, bad config, no input on a terminal, -o into a missing
directory). Colour is on for a terminal and off when piped, with NO_COLOR set or TERM=dumb;
--color and FORCE_COLOR turn it on, --no-color off.`;

const collect = (v: string, prev: string[] = []): string[] => [...prev, ...v.split(',').map((s) => s.trim()).filter(Boolean)];

function parseNumber(name: string, min: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min) throw new CommanderError(EXIT_USAGE, 'marketdigest.invalidArgument', `error: ${name} takes a number ≥ ${min}, not '${v}'`);
    return n;
  };
}

export async function main(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`| head -1`): stop quietly, as cat and grep do.
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const onSignal = (signal: NodeJS.Signals, code: number) => (): void => {
    abortAllOutputs();
    process.stderr.write(`\nmarketdigest: stopped by ${signal}\n`);
    process.exit(code);
  };
  process.once('SIGINT', onSignal('SIGINT', 130));
  process.once('SIGTERM', onSignal('SIGTERM', 143));

  const program = new Command()
    .name('marketdigest')
    .usage('[options] [files...]')
    .description('Digest the market moves in market-news text: indices, levels, moves, records, entities, money.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .argument('[files...]', 'articles: files, directories (walked recursively), or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('-o, --output <file>', 'write to FILE atomically instead of stdout')
    .option('--merge', 'combine all documents into one market view per index; conflicts are flagged')
    .option('--index <names>', 'keep only these indices (canonical name or alias; repeat or comma-separate)', collect)
    .option('--region <names>', 'keep only indices of these regions (repeat or comma-separate)', collect)
    .option('--min-move <pct>', 'keep only indices that moved at least PCT percent', parseNumber('--min-move', 0))
    .option('--date <yyyy-mm-dd>', 'the date in the markdown report title (default today)')
    .option('--ext <exts>', `extensions read from directories (default ${DEFAULT_EXTENSIONS.join(',')})`, collect)
    .option('--config <file>', 'extra indices, aliases and companies (default .marketdigestrc.json)')
    .option('--max-bytes <n>', 'skip inputs larger than N bytes', parseNumber('--max-bytes', 1), DEFAULT_MAX_BYTES)
    .option('--no-chart', 'omit the bar chart from the text summary')
    .option('--color', 'force colour in text output')
    .option('--no-color', 'never colour text output')
    .option('-q, --quiet', 'do not print warnings or progress')
    .option('-v, --verbose', 'text output: add the sentences each fact came from')
    .addHelpText('before', EXAMPLES)
    .addHelpText('after', NOTES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) })
    .action(async (files: string[], options: Options) => {
      process.exitCode = await run(files, { ...options, ext: options.ext ?? DEFAULT_EXTENSIONS });
    });
  program
    .command('schema')
    .description('print the JSON contract (schemaVersion 1) as JSON Schema')
    .action(() => {
      process.stdout.write(`${JSON.stringify(contractJsonSchema(), null, 2)}\n`);
    });
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      if (err.code === 'marketdigest.invalidArgument') process.stderr.write(`${err.message}\n`);
      process.exitCode = ok ? 0 : EXIT_USAGE;
      return;
    }
    abortAllOutputs();
    throw err;
  }
}

function usage(message: string): number {
  process.stderr.write(`marketdigest: ${message}\n`);
  return EXIT_USAGE;
}

async function run(files: string[], options: Options): Promise<number> {
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
  }
  if (files.length === 0) {
    if (process.stdin.isTTY) return usage('no input (give files, directories, or - for stdin); see marketdigest --help');
    files = ['-'];
  }

  const filter: IndexFilter = { names: options.index, regions: options.region, minMove: options.minMove };
  const style = options.format === 'text' && options.output === undefined ? textStyler(options.color) : plain;
  const width = process.stdout.columns || 80;
  const readOptions = { extensions: options.ext, maxBytes: options.maxBytes, config: config.lexicon };
  const { paths, errors } = await listInputs(files, readOptions);
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
  const documents: DocumentDigest[] = [];
  const progress = progressFor(paths.length, process.stderr, !options.quiet);
  let bytes = 0;
  let done = 0;
  if (options.format === 'csv') out.write(csvHeader(options.merge));
  try {
    for await (const result of digestPaths(paths, readOptions)) {
      done++;
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
      documents.push(doc);
      if (options.merge) continue;
      if (options.format === 'text') out.write((documents.length > 1 ? '\n' : '') + renderDocument(doc, style, { verbose: options.verbose }));
      else if (options.format === 'ndjson') out.write(renderNdjsonLine(doc));
      else if (options.format === 'csv') out.write(csvRows(doc));
    }
    progress.end();
    const merged = () => mergeDocuments(documents).filter((i) => keepIndex(i, filter));
    if (options.format === 'json') {
      const digest = { schemaVersion: SCHEMA_VERSION, documents, ...(options.merge ? { merged: { indices: merged() } } : {}) };
      out.write(renderJson(DigestSchema.parse(digest)));
    } else if (options.format === 'markdown') {
      out.write(renderMarkdown(documents, merged(), { date: options.date ?? today() }));
    } else if (options.format === 'text' && (options.merge || documents.length > 1)) {
      out.write((documents.length && !options.merge ? '\n' : '') + renderSummary(merged(), style, { chart: options.chart, width }));
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
