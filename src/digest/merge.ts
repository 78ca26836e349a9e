// --merge: one market view per index across documents. Figures that documents agree on are
// kept; where they disagree (two closing levels for one index) the field is left empty and
// the conflict lists every value with its source, rather than one being picked silently.
import type { DocumentDigest, MergedIndex } from './schema.js';

type Field = 'level' | 'changePercent' | 'changePoints' | 'direction';
const TOLERANCE: Record<Field, number> = { level: 0.011, changePercent: 0.0051, changePoints: 0.011, direction: 0 };

type Sourced = Pick<DocumentDigest, 'source' | 'indices'>;

export function mergeDocuments(docs: readonly Sourced[]): MergedIndex[] {
  const byKey = new Map<string, { first: DocumentDigest['indices'][number]; seen: { doc: Sourced; index: DocumentDigest['indices'][number] }[] }>();
  for (const doc of docs) {
    for (const index of doc.indices) {
      const key = `${index.name}\u0000${index.futures}`;
      const entry = byKey.get(key) ?? { first: index, seen: [] };
      entry.seen.push({ doc, index });
      byKey.set(key, entry);
    }
  }
  const out: MergedIndex[] = [];
  for (const { first, seen } of byKey.values()) {
    const merged: MergedIndex = {
      name: first.name,
      region: first.region,
      currency: first.currency,
      futures: first.futures,
      level: null,
      levelApprox: false,
      changePercent: null,
      changePoints: null,
      direction: null,
      record: seen.some((s) => s.index.record),
      sources: [...new Set(seen.map((s) => s.doc.source))],
      conflicts: [],
    };
    for (const field of ['level', 'changePercent', 'changePoints', 'direction'] as const) {
      const values = seen.filter((s) => s.index[field] !== null).map((s) => ({ value: s.index[field]!, source: s.doc.source }));
      if (!values.length) continue;
      const distinct = values.filter((v, i) => values.findIndex((w) => same(w.value, v.value, TOLERANCE[field])) === i);
      if (distinct.length === 1) {
        if (field === 'direction') merged.direction = values[0]!.value as MergedIndex['direction'];
        else merged[field] = values[0]!.value as number;
        if (field === 'level') merged.levelApprox = seen.every((s) => s.index.level === null || s.index.levelApprox);
      } else merged.conflicts.push({ field, values });
    }
    out.push(merged);
  }
  return out;
}

function same(a: number | string, b: number | string, tol: number): boolean {
  return typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= tol : a === b;
}
