// One text to one checked document: digested, validated against the contract, and a bug of
// ours turned into a reason that names no stack, so one input's failure never stops the rest.
import type { CompiledLexicon } from '../extract/lexicon.js';
import { digestTexts, type SourcedText } from '../pipeline.js';
import { checkDocument } from './check.js';
import type { DocumentDigest } from './schema.js';

export type Checked = { ok: true; document: DocumentDigest } | { ok: false; reason: string };

export function digestChecked(text: string, source: string, lexicon: CompiledLexicon): Checked {
  return digestCheckedMany([{ text, source }], lexicon)[0]!;
}

/**
 * digestChecked for several texts, digested together (digestTexts). Should the batch throw,
 * each text is digested again alone, so the failure stays with the text that caused it.
 */
export function digestCheckedMany(items: readonly SourcedText[], lexicon: CompiledLexicon): Checked[] {
  let documents: DocumentDigest[];
  try {
    documents = digestTexts(items, lexicon);
  } catch (err) {
    if (items.length > 1) return items.map((item) => digestCheckedMany([item], lexicon)[0]!);
    return [{ ok: false, reason: internalError(err) }];
  }
  return documents.map((document) => {
    try {
      const checked = checkDocument(document);
      return checked.ok ? { ok: true, document: checked.value } : { ok: false, reason: `internal error: ${checked.message}` };
    } catch (err) {
      return { ok: false, reason: internalError(err) };
    }
  });
}

/** A bug of ours, as one line that names no stack. */
export function internalError(err: unknown): string {
  return `internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
}
