// --index, --region and --min-move: keep the index entries a user asked for, in every format.
import type { DocumentDigest, IndexDigest } from './schema.js';

export interface IndexFilter {
  /** Canonical names or aliases, any case. */
  names?: readonly string[];
  regions?: readonly string[];
  /** Smallest absolute percent move to keep; entries without a percent change are dropped. */
  minMove?: number;
}

export function keepIndex(i: Pick<IndexDigest, 'name' | 'region' | 'changePercent'> & { aliases?: readonly string[] }, f: IndexFilter): boolean {
  const lower = (s: string): string => s.toLowerCase();
  if (f.names?.length) {
    const wanted = new Set(f.names.map(lower));
    if (!wanted.has(lower(i.name)) && !(i.aliases ?? []).some((a) => wanted.has(lower(a)))) return false;
  }
  if (f.regions?.length && !f.regions.map(lower).includes(lower(i.region))) return false;
  if (f.minMove !== undefined && (i.changePercent === null || Math.abs(i.changePercent) < f.minMove)) return false;
  return true;
}

export function filterDocument(doc: DocumentDigest, f: IndexFilter): DocumentDigest {
  if (!f.names?.length && !f.regions?.length && f.minMove === undefined) return doc;
  return { ...doc, indices: doc.indices.filter((i) => keepIndex(i, f)) };
}
