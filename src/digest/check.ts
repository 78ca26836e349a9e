// The contract checked at run time without zod. contract-check.ts is generated ahead of time from
// the JSON Schema that zod emits for DigestSchema (json-schema.ts is the compiler; a test keeps
// the file equal to its output), so loading this module loads no zod and compiles nothing. It
// accepts exactly the values zod accepts and would return unchanged; see json-schema.ts for how
// zod's reading of each keyword is followed, and for unknown keys.
//
//   checkDocument(digestText(text))              → { ok: true, value }
//   checkDocument({ ...doc, date: '2026-1-5' })
//     → { ok: false, message: 'date: expected a string matching /^\d{4}-\d{2}-\d{2}$/ or null, got a string of 8 characters' }
import { formatIssue, type Check } from './check-runtime.js';
import { checkDigestValue, checkDocumentValue } from './contract-check.js';
import type { Digest, DocumentDigest } from './schema.js';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** A value that breaks the contract; the message names the path and the problem in one line. */
export class ContractError extends Error {
  override name = 'ContractError';
}

function result<T>(check: Check, value: unknown): CheckResult<T> {
  const issue = check(value);
  return issue ? { ok: false, message: formatIssue(issue) } : { ok: true, value: value as T };
}

/** One document of the contract (an entry of `documents`). */
export function checkDocument(value: unknown): CheckResult<DocumentDigest> {
  return result(checkDocumentValue, value);
}

/** The whole digest: schemaVersion, documents and the optional `merged`. */
export function checkDigest(value: unknown): CheckResult<Digest> {
  return result(checkDigestValue, value);
}

/** checkDocument that returns the document or throws a ContractError. */
export function assertDocument(value: unknown): DocumentDigest {
  const r = checkDocument(value);
  if (!r.ok) throw new ContractError(r.message);
  return r.value;
}

/** checkDigest that returns the digest or throws a ContractError. */
export function assertDigest(value: unknown): Digest {
  const r = checkDigest(value);
  if (!r.ok) throw new ContractError(r.message);
  return r.value;
}
