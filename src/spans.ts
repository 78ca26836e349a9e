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
 *
 * A text of up to SHARED_UP_TO characters is marked in one table shared by every Coverage, each
 * with a number of its own, so a new one costs neither an allocation nor a clearing pass (two
 * per document, thousands of documents a second). Only the newest one may use it: each stage
 * makes one, uses it and drops it before the next is made. A longer text gets a table of its
 * own, dropped with it, so one long document leaves nothing behind.
 */
export class Coverage {
  private static readonly SHARED_UP_TO = 1 << 20;
  private static shared = new Uint16Array(1024);
  private static newest = 0;
  private readonly marks: Uint8Array | Uint16Array;
  private readonly mark: number;

  constructor(length: number) {
    if (length > Coverage.SHARED_UP_TO) {
      this.marks = new Uint8Array(length + 1);
      this.mark = 1;
      return;
    }
    if (Coverage.shared.length <= length) Coverage.shared = new Uint16Array(Math.min(Coverage.SHARED_UP_TO + 1, Math.max(length + 1, Coverage.shared.length * 2)));
    if (Coverage.newest === 0xffff) {
      Coverage.shared.fill(0);
      Coverage.newest = 0;
    }
    this.marks = Coverage.shared;
    this.mark = ++Coverage.newest;
  }

  overlaps(s: Span): boolean {
    const marks = this.table();
    for (let i = s.start; i < s.end; i++) if (marks[i] === this.mark) return true;
    return false;
  }

  add(s: Span): void {
    this.table().fill(this.mark, s.start, s.end);
  }

  private table(): Uint8Array | Uint16Array {
    if (this.marks === Coverage.shared && this.mark !== Coverage.newest) throw new Error('a Coverage was used after a newer one was made');
    return this.marks;
  }
}
