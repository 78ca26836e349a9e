// What a run does once the options are parsed: list the inputs, run one job per input (here or
// in --jobs workers), and write each outcome in input order as it completes. Loaded only when
// there is work to do, so --version and --help stay fast; what a run may not need (workers,
// chalk, zod for a config, the HTML reader) loads only when it is needed.
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { assertDigest } from '../digest/check.js';
import type { DocumentDigest } from '../digest/schema.js';
import { SCHEMA_VERSION } from '../digest/schema-version.js';
import { canonicalIndexNames, keepIndex, type IndexFilter } from '../digest/filter.js';
import { mergeDocuments } from '../digest/merge.js';
import { compileLexicon } from '../extract/lexicon.js';
import { loadConfig } from '../input/config.js';
import { listInputs } from '../input/files.js';
import { ndjsonLineGroups } from '../input/ndjson.js';
import { ReadAhead } from '../input/read-ahead.js';
import { ndjsonSize, readStdin, reasonOf, sizeOfFiles } from '../input/read.js';
import { csvHeader, csvMergedRows } from '../render/csv.js';
import { renderJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { jsonSafe, terminalSafe } from '../render/sanitize.js';
import { renderSummary } from '../render/text.js';
import { EXIT_USAGE, exitCode } from './exit-code.js';
import { JOBS_AT_ONCE, jobSize, processor, type IndexFigures, type Job, type JobSpec, type Outcome, type Processor } from './job.js';
import type { Options } from './options.js';
import { atomicFileOutput, stdoutOutput, type Output } from './output.js';
import type { DigestPool } from './pool.js';
import { progressFor } from './progress.js';
import { colorLevel, stylerFor } from './style.js';
import type { WorkerInit } from './worker.js';

export { abortAllOutputs } from './output.js';

/** What the launcher tells a run about how it was started. */
export interface RunContext {
  /** The script a worker thread starts with (the bundled CLI's launcher); the tsc build's worker entry by default. */
  workerEntry?: URL | string;
}

/** Workers never pay for one or two inputs. */
const MIN_INPUTS_FOR_WORKERS = 3;
/**
 * Without --jobs, a run starts in this thread and brings in workers only once it has run this
 * long with inputs still to go: a worker takes about as long to start (load, compile the
 * lexicon, warm up) as digesting 100 KB here, so short runs are faster without them.
 */
const AUTO_WORKERS_AFTER_MS = 150;
/**
 * Without --jobs, workers are brought in only for at least this much input still to digest, on
 * two CPUs: each worker starts with code V8 has not optimised yet and compiles it while it runs
 * (about 2.7 s of compiling per thread), which only a long run repays. Measured on 2 vCPUs,
 * alternating: a 5 MB directory took 4.1–5.2 s with --jobs 1 and 4.7–5.3 s with --jobs 2, a
 * 10 MB one 7.5–9.1 s and 7.2–7.9 s. Each further CPU adds a worker to share the input while
 * the warm-up each pays stays the same, so the bar falls as the CPUs grow (workersPayOff).
 */
const AUTO_WORKERS_MIN_BYTES = 8_000_000;
/**
 * How much of a piped NDJSON stdin is read ahead while the run decides on workers (a pipe that
 * ends within that is short), and how long the decision waits, once, for the pipe to end or fill
 * it. Bounded: the buffered bytes add to peak RSS, and without the wait, this thread digested
 * on for as long as a busy event loop took to fill it, and a 100 MB stream peaked 7 MB higher.
 */
const STDIN_READ_AHEAD = 2 * 1024 * 1024;
const STDIN_WAIT_MS = 50;
/** NDJSON lines handed to workers and not yet written: at most about this much text. */
const MAX_TEXT_IN_FLIGHT = 16 * 1024 * 1024;
/** A turn for signals (Ctrl-C), pipe errors and deferred writes at least this often. */
const YIELD_MS = 25;

let heapsSettled = false;

/**
 * Once a run is long (or has started workers), each heap grows by a fifth over what survived its
 * last collection instead of by V8's own factor: on a 100 MB NDJSON stream peak RSS fell from
 * 143 to 117 MB (--jobs 1) and from 228 to 202 MB (--jobs 2), in the same time. Not from the
 * start: while a process loads, its heap grows fast, and collecting at every fifth cost a
 * one-article run about 35 ms. The flag is the whole process's, workers' heaps included, but it
 * waits until the workers have loaded their code: V8 refuses a code cache under other flags than
 * it was made with, and workers compiling the run bundle from source made a 5 MB --jobs 2 run
 * some 0.4 s slower.
 */
function settleHeaps(): void {
  if (heapsSettled) return;
  heapsSettled = true;
  setFlagsFromString('--heap-growing-percent=20');
}

/**
 * Whether V8 may grow young generations (its semi-spaces double, up to 16 MB each, once enough
 * has survived scavenges since the last growth). A run with workers holds the main thread's
 * where it starts: the main thread only reads input and writes output, yet V8 grew its young
 * generation to 32 MB, the largest single part of a long stream's peak RSS. The flag is the
 * whole process's, and read at each growth: the hold is let go while the workers start, so that
 * their young generations grow to their own limits (pool.ts), and taken again once all have
 * started. A worker started later (after a crash) keeps a small young generation: slower, not
 * wrong. Unlike other flags, this one leaves the workers' code caches valid.
 */
function holdYoungGenerations(hold: boolean): void {
  setFlagsFromString(hold ? '--semi-space-growth-factor=1' : '--semi-space-growth-factor=2');
}

/**
 * Whether a run without --jobs should hand its inputs to workers, with `remaining` bytes still
 * to digest (null: not known, as for a pipe, where a long archive is the likely case).
 */
export function workersPayOff(remaining: number | null, cpus: number): boolean {
  if (remaining === null) return true;
  return cpus >= 2 && remaining >= AUTO_WORKERS_MIN_BYTES / (cpus - 1);
}

/** A monotonic clock in ms. The performance global would load perf_hooks, a millisecond of every start. */
function nowMs(): number {
  return process.uptime() * 1000;
}

function usage(message: string): number {
  process.stderr.write(`marketdigest: ${message}\n`);
  return EXIT_USAGE;
}

/**
 * How many workers a run may use; 0 means this thread only. --jobs N is clamped to the CPUs
 * and the inputs; without --jobs, one per CPU. One worker is never faster than this thread, and
 * workers never pay for one or two inputs (`inputs` is null for streams: not known yet).
 */
export function workerCount(requested: number | undefined, cpus: number, inputs: number | null): number {
  if (inputs !== null && inputs < MIN_INPUTS_FOR_WORKERS) return 0;
  const n = Math.min(Math.floor(requested ?? cpus), cpus, inputs ?? Infinity);
  return n >= 2 ? n : 0;
}

export async function run(files: string[], options: Options, context: RunContext = {}): Promise<number> {
  const warn = (source: string, message: string): void => {
    if (!options.quiet) process.stderr.write(`marketdigest: ${terminalSafe(source)}: warning: ${message}\n`);
  };
  const fail = (source: string, reason: string): void => {
    process.stderr.write(`marketdigest: ${terminalSafe(source)}: ${reason}\n`);
  };
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) return usage(`--date takes YYYY-MM-DD, not '${terminalSafe(options.date)}'`);
  const config = await loadConfig(options.config, process.cwd(), process.env);
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
  const level = options.format === 'text' && options.output === undefined ? await colorLevel(options.color) : 0;
  const style = await stylerFor(level);
  const width = process.stdout.columns || 80;
  const ndjsonInput = options.inputFormat === 'ndjson';
  const { paths, errors } = ndjsonInput ? { paths: files, errors: [] } : await listInputs(files, { extensions: options.ext });
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
  const spec: JobSpec = {
    format: options.format,
    merge: options.merge === true,
    verbose: options.verbose === true,
    filter,
    maxBytes: options.maxBytes,
    textField: options.textField,
  };
  const documents: DocumentDigest[] = [];
  const figures: IndexFigures[] = [];
  // --merge in ndjson writes the documents' lines before the merged one, at the end.
  const mergedLines: string[] = [];
  let digested = 0;
  const progress = progressFor(ndjsonInput ? 0 : paths.length, process.stderr, !options.quiet && !ndjsonInput);
  let bytes = 0;
  let done = 0;
  const emit = (o: Outcome): void => {
    done++;
    if (!o.ok) {
      progress.end();
      // Skipped inputs are reported even with --quiet: nothing is lost silently.
      fail(o.source, o.reason);
      failed++;
      return;
    }
    bytes += o.bytes;
    progress.tick(done, bytes);
    for (const w of o.warnings) warn(o.source, w);
    digested++;
    if (o.document) documents.push(o.document);
    if (o.figures) figures.push(o.figures);
    if (spec.merge) {
      if (o.out) mergedLines.push(o.out);
    } else {
      if (options.format === 'text' && digested > 1) out.write('\n');
      out.write(o.out);
    }
  };

  let pool: DigestPool | null = null;
  let stdinAhead: ReadAhead | null = null;
  try {
    if (options.format === 'csv') out.write(csvHeader(options.merge));
    let inThread: Processor | null = null;
    const local = (jobs: readonly Job[]): Promise<Outcome[]> => (inThread ??= processor(spec, compileLexicon(config.lexicon), style))(jobs);
    const cpus = availableParallelism();
    let workers = workerCount(options.jobs, cpus, ndjsonInput ? null : paths.length);
    const auto = options.jobs === undefined;
    // Without --jobs, a piped NDJSON stdin is read ahead a little: one that ends within that is
    // known to be too short for workers by the time they would start.
    const sizes = auto && workers > 0 && ndjsonInput ? ndjsonSize(paths) : { files: null, stdinPipe: false };
    stdinAhead = sizes.stdinPipe ? new ReadAhead(process.stdin, STDIN_READ_AHEAD) : null;
    // The bytes still to digest, once this thread has digested `done` inputs (`bytes` of text):
    // the files left, by their sizes; the NDJSON streams' size less the text read (an
    // overestimate by the JSON around each text), or null when a stream's size is not known.
    const remaining = (): number | null => {
      if (!ndjsonInput) return sizeOfFiles(paths.slice(done), undefined, options.maxBytes);
      const stdin = stdinAhead === null ? 0 : stdinAhead.settled ? stdinAhead.bytes : null;
      return sizes.files === null || stdin === null ? null : Math.max(0, sizes.files + stdin - bytes);
    };
    let waitedForAhead = false;
    // Without --jobs, once the run has lasted: workers, this thread for the rest of the run, or
    // not yet. A pipe is read only while this thread is not digesting, so it gets a moment, once,
    // to end within the read-ahead or fill it; until it has done either, this thread goes on,
    // unless the files alone are enough for workers. What is left only shrinks: a run too short
    // for workers now stays in this thread.
    const autoChoice = async (): Promise<'workers' | 'thread' | 'later'> => {
      if (stdinAhead && !waitedForAhead) {
        waitedForAhead = true;
        await stdinAhead.readTo(STDIN_READ_AHEAD, STDIN_WAIT_MS);
      }
      const filesEnough = sizes.files !== null && workersPayOff(Math.max(0, sizes.files - bytes), cpus);
      if (stdinAhead && !stdinAhead.settledOrRead(STDIN_READ_AHEAD) && !filesEnough) return 'later';
      stdinAhead?.stopReadingAhead();
      return workersPayOff(remaining(), cpus) ? 'workers' : 'thread';
    };
    if (workers > 0) holdYoungGenerations(true);
    // With --jobs N, every input goes to the workers (this thread then never compiles a lexicon);
    // without, this thread starts and workers take over once the run has lasted.
    const poolAfter = auto ? MIN_INPUTS_FOR_WORKERS : 1;
    const startedAt = nowMs();
    const startPool = async (): Promise<DigestPool> => {
      const { DigestPool } = await import('./pool.js');
      const init: WorkerInit = { spec, config: config.lexicon, colorLevel: level };
      const entry = context.workerEntry ?? new URL('./worker-entry.js', import.meta.url);
      holdYoungGenerations(false);
      const p = new DigestPool({ size: workers, entry, init });
      // From here on every input goes to the workers, also while they load: digesting here then
      // grew this thread's young generation (let go above), and it kept that size for the run.
      inThread = null;
      void p.started.then(() => {
        settleHeaps();
        holdYoungGenerations(true);
      });
      return p;
    };

    // Outcomes wait here until every earlier one is written; at most `limit` jobs, and about
    // MAX_TEXT_IN_FLIGHT of their text, are in flight. Each is written as soon as it and all
    // before it are done, also while the next input is still being read (a slow stream, stdin):
    // a write that fails then is thrown by the loop below.
    const queue: { outcome: Outcome | null; wait: Promise<void> }[] = [];
    let textInFlight = 0;
    let failure: { error: unknown } | null = null;
    const writeReady = (): void => {
      try {
        while (queue.length && queue[0]!.outcome) emit(queue.shift()!.outcome!);
      } catch (error) {
        failure ??= { error };
      }
    };
    const track = (p: Promise<Outcome>): void => {
      const slot: { outcome: Outcome | null; wait: Promise<void> } = { outcome: null, wait: Promise.resolve() };
      slot.wait = p.then((o) => {
        slot.outcome = o;
        if (queue[0] === slot) writeReady();
      });
      queue.push(slot);
    };
    const check = (): void => {
      if (failure) throw failure.error;
    };
    const waitForHead = async (): Promise<void> => {
      pool?.flush();
      await queue[0]!.wait;
      writeReady();
      check();
      await out.ready();
    };

    let seen = 0;
    let lastYield = nowMs();
    for await (const item of inputJobs(ndjsonInput, paths, options.maxBytes, stdinAhead)) {
      check();
      if (!Array.isArray(item)) {
        track(Promise.resolve(item));
      } else {
        seen += item.length;
        if (!pool && workers > 0 && seen >= poolAfter && (!auto || nowMs() - startedAt >= AUTO_WORKERS_AFTER_MS)) {
          const choice = auto ? await autoChoice() : 'workers';
          if (choice === 'workers') pool = await startPool();
          else if (choice === 'thread') {
            workers = 0;
            holdYoungGenerations(false);
          }
        }
        // A run that may yet start workers settles when they have started (startPool).
        if (!heapsSettled && workers === 0 && nowMs() - startedAt >= AUTO_WORKERS_AFTER_MS) settleHeaps();
        if (!pool) {
          for (const o of await local(item)) track(Promise.resolve(o));
          await queue.at(-1)!.wait;
        } else {
          for (const job of item) {
            const size = jobSize(job);
            textInFlight += size;
            track(pool!.submit(job).finally(() => (textInFlight -= size)));
          }
        }
      }
      writeReady();
      check();
      // Checked once a group of jobs is in: a group is at most JOBS_AT_ONCE files or one chunk's lines.
      const limit = pool ? pool.capacity + 16 : 1;
      while (queue.length >= limit || textInFlight > MAX_TEXT_IN_FLIGHT) await waitForHead();
      const wait = out.ready();
      if (wait) await wait;
      if (nowMs() - lastYield >= YIELD_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = nowMs();
      }
    }
    while (queue.length) await waitForHead();
    check();
    progress.end();

    const merged = () => mergeDocuments(documents.length ? documents : figures).filter((i) => keepIndex(i, filter));
    if (options.format === 'json') {
      const digest = { schemaVersion: SCHEMA_VERSION, documents, ...(options.merge ? { merged: { indices: merged() } } : {}) };
      // The compiled checker is cheap enough to hold the whole digest, merged view included.
      out.write(renderJson(assertDigest(digest)));
    } else if (options.format === 'markdown') {
      out.write(renderMarkdown(documents, merged(), { date: options.date ?? today() }));
    } else if (options.format === 'text' && (options.merge || digested > 1)) {
      out.write((digested && !options.merge ? '\n' : '') + renderSummary(merged(), style, { chart: options.chart, width }));
    } else if (options.format === 'ndjson' && options.merge) {
      for (const line of mergedLines) out.write(line);
      out.write(`${jsonSafe(JSON.stringify({ merged: { indices: merged() } }))}\n`);
    } else if (options.format === 'csv' && options.merge) out.write(csvMergedRows(merged()));
    out.commit();
  } catch (err) {
    out.abort();
    progress.end();
    const e = err as NodeJS.ErrnoException;
    fail(options.output ?? '-', `cannot write output: ${e.code === 'ENOSPC' ? 'no space left on device' : e.message}`);
    return 1;
  } finally {
    stdinAhead?.close();
    await pool?.close();
  }
  return exitCode({ failedInputs: failed });
}

