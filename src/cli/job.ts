// One input, start to finish: read it (or take the bytes or the NDJSON line the main thread
// read), decode, digest, validate, filter and render. The same function runs in the main thread
// and in --jobs workers, so both give the same bytes, and a worker hands back only what the main
// thread needs: the rendered text, the index figures for the market summary and --merge, the
// warnings or the reason it failed, and the byte count.
import type { DocumentDigest, IndexDigest } from '../digest/schema.js';
import { filterDocument, type IndexFilter } from '../digest/filter.js';
import { digestCheckedMany, internalError, type Checked } from '../digest/validated.js';
import type { CompiledLexicon } from '../extract/lexicon.js';
import { parseNdjsonLine } from '../input/ndjson.js';
import { decodeInput, readInput, type Input } from '../input/read.js';
import { csvRows } from '../render/csv.js';
import { renderNdjsonLine } from '../render/json.js';
import type { Styler } from '../render/style.js';
import { renderDocument } from '../render/text.js';
import type { Format } from './options.js';

export type Job =
  /** A file, read where the job runs. */
  | { kind: 'path'; source: string }
  /** Bytes the main thread read: stdin. */
  | { kind: 'bytes'; source: string; bytes: Uint8Array }
  /** One line of an NDJSON stream, within --max-bytes (ndjsonLineGroups drops longer ones). */
  | { kind: 'line'; path: string; line: number; text: string };

/** What every job of a run is asked for: plain data, handed to workers as it is. */
export interface JobSpec {
  format: Format;
  merge: boolean;
  verbose: boolean;
  filter: IndexFilter;
  maxBytes: number;
  textField: string;
}

/** The figures of one document that the market summary and --merge read. */
export type IndexFigures = Pick<DocumentDigest, 'source' | 'indices'>;

export type Outcome =
  | {
      ok: true;
      source: string;
      warnings: string[];
      bytes: number;
      /** The document rendered for a format written as it goes (text block, ndjson line, csv rows); "" otherwise. */
      out: string;
      /** The whole document, for the formats written once at the end (json, markdown). */
      document?: DocumentDigest;
      /** Its index figures, when a summary or --merge needs them and the document is not kept whole. */
      figures?: IndexFigures;
    }
  | { ok: false; source: string; reason: string };

/** Whole documents are kept only for the formats written at the end. */
export function keepsDocuments(spec: Pick<JobSpec, 'format'>): boolean {
  return spec.format === 'json' || spec.format === 'markdown';
}

/** The market summary (text and markdown) and --merge need each document's index figures. */
export function keepsFigures(spec: Pick<JobSpec, 'format' | 'merge'>): boolean {
  return spec.format === 'text' || spec.format === 'markdown' || spec.merge;
}

/** Runs jobs, in order, and gives their outcomes in the same order: one failing never fails the others. */
export type Processor = (jobs: readonly Job[]) => Promise<Outcome[]>;

/**
 * Jobs handed to a processor at once: files here and in workers, and the pool's messages. Each
 * recognizer then runs over all their documents before the next (see digestTexts).
 */
export const JOBS_AT_ONCE = 16;

/**
 * Text digested together: a group is digested once it holds this much, so at most this plus one
 * document is held, and the first document waits only so long before it is written.
 */
const BATCH_TEXT = 256 * 1024;

export function processor(spec: JobSpec, lexicon: CompiledLexicon, style: Styler): Processor {
  const documents = keepsDocuments(spec);
  const figures = keepsFigures(spec) && !documents;
  // --merge writes per-document lines only in ndjson (all of them before the merged line).
  const rendered = spec.merge ? (spec.format === 'ndjson' ? 'ndjson' : null) : spec.format === 'json' || spec.format === 'markdown' ? null : spec.format;
  const finish = (input: Input & { ok: true }, checked: Checked): Outcome => {
    if (!checked.ok) return { ok: false, source: input.source, reason: checked.reason };
    const doc = filterDocument(checked.document, spec.filter);
    let out = '';
    if (rendered === 'text') out = renderDocument(doc, style, { verbose: spec.verbose });
    else if (rendered === 'ndjson') out = renderNdjsonLine(doc);
    else if (rendered === 'csv') out = csvRows(doc);
    return {
      ok: true,
      source: input.source,
      warnings: input.warnings,
      bytes: input.bytes,
      out,
      ...(documents ? { document: doc } : {}),
      ...(figures ? { figures: { source: doc.source, indices: doc.indices.map(slim) } } : {}),
    };
  };
  // A bug of ours on one input fails that input alone, the same way in a worker as here.
  const failed = (source: string, err: unknown): Outcome => ({ ok: false, source, reason: internalError(err) });
  const run = async (jobs: readonly Job[], outcomes: (Outcome | undefined)[]): Promise<void> => {
    let group: { k: number; input: Input & { ok: true } }[] = [];
    let chars = 0;
    const digestGroup = (): void => {
      const checked = digestCheckedMany(group.map(({ input }) => ({ text: input.text, source: input.source })), lexicon);
      group.forEach(({ k, input }, j) => {
        try {
          outcomes[k] = finish(input, checked[j]!);
        } catch (err) {
          outcomes[k] = failed(sourceOf(jobs[k]!), err);
        }
      });
      group = [];
      chars = 0;
    };
    for (const [k, job] of jobs.entries()) {
      let input: Input;
      try {
        input = await inputOf(job, spec);
      } catch (err) {
        outcomes[k] = failed(sourceOf(job), err);
        continue;
      }
      if (!input.ok) {
        outcomes[k] = { ok: false, source: input.source, reason: input.reason };
        continue;
      }
      group.push({ k, input });
      chars += input.text.length;
      if (chars >= BATCH_TEXT) digestGroup();
    }
    if (group.length) digestGroup();
  };
  return async (jobs) => {
    const outcomes = new Array<Outcome | undefined>(jobs.length).fill(undefined);
    try {
      await run(jobs, outcomes);
    } catch (err) {
      // Nothing in run should throw; if it does, the jobs not yet answered fail, and only they.
      return outcomes.map((o, k) => o ?? failed(sourceOf(jobs[k]!), err));
    }
    // run answers every job.
    return outcomes as Outcome[];
  };
}

/** The text a job carries (a file's is read where the job runs): for bounding what is in flight. */
export function jobSize(job: Job): number {
  return job.kind === 'line' ? job.text.length : job.kind === 'bytes' ? job.bytes.length : 0;
}

/** How a job is named before its input is read: the path, or PATH:LINE for an NDJSON line. */
export function sourceOf(job: Job): string {
  return job.kind === 'line' ? `${job.path}:${job.line}` : job.source;
}

async function inputOf(job: Job, spec: JobSpec): Promise<Input> {
  if (job.kind === 'path') return readInput(job.source, { maxBytes: spec.maxBytes });
  if (job.kind === 'bytes') return decodeInput(job.source, job.bytes, spec.maxBytes);
  const record = parseNdjsonLine(job.path, job.line, job.text, { textField: spec.textField });
  return record.ok ? { source: record.source, ok: true, text: record.text, warnings: [], bytes: Buffer.byteLength(record.text) } : record;
}

/** Merging and the summary read the figures, not the evidence, aliases or problems: leave those behind. */
function slim(i: IndexDigest): IndexDigest {
  return { ...i, aliases: [], evidence: [], problems: [] };
}
