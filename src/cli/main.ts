// The command line: parse options and hand the work to run.ts. Only commander loads before the
// options are known, so --version and --help cost little more than Node's own start.
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { EXIT_USAGE } from './exit-code.js';
import { FORMATS, type Options } from './options.js';
import { VERSION } from './version.js';
import { DEFAULT_EXTENSIONS, DEFAULT_MAX_BYTES } from '../input/defaults.js';

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

/** How the CLI was started; the bundled CLI's launcher says where worker threads start. */
export interface Launch {
  workerEntry?: URL | string;
}

export async function main(argv: readonly string[], launch: Launch = {}): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`| head -1`): stop quietly, as cat and grep do.
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  // Temporary -o files belong to the run (loaded on demand, possibly from another bundle): it
  // says how to remove them once it has started.
  let abortOutputs = (): void => undefined;
  const onSignal = (signal: NodeJS.Signals, code: number) => (): void => {
    abortOutputs();
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
    .addOption(new Option('--input-format <format>', 'inputs are articles, or NDJSON streams of {"id", "text"} objects').choices(['text', 'ndjson']).default('text'))
    .option('--text-field <name>', 'with --input-format ndjson: the field holding the article', 'text')
    // No default: a run starts in this thread and brings in one worker per CPU once it proves long.
    .option('-j, --jobs <n>', `digest in N worker threads, output still in input order (default: one per CPU, ${availableParallelism()} here, once a run lasts and enough input is left; 1: no workers)`, parseNumber('--jobs', 1))
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
      const { run, abortAllOutputs } = await import('./run.js');
      abortOutputs = abortAllOutputs;
      process.exitCode = await run(files, { ...options, ext: options.ext ?? DEFAULT_EXTENSIONS }, launch);
    });
  program
    .command('schema')
    .description('print the JSON contract (schemaVersion 1) as JSON Schema')
    .action(async () => {
      const { contractJsonSchema } = await import('../digest/schema.js');
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
    abortOutputs();
    throw err;
  }
}

