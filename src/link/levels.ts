// What a plain number after an index name is: the level the index reached ("rose 1.2% to
// 38,450.10", "closed at a record 6,120", "hit 58k"), a points change ("fell 312.45 points"),
// or neither: a threshold ("above the 50,000 mark"), a forecast ("could reach 60,000", "a
// push toward 60,000"), a past level ("from 38,000"), a year, a count.
import {
  CLOSING_WORDS, FORECAST_WORDS, LEVEL_CUES, LEVEL_FILLERS, LEVEL_NOUNS_BEFORE_OF, PAST_MARKERS, THRESHOLD_CUES, THRESHOLD_NOUNS,
} from '../lexicon/movement.js';
import type { NumberSpan } from '../extract/numbers.js';
import { alternation } from '../extract/regex.js';
import type { Word } from './words.js';
import { pattern } from '../patterns.js';

export type NumberRole = { role: 'level'; closing: boolean } | { role: 'points' } | { role: 'none' };

const CUES = new Set(LEVEL_CUES);
const THRESHOLDS = new Set(THRESHOLD_CUES);
const FILLERS = new Set(LEVEL_FILLERS);
const FORECASTS = new Set(FORECAST_WORDS);
const OF_NOUNS = new Set(LEVEL_NOUNS_BEFORE_OF);
const CLOSING = new Set(CLOSING_WORDS);
const PAST = new Set(PAST_MARKERS);
const EXCUSES = new Set(['than', 'as']);

const THRESHOLD_AFTER = pattern('link/levels:THRESHOLD_AFTER', new RegExp(`^(?:-(?:points?|yen|dollars?|euros?|pounds?|level))?(?: |-)(?:${alternation(THRESHOLD_NOUNS)})(?![A-Za-z])`, 'i'));
const POINTS_AFTER = pattern('link/levels:POINTS_AFTER', /^(?: |-)(?:points?|pts?|pt)(?![A-Za-z])/i);
const COUNT_AFTER = pattern('link/levels:COUNT_AFTER', /^(?:-| )?(?:years?|days?|weeks?|months?|sessions?|times|x|bps?|basis|stocks|companies|members|constituents|firms|shares|yen|dollars?|euros?|people|minutes|hours|am|pm|a\.m|p\.m|GMT|BST|ET|EST|JST|HKT|SGT)(?![A-Za-z])/i);
const JUST = new Set(['under', 'over', 'below', 'above']);
// After the number: when it was reached ("set in March", "hit in 1989") or is expected ("by year-end").
const PAST_OR_FUTURE_AFTER = pattern('link/levels:PAST_OR_FUTURE_AFTER', /^(?:-point)?(?: points?)?,? (?:(?:set|hit|reached|recorded|touched|struck|seen) (?:in|on|last|back)|in (?:19|20)\d\d|back in|by (?:year-end|the end|end-|mid-|early|late|next|the close of|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)|before (?:year-end|the end))/i);

export function isYearLike(n: NumberSpan): boolean {
  return !n.grouped && n.decimals === 0 && !n.scale && n.value >= 1900 && n.value <= 2100;
}

/**
 * @param before words between the start of the index's stretch and the number, in text order
 * @param direct the number follows the index name with nothing but spaces or a colon between
 */
export function numberRole(norm: string, n: NumberSpan, before: readonly Word[], direct: boolean): NumberRole {
  if (isYearLike(n) || (n.scale && n.scale !== 'k')) return { role: 'none' };
  const after = norm.slice(n.end, n.end + 24);
  if (THRESHOLD_AFTER.test(after)) return { role: 'none' };
  if (PAST_OR_FUTURE_AFTER.test(norm.slice(n.end, n.end + 40))) return { role: 'none' };
  const points = POINTS_AFTER.test(after);
  if (!points && COUNT_AFTER.test(after)) return { role: 'none' };
  const cue = levelCue(before);
  if (cue === 'threshold') return { role: 'none' };
  if (cue !== null && !hasForecast(before)) return { role: 'level', closing: cue === 'closing' };
  if (points) return { role: 'points' };
  if (direct && !n.signed) return { role: 'level', closing: false };
  return { role: 'none' };
}

function levelCue(before: readonly Word[]): 'level' | 'closing' | 'threshold' | null {
  for (let i = before.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const w = before[i]!.text;
    const prev = before[i - 1]?.text;
    if (JUST.has(w) && prev === 'just') {
      i--;
      continue;
    }
    if (THRESHOLDS.has(w)) return 'threshold';
    if (CUES.has(w)) {
      if (w === 'of' && !(prev && OF_NOUNS.has(prev))) return null;
      // "a range of 38,000 to 39,000": a number right before "to" makes a range, unless it came "from".
      if (w === 'to' && prev !== undefined && /^[+-]?\d[\d,.]*$/.test(prev) && before[i - 2]?.text !== 'from') return null;
      // "from Monday's record close of 150,862.10", "below the previous close of": a level of another day.
      if (w === 'of' && pastOrPassed(before, i)) return 'threshold';
      for (let k = i; k >= Math.max(0, i - 3); k--) {
        const word = before[k]!.text;
        // "close to 58,000" is an approximation, not the close.
        if (CLOSING.has(word) && !(word === 'close' && before[k + 1]?.text === 'to')) return 'closing';
      }
      return 'level';
    }
    if (!FILLERS.has(w)) return null;
  }
  return null;
}

function pastOrPassed(before: readonly Word[], of: number): boolean {
  for (let k = of - 1; k >= Math.max(0, of - 6); k--) {
    const w = before[k]!.text;
    // "its 2021 peak of", "a 52-week high of", "the year-to-date high of": a level of another time.
    if (PAST.has(w) || THRESHOLDS.has(w) || /^(?:19|20)\d\d$|^\d+-(?:week|month|year)$|^year-to-date$/.test(w)) return true;
    if (!FILLERS.has(w) && !OF_NOUNS.has(w)) return false;
  }
  return false;
}

function hasForecast(before: readonly Word[]): boolean {
  return before.some((w, i) => FORECASTS.has(w.text) && !EXCUSES.has(before[i - 1]?.text ?? ''));
}
