// Half-open text spans [start, end) and the lookups every stage needs on lists of them, in
// logarithmic time so a long document costs no more per fact than a short one.

export interface Span {
  start: number;
  end: number;
}

/** Index of the first span in `sorted` (by start) whose start is ≥ `pos`. */
export function lowerBound(sorted: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans of `sorted` (by start) that lie wholly inside [start, end). */
export function within<T extends Span>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) {
    if (sorted[i]!.end <= end) out.push(sorted[i]!);
  }
  return out;
}

/** Whether any span of `sorted` (by start, not overlapping each other) overlaps `s`. */
export function overlapsAny(sorted: readonly Span[], s: Span): boolean {
  const i = lowerBound(sorted, s.start);
  const prev = sorted[i - 1];
  if (prev && prev.end > s.start) return true;
  const next = sorted[i];
  return next !== undefined && next.start < s.end;
}

/** Whether any span of `sorted` (by start; may overlap each other, none longer than `maxLength`) overlaps `s`. */
export function overlapsSome(sorted: readonly Span[], s: Span, maxLength = 200): boolean {
  for (let i = lowerBound(sorted, s.start - maxLength); i < sorted.length && sorted[i]!.start < s.end; i++) {
    if (sorted[i]!.end > s.start) return true;
  }
  return false;
}

/**
 * The characters of a text already claimed by a span: checking and claiming cost the span's
 * length, whatever the order spans arrive in or how many there are.
 */
export class Coverage {
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  overlaps(s: Span): boolean {
    for (let i = s.start; i < s.end; i++) if (this.taken[i]) return true;
    return false;
  }

  add(s: Span): void {
    this.taken.fill(1, s.start, s.end);
  }
}