/**
 * The jobs of a run, in input order: paths of files (read where the jobs run), up to
 * JOBS_AT_ONCE of them together; stdin's bytes (read here, once); NDJSON lines, those of one
 * chunk of the stream together, so a slow stream's lines are digested as they come; or the
 * outcome for an input that failed before it became a job (a line too long, a stream that
 * cannot be opened).
 */
async function* inputJobs(ndjson: boolean, paths: readonly string[], maxBytes: number, stdin: ReadAhead | null): AsyncGenerator<Job[] | Outcome> {
  let files: Job[] = [];
  for (const source of paths) {
    if (!ndjson && source !== '-') {
      files.push({ kind: 'path', source });
      if (files.length === JOBS_AT_ONCE) {
        yield files;
        files = [];
      }
      continue;
    }
    if (files.length) {
      yield files;
      files = [];
    }
    if (ndjson) {
      for await (const lines of ndjsonLineGroups(source, maxBytes, source === '-' ? (stdin ?? undefined) : undefined)) {
        let jobs: Job[] = [];
        for (const l of lines) {
          if (l.ok) {
            jobs.push({ kind: 'line', path: l.path, line: l.line, text: l.text });
            continue;
          }
          if (jobs.length) yield jobs;
          jobs = [];
          yield { ok: false, source: l.source, reason: l.reason };
        }
        if (jobs.length) yield jobs;
      }
    } else {
      let bytes: Buffer;
      try {
        bytes = await readStdin();
      } catch (err) {
        yield { ok: false, source, reason: reasonOf(err) };
        continue;
      }
      yield [{ kind: 'bytes', source, bytes }];
    }
  }
  if (files.length) yield files;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
