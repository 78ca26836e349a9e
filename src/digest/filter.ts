// --index, --region and --min-move: keep the index entries a user asked for, in every format.
import { INDICES } from '../lexicon/indices.js';
import type { IndexEntry } from '../lexicon/types.js';
import type { DocumentDigest, IndexDigest } from './schema.js';

export interface IndexFilter {
  /** Canonical names or aliases, any case. */
  names?: readonly string[];
  regions?: readonly string[];
  /** Smallest absolute percent move to keep; entries without a percent change are dropped. */
  minMove?: number;
}

/**
 * The canonical names a user's --index words stand for: "Footsie", "ftse" and "FTSE 100" all
 * mean FTSE 100, whichever form the article used. Words that name no index are kept as given.
 */
export function canonicalIndexNames(names: readonly string[], extra: readonly IndexEntry[] = []): string[] {
  const byForm = new Map<string, string>();
  for (const e of [...INDICES, ...extra]) for (const form of [e.name, ...e.aliases]) byForm.set(form.toLowerCase(), e.name);
  return names.map((n) => byForm.get(n.toLowerCase()) ?? n);
}

export function keepIndex(i: Pick<IndexDigest, 'name' | 'region' | 'changePercent'>, f: IndexFilter): boolean {
  const lower = (s: string): string => s.toLowerCase();
  if (f.names?.length && !f.names.map(lower).includes(lower(i.name))) return false;
  if (f.regions?.length && !f.regions.map(lower).includes(lower(i.region))) return false;
  if (f.minMove !== undefined && (i.changePercent === null || Math.abs(i.changePercent) < f.minMove)) return false;
  return true;
}

export function filterDocument(doc: DocumentDigest, f: IndexFilter): DocumentDigest {
  if (!f.names?.length && !f.regions?.length && f.minMove === undefined) return doc;
  return { ...doc, indices: doc.indices.filter((i) => keepIndex(i, f)) };
}
