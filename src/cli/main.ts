// The command line: parse options, read inputs one by one, digest, render, write. All I/O of
// the tool lives here and in inputs.ts; the pipeline it calls is pure.
import { Command, CommanderError, Option } from 'commander';
import { Chalk, supportsColor } from 'chalk';
import { DigestSchema, DocumentDigestSchema, SCHEMA_VERSION, contractJsonSchema, type DocumentDigest } from '../digest/schema.js';
import { digestText } from '../pipeline.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { terminalSafe } from '../render/sanitize.js';
import { plain, type Styler } from '../render/style.js';
import { renderDocument } from '../render/text.js';
import { EXIT_USAGE, exitCode } from './exit-code.js';
import { DEFAULT_EXTENSIONS, expandPaths, readInput, readStdin } from './inputs.js';
import { VERSION } from './version.js';

const FORMATS = ['text', 'json', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  color?: boolean;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  $ marketdigest story.txt                      digest one article in the terminal
  $ marketdigest --format json news/ | jq '.documents[].indices[] | {name, changePercent}'
  $ curl -s https://example.com/story.txt | marketdigest -
  $ marketdigest schema                         print the JSON contract as JSON Schema

Exit codes: 0 all inputs digested, 1 some input failed (others are still digested), 2 usage error.
Colour: on for a terminal; off with --no-color, NO_COLOR=1, TERM=dumb or when piped; --color forces it.`;

export async function main(argv: readonly string[]): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`| head -1`): stop quietly, as cat and grep do.
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const program = new Command()
    .name('marketdigest')
    .description('Digest the market moves in market-news text: indices, levels, moves, records, entities, money.')
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'articles to digest: files, directories, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('text'))
    .option('--color', 'force colour in text output')
    .option('--no-color', 'never colour text output')
    .option('-q, --quiet', 'do not print warnings')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: (s, write) => write(s) })
    .action(async (files: string[], options: Options) => {
      process.exitCode = await run(files, options);
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
      process.exitCode = ok ? 0 : EXIT_USAGE;
      return;
    }
    throw err;
  }
}

async function run(files: string[], options: Options): Promise<number> {
  const warn = (source: string, message: string): void => {
    if (!options.quiet) process.stderr.write(`marketdigest: ${terminalSafe(source)}: warning: ${message}\n`);
  };
  const fail = (source: string, reason: string): void => {
    process.stderr.write(`marketdigest: ${terminalSafe(source)}: ${reason}\n`);
  };
  if (files.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write('marketdigest: no input (give files, directories, or - for stdin); see marketdigest --help\n');
      return EXIT_USAGE;
    }
    files = ['-'];
  }
  const style = options.format === 'text' ? textStyler(options.color) : plain;
  const { paths, errors } = await expandPaths(files, DEFAULT_EXTENSIONS);
  let failed = 0;
  for (const e of errors) {
    if (!e.ok) fail(e.source, e.reason);
    failed++;
  }
  const documents: DocumentDigest[] = [];
  for (const source of paths) {
    const input = await readInput(source, readStdin);
    if (!input.ok) {
      fail(source, input.reason);
      failed++;
      continue;
    }
    for (const w of input.warnings) warn(source, w);
    let doc: DocumentDigest;
    try {
      doc = DocumentDigestSchema.parse(digestText(input.text, source));
    } catch (err) {
      // A bug of ours must not cost the other inputs; say which file met it.
      fail(source, `internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      failed++;
      continue;
    }
    if (options.format === 'text') process.stdout.write((documents.length ? '\n' : '') + renderDocument(doc, style));
    else if (options.format === 'ndjson') process.stdout.write(renderNdjsonLine(doc));
    documents.push(doc);
  }
  if (options.format === 'json') process.stdout.write(renderJson(DigestSchema.parse({ schemaVersion: SCHEMA_VERSION, documents })));
  return exitCode({ failedInputs: failed });
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
