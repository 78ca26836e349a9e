// The whole pipeline on one text, without I/O: normalise → segment → extract → link → digest.
import { buildDocument } from './digest/build.js';
import type { DocumentDigest } from './digest/schema.js';
import { extract } from './extract/index.js';
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
  const norm = normalize(text);
  const segmentation = segment(norm);
  const extraction = extract(norm, segmentation, lexicon);
  const facts = link(norm, segmentation, extraction);
  return buildDocument({ source, text, norm, segmentation, extraction, facts });
}
