// The whole pipeline on one text, without I/O: normalise → segment → extract → link → digest.
import { buildDocument } from './digest/build.js';
import type { DocumentDigest } from './digest/schema.js';
import { extract } from './extract/index.js';
import { link } from './link/index.js';
import { normalize } from './text/decode.js';
import { segment } from './text/segment.js';

export function digestText(text: string, source = '-'): DocumentDigest {
  const norm = normalize(text);
  const segmentation = segment(norm);
  const extraction = extract(norm, segmentation);
  const facts = link(norm, segmentation, extraction);
  return buildDocument({ source, text, norm, segmentation, extraction, facts });
}
