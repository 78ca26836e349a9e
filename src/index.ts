// Library API: the pipeline without the CLI.
export { digestText, digestTexts, type DigestOptions, type SourcedText } from './pipeline.js';
export { digestFiles, type FileDigestOptions, type FileResult } from './input/files.js';
export { compileLexicon, type CompiledLexicon } from './extract/lexicon.js';
export type { UserLexicon, IndexEntry, CompanyEntry } from './lexicon/types.js';
export { mergeDocuments } from './digest/merge.js';
export { decode, normalize } from './text/decode.js';
export { segment } from './text/segment.js';
export { DigestSchema, DocumentDigestSchema, SCHEMA_VERSION, contractJsonSchema } from './digest/schema.js';
export { checkDocument, checkDigest, assertDocument, assertDigest, ContractError, type CheckResult } from './digest/check.js';
export type { Digest, DocumentDigest, IndexDigest, MergedIndex, Percentage, Money, Entity, Quote, Evidence, ToneDigest } from './digest/schema.js';
export { renderText, renderDocument, renderSummary } from './render/text.js';
export { renderMarkdown } from './render/markdown.js';
export { csvHeader, csvRows } from './render/csv.js';
export { renderJson } from './render/json.js';
