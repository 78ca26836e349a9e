// Scores digests against annotations: per field, true positives, false positives and false
// negatives, with every miss named, so a change to the rules can be judged on numbers.
import type { DocumentDigest } from '../digest/schema.js';
import type { Annotation } from './annotation.js';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Miss {
  source: string;
  field: string;
  expected: string;
  actual: string;
}

export interface Score {
  fields: Record<string, Tally>;
  /** Trap numbers (thresholds, forecasts, years) reported as an index level. */
  trapLevels: number;
  /** Matched entities whose type is right, out of matched entities. */
  entityTypes: { right: number; total: number };
  misses: Miss[];
}

export const FIELDS = [
  'index', 'level', 'changePercent', 'changePoints', 'direction', 'record', 'exactFact',
  'percentage', 'percentageKind', 'money', 'entity', 'ticker', 'date', 'tone', 'indexTone',
] as const;

export function emptyScore(): Score {
  const fields: Record<string, Tally> = {};
  for (const f of FIELDS) fields[f] = { tp: 0, fp: 0, fn: 0 };
  return { fields, trapLevels: 0, entityTypes: { right: 0, total: 0 }, misses: [] };
}

export function f1(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const close = (a: number, b: number, tol: number): boolean => Math.abs(a - b) <= tol + Math.abs(b) * 1e-9;
const show = (v: unknown): string => (v === null || v === undefined ? '—' : String(v));

export function scoreDocument(score: Score, source: string, expected: Annotation, actual: DocumentDigest): void {
  const miss = (field: string, e: unknown, a: unknown): void => {
    score.misses.push({ source, field, expected: show(e), actual: show(a) });
  };
  const tally = (field: string): Tally => score.fields[field]!;

  // Indices: matched by name and futures.
  const key = (i: { name: string; futures?: boolean }): string => `${i.name}${i.futures ? ' (futures)' : ''}`;
  const actualByKey = new Map(actual.indices.map((i) => [key(i), i]));
  const expectedKeys = new Set(expected.indices.map(key));
  for (const e of expected.indices) {
    const a = actualByKey.get(key(e)) ?? null;
    if (a) tally('index').tp++;
    else {
      tally('index').fn++;
      miss('index', key(e), null);
    }
    const numeric = (field: 'level' | 'changePercent' | 'changePoints', tol: number): boolean => {
      const ev = e[field];
      const av = a ? a[field] : null;
      const t = tally(field);
      if (ev === null && av === null) return true;
      if (ev !== null && av !== null && close(av, ev, tol)) {
        t.tp++;
        return true;
      }
      if (av !== null) t.fp++;
      if (ev !== null) t.fn++;
      miss(`${field} of ${key(e)}`, ev, av);
      return false;
    };
    const levelOk = numeric('level', 0.011);
    const pctOk = numeric('changePercent', 0.0051);
    const ptsOk = numeric('changePoints', 0.011);
    const ad = a ? a.direction : null;
    let dirOk = ad === e.direction;
    if (e.direction !== null && ad === e.direction) tally('direction').tp++;
    else if (ad !== e.direction) {
      if (ad !== null) tally('direction').fp++;
      if (e.direction !== null) tally('direction').fn++;
      miss(`direction of ${key(e)}`, e.direction, ad);
      dirOk = false;
    }
    const ar = a ? a.record : false;
    if (e.record && ar) tally('record').tp++;
    else if (e.record !== ar) {
      tally('record')[ar ? 'fp' : 'fn']++;
      miss(`record of ${key(e)}`, e.record, ar);
    }
    if (a && e.tone) {
      const t = tally('indexTone');
      if (a.tone.label === e.tone) t.tp++;
      else {
        t.fp++;
        t.fn++;
        miss(`tone of ${key(e)}`, e.tone, a.tone.label);
      }
    }
    if (a && levelOk && pctOk && ptsOk && dirOk) tally('exactFact').tp++;
    else {
      tally('exactFact').fn++;
      if (a) tally('exactFact').fp++;
    }
  }
  for (const a of actual.indices) {
    if (expectedKeys.has(key(a))) continue;
    tally('index').fp++;
    tally('exactFact').fp++;
    miss('index', null, key(a));
    if (a.level !== null) tally('level').fp++;
    if (a.changePercent !== null) tally('changePercent').fp++;
    if (a.changePoints !== null) tally('changePoints').fp++;
    if (a.direction !== null) tally('direction').fp++;
    if (a.record) tally('record').fp++;
  }
  for (const a of actual.indices) {
    if (a.level !== null && expected.traps.some((t) => close(a.level!, t, 0.011))) {
      score.trapLevels++;
      miss(`trap reported as level of ${key(a)}`, null, a.level);
    }
  }

  // Percentages: value (sign included), then kind among those matched.
  matchBags(
    expected.percentages,
    actual.percentages,
    (e, a) => close(a.value, e.value, 0.0051),
    (e, a) => {
      const t = tally('percentageKind');
      if (e.kind === a.kind) t.tp++;
      else {
        t.fp++;
        t.fn++;
        miss('percentage kind', `${e.value}% ${e.kind}`, `${a.value}% ${a.kind}`);
      }
    },
    tally('percentage'),
    (e) => miss('percentage', `${e.value}% ${e.kind}`, null),
    (a) => miss('percentage', null, `${a.text} ${a.kind}`),
  );

  matchBags(
    expected.money,
    actual.money,
    (e, a) => e.currency === a.currency && close(a.amount, e.amount, Math.abs(e.amount) * 0.005),
    () => undefined,
    tally('money'),
    (e) => miss('money', `${e.amount} ${e.currency}`, null),
    (a) => miss('money', null, `${a.text} (${a.amount} ${a.currency})`),
  );

  matchBags(
    expected.entities,
    actual.entities,
    (e, a) => sameName(e.text, a.text),
    (e, a) => {
      score.entityTypes.total++;
      if (e.type === a.type) score.entityTypes.right++;
      else miss('entity type', `${e.text} ${e.type}`, `${a.text} ${a.type}`);
      if (e.ticker) {
        const t = tally('ticker');
        if (a.ticker === e.ticker) t.tp++;
        else {
          t.fn++;
          if (a.ticker) t.fp++;
          miss(`ticker of ${e.text}`, e.ticker, a.ticker);
        }
      } else if (a.ticker) tally('ticker').fp++;
    },
    tally('entity'),
    (e) => miss('entity', `${e.text} (${e.type})`, null),
    (a) => miss('entity', null, `${a.text} (${a.type})`),
  );

  if (expected.tone) {
    const t = tally('tone');
    if (actual.tone.label === expected.tone) t.tp++;
    else {
      t.fp++;
      t.fn++;
      miss('tone', expected.tone, actual.tone.label);
    }
  }

  const ed = expected.date ?? null;
  if (ed !== null && actual.date === ed) tally('date').tp++;
  else if (ed !== actual.date) {
    if (actual.date !== null) tally('date').fp++;
    if (ed !== null) tally('date').fn++;
    miss('date', ed, actual.date);
  }
}

/** Greedy one-to-one matching of two lists; `onMatch` scores what matched pairs share. */
function matchBags<E, A>(
  expected: readonly E[],
  actual: readonly A[],
  same: (e: E, a: A) => boolean,
  onMatch: (e: E, a: A) => void,
  t: Tally,
  onMissing: (e: E) => void,
  onExtra: (a: A) => void,
): void {
  const used = new Set<number>();
  for (const e of expected) {
    const i = actual.findIndex((a, k) => !used.has(k) && same(e, a));
    if (i < 0) {
      t.fn++;
      onMissing(e);
      continue;
    }
    used.add(i);
    t.tp++;
    onMatch(e, actual[i]!);
  }
  actual.forEach((a, k) => {
    if (used.has(k)) return;
    t.fp++;
    onExtra(a);
  });
}

const SUFFIX = /[,.]?\s+(?:inc|corp|corporation|co|company|ltd|limited|plc|llc|ag|se|sa|nv|holdings|group|kk)\.?$/i;

/** Names match when equal after case, "the", punctuation and legal suffixes are set aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => {
    let t = s.toLowerCase().replace(/^the\s+/, '').replace(/[\u2019']/g, "'").trim();
    for (let i = 0; i < 3; i++) t = t.replace(SUFFIX, '').trim();
    return t.replace(/[.,]/g, '').replace(/\s+/g, ' ');
  };
  return norm(a) === norm(b);
}
