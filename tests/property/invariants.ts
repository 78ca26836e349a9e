// Shared checks for the property and adversarial tests (not a test file itself).
import { assertDocument } from '../../src/digest/check.js';
import { DocumentDigestSchema, type DocumentDigest } from '../../src/digest/schema.js';

/** The digest passes the zod contract and the checker the CLI runs (each throws otherwise). */
export function assertSchema(doc: DocumentDigest): void {
  DocumentDigestSchema.parse(doc);
  assertDocument(doc);
}

function checkSpan(what: string, text: string, start: number, end: number, quoted?: string): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new Error(`${what}: span [${start}, ${end}) is not a non-empty span inside the text (length ${text.length})`);
  }
  if (quoted !== undefined && quoted !== text.slice(start, end)) {
    throw new Error(`${what}: quoted text ${JSON.stringify(quoted)} !== text.slice(${start}, ${end}) = ${JSON.stringify(text.slice(start, end))}`);
  }
}

/**
 * Every span lies inside the text, is non-empty, and slices to its quoted text:
 * index evidence, percentages and money carry their text; entity spans are bounds only.
 */
export function assertSpans(doc: DocumentDigest, text: string): void {
  for (const [i, index] of doc.indices.entries()) {
    for (const [j, e] of index.evidence.entries()) checkSpan(`indices[${i}] (${index.name}).evidence[${j}]`, text, e.start, e.end, e.text);
  }
  for (const [i, p] of doc.percentages.entries()) checkSpan(`percentages[${i}]`, text, p.start, p.end, p.text);
  for (const [i, m] of doc.money.entries()) checkSpan(`money[${i}]`, text, m.start, m.end, m.text);
  for (const [i, e] of doc.entities.entries()) {
    for (const [j, [s, t]] of e.spans.entries()) checkSpan(`entities[${i}] (${e.text}).spans[${j}]`, text, s, t);
  }
}

/** Schema and spans together: what every digest must satisfy. */
export function assertValidDigest(doc: DocumentDigest, text: string): void {
  assertSchema(doc);
  assertSpans(doc, text);
}
