// One text to one checked document: digested, validated against the contract, and a bug of
// ours turned into a reason that names no stack, so one input's failure never stops the rest.
import type { CompiledLexicon } from '../extract/lexicon.js';
import { digestText } from '../pipeline.js';
import { checkDocument } from './check.js';
import type { DocumentDigest } from './schema.js';

export type Checked = { ok: true; document: DocumentDigest } | { ok: false; reason: string };

export function digestChecked(text: string, source: string, lexicon: CompiledLexicon): Checked {
  try {
    const checked = checkDocument(digestText(text, { source, lexicon }));
    return checked.ok ? { ok: true, document: checked.value } : { ok: false, reason: `internal error: ${checked.message}` };
  } catch (err) {
    return { ok: false, reason: `internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
}
