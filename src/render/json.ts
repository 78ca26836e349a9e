// --format json: the whole digest, pretty-printed; --format ndjson: one document a line.
import type { Digest, DocumentDigest } from '../digest/schema.js';
import { jsonSafe } from './sanitize.js';

export function renderJson(digest: Digest): string {
  return `${jsonSafe(JSON.stringify(digest, null, 2))}\n`;
}

export function renderNdjsonLine(doc: DocumentDigest): string {
  return `${jsonSafe(JSON.stringify(doc))}\n`;
}
