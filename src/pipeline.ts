// The whole pipeline on one text, without I/O: normalise → segment → extract → link → digest.
import { buildDocument } from './digest/build.js';
import type { DocumentDigest } from './digest/schema.js';
import { extractMany } from './extract/index.js';
import { compileLexicon, type CompiledLexicon } from './extract/lexicon.js';
import { link } from './link/index.js';
import { normalize } from './text/decode.js';
import { segment } from './text/segment.js';

export interface DigestOptions {
  /** The path or name to report as the document's source; "-" by default. */
  source?: string;
  /** A lexicon compiled with the user's additions (compileLexicon(config)); the built-in one by default. */
  lexicon?: CompiledLexicon;
}

export function digestText(text: string, options: DigestOptions | string = {}): DocumentDigest {
  const { source = '-', lexicon = compileLexicon() } = typeof options === 'string' ? { source: options } : options;
  return digestTexts([{ text, source }], lexicon)[0]!;
}

/** A text to digest with the source to report for it. */
export interface SourcedText {
  text: string;
  source: string;
}

/**
 * digestText for several texts at once, each stage over all of them before the next (see
 * extractMany): the same documents, in the same order, faster. A throw fails them all.
 */
export function digestTexts(items: readonly SourcedText[], lexicon: CompiledLexicon = compileLexicon()): DocumentDigest[] {
  const docs = items.map(({ text }) => {
    const norm = normalize(text);
    return { norm, segmentation: segment(norm) };
  });
  const extractions = extractMany(docs, lexicon);
  return items.map(({ text, source }, i) => {
    const { norm, segmentation } = docs[i]!;
    const extraction = extractions[i]!;
    const facts = link(norm, segmentation, extraction);
    return buildDocument({ source, text, norm, segmentation, extraction, facts });
  });
}
