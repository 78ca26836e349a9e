// --format json: the whole digest, pretty-printed; --format ndjson: one document a line.
import type { Digest, DocumentDigest } from '../digest/schema.js';
import { documentJson } from './document-json.js';
import { jsonSafe } from './sanitize.js';

export function renderJson(digest: Digest): string {
  return `${jsonSafe(JSON.stringify(digest, null, 2))}\n`;
}

/**
 * Exactly jsonSafe(JSON.stringify(doc)) and a newline. A document of the contract's shape is
 * written by the serializer generated from the contract (document-json.ts), faster; anything
 * else falls back to JSON.stringify.
 */
export function renderNdjsonLine(doc: DocumentDigest): string {
  return `${documentJson(doc) ?? jsonSafe(JSON.stringify(doc))}\n`;
}
