// digestFiles: the library's way to digest files, directories and stdin, one document at a
// time, in input order. The CLI is a thin layer over it.
import type { DocumentDigest } from '../digest/schema.js';
import { digestChecked } from '../digest/validated.js';
import { compileLexicon } from '../extract/lexicon.js';
import type { UserLexicon } from '../lexicon/types.js';
import { readNdjson, type NdjsonOptions } from './ndjson.js';
import { DEFAULT_EXTENSIONS, expandPaths, readInput, type ReadOptions } from './read.js';

export interface FileDigestOptions extends ReadOptions {
  /** The user's additions to the lexicons (see .marketdigestrc.json). */
  config?: UserLexicon;
}

export type FileResult =
  | { source: string; ok: true; document: DocumentDigest; warnings: string[]; bytes: number }
  | { source: string; ok: false; reason: string; skipped?: boolean };

/** Expands the inputs first, so a caller can show progress against the total. */
export async function listInputs(paths: readonly string[], options: FileDigestOptions = {}): Promise<{ paths: string[]; errors: FileResult[] }> {
  const { paths: expanded, errors } = await expandPaths(paths, options.extensions ?? DEFAULT_EXTENSIONS);
  return { paths: expanded, errors: errors.map((e) => (e.ok ? { source: e.source, ok: false as const, reason: 'unexpected' } : e)) };
}

export type TextResult = { source: string; ok: true; text: string; warnings: string[]; bytes: number } | Extract<FileResult, { ok: false }>;

/** The texts of the inputs, read one by one, for a caller that digests them elsewhere. */
export async function* readPaths(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<TextResult> {
  for (const source of paths) yield await readInput(source, options);
}

/** The articles of NDJSON streams as texts. */
export async function* readNdjsonTexts(paths: readonly string[], options: NdjsonOptions = {}): AsyncGenerator<TextResult> {
  for (const path of paths) {
    for await (const r of readNdjson(path, options)) yield r.ok ? { ...r, warnings: [], bytes: Buffer.byteLength(r.text) } : r;
  }
}

/** Digests texts in this thread, in order; failures to read pass through. */
export async function* digestTexts(texts: AsyncIterable<TextResult>, config?: UserLexicon): AsyncGenerator<FileResult> {
  const lexicon = compileLexicon(config);
  for await (const t of texts) {
    if (!t.ok) {
      yield t;
      continue;
    }
    const checked = digestChecked(t.text, t.source, lexicon);
    yield checked.ok ? { source: t.source, ok: true, document: checked.document, warnings: t.warnings, bytes: t.bytes } : { source: t.source, ok: false, reason: checked.reason };
  }
}

export function digestPaths(paths: readonly string[], options: FileDigestOptions = {}): AsyncGenerator<FileResult> {
  return digestTexts(readPaths(paths, options), options.config);
}

/** Digests the articles of NDJSON streams (files or "-"), one result per line, in order. */
export function digestNdjson(paths: readonly string[], options: FileDigestOptions & NdjsonOptions = {}): AsyncGenerator<FileResult> {
  return digestTexts(readNdjsonTexts(paths, options), options.config);
}

/** Digests files, directories and "-" (stdin), yielding one result per input in order. */
export async function* digestFiles(paths: readonly string[], options: FileDigestOptions = {}): AsyncGenerator<FileResult> {
  const { paths: expanded, errors } = await listInputs(paths, options);
  yield* errors;
  yield* digestPaths(expanded, options);
}
