// Library API: the pipeline without the CLI.
export { digestText } from './pipeline.js';
export { decode, normalize } from './text/decode.js';
export { segment } from './text/segment.js';
export { DigestSchema, DocumentDigestSchema, SCHEMA_VERSION, contractJsonSchema } from './digest/schema.js';
export type { Digest, DocumentDigest, IndexDigest, Percentage, Money, Entity, Quote, Evidence } from './digest/schema.js';
export { renderText } from './render/text.js';
export { renderJson } from './render/json.js';
