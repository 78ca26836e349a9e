// Market tone of a stretch of text, from word valences: the AFINN-165 financial-market-news
// lexicon (3,555 words, read through its own export because natural 8.1.1's
// SentimentAnalyzer asks for a name the package does not export and scores everything 0),
// with our movement verbs filling its gaps ("soared", "slumped"). A word after a negator
// counts the other way. The score is the mean valence per word; the label has a dead zone.
import afinn from 'afinn-165-financialmarketnews';
import { DOWN_WORDS, UP_WORDS } from '../lexicon/movement.js';
import type { Span } from '../spans.js';
import { directionOf, directionOfWord, type Direction } from './direction.js';
import { WordMemo } from './word-memo.js';
import { DocumentWords, lexemeAnswer, type Word } from './words.js';

export type ToneLabel = 'positive' | 'negative' | 'neutral';

export interface Tone {
  /** Mean valence per word, rounded to three decimals. */
  score: number;
  label: ToneLabel;
}

export const VALENCES: Readonly<Record<string, number>> = afinn.afinn165FinancialMarketNews;

const NEGATORS = new Set(['not', 'no', 'never', "n't", 'without', 'nor', 'hardly', 'barely']);
const MOVE_VALENCE = 2;
// Below this mean valence per word the text reads as neither upbeat nor gloomy.
const DEAD_ZONE = 0.03;

export const VOCABULARY_SIZE = Object.keys(VALENCES).length + UP_WORDS.length + DOWN_WORDS.length;

/** Fear gauges rise when markets fall: their moves count the other way. */
export function isFearGauge(indexName: string): boolean {
  return /Volatility|\bVIX\b|VSTOXX|\bVXN\b/.test(indexName);
}

export interface Move {
  direction: 'up' | 'down' | 'flat' | null;
  record: boolean;
  fearGauge: boolean;
}

// How much a stated move weighs against the words around it: a table row has no words, and
// "fell 2%" says more about the tone than any adjective.
const MOVE_WEIGHT = 0.2;
const RECORD_WEIGHT = 0.1;

function moveScore(m: Move): number {
  const sign = m.direction === 'up' ? 1 : m.direction === 'down' ? -1 : 0;
  return (m.fearGauge ? -sign : sign) * MOVE_WEIGHT + (m.record && !m.fearGauge ? RECORD_WEIGHT : 0);
}

/** The tone of one index: its own words plus its move. */
export function indexTone(norm: string, stretches: readonly Span[], move: Move, words?: DocumentWords): Tone {
  return label(toneOf(norm, stretches, move.fearGauge, words).score + moveScore(move));
}

/** The tone of a document: its words plus the balance of the moves it reports. */
export function documentTone(norm: string, spans: readonly Span[], moves: readonly Move[], words?: DocumentWords): Tone {
  const balance = moves.length ? moves.reduce((sum, m) => sum + moveScore(m), 0) / moves.length : 0;
  return label(toneOf(norm, spans, false, words).score + balance);
}

function label(score: number): Tone {
  const rounded = Math.round(score * 1000) / 1000;
  return { score: rounded, label: rounded > DEAD_ZONE ? 'positive' : rounded < -DEAD_ZONE ? 'negative' : 'neutral' };
}

/** What one lower-case word adds to a tone. */
export interface WordTone {
  /** Its valence, a movement verb's when the lexicon gives none. */
  valence: number;
  /** A word of movement up or down: it counts the other way for a fear gauge. */
  moves: boolean;
  /** The next word counts the other way ("not", "didn't"). */
  negator: boolean;
}

/** Memoised: the same few thousand words make up most of any news text. */
function wordTone(w: string): WordTone {
  return wordTones.get(w) ?? wordTones.keep(w, toneFrom(w, directionOf(w)));
}

const wordTones = new WordMemo<WordTone>();

/** wordTone of a scanned word, kept on its lexeme beside its direction (see lexemeAnswer). */
function freshTone(word: string, w: Word): WordTone {
  return toneFrom(word, directionOfWord(w));
}

/** Every word of one tone shares one answer: a kept word's tone is a reference, not an object of its own. */
const TONES = new Map<string, WordTone>();

function toneFrom(w: string, d: Direction | null): WordTone {
  let valence = Object.hasOwn(VALENCES, w) ? VALENCES[w]! : 0;
  if (valence === 0) valence = d === 'up' ? MOVE_VALENCE : d === 'down' ? -MOVE_VALENCE : 0;
  const moves = d === 'up' || d === 'down';
  const negator = NEGATORS.has(w) || w.endsWith("n't");
  const key = `${valence} ${moves} ${negator}`;
  let tone = TONES.get(key);
  if (tone === undefined) {
    tone = { valence, moves, negator };
    TONES.set(key, tone);
  }
  return tone;
}

/**
 * @param invertMoves words of movement count the other way ("the VIX jumped" is bad news).
 * @param words the document's words, when the caller has them
 */
export function toneOf(norm: string, spans: readonly Span[], invertMoves = false, words: DocumentWords = new DocumentWords(norm)): Tone {
  let sum = 0;
  let count = 0;
  for (const s of spans) {
    let negate = false;
    // The span's words of /[A-Za-z][A-Za-z'-]*/g: its words that start with a letter, with the
    // apostrophes and hyphens that trail them.
    const whole = words.wholeRange(s.start, s.end);
    const list = whole ? words.all : words.between(s.start, s.end);
    const to = whole ? whole.to : list.length;
    for (let k = whole ? whole.from : 0; k < to; k++) {
      const w = list[k]!;
      const c = w.text.charCodeAt(0);
      if (!(c >= 97 && c <= 122)) continue;
      let end = w.end;
      while (end < s.end && (norm.charCodeAt(end) === 39 || norm.charCodeAt(end) === 45)) end++;
      const t = end === w.end ? lexemeAnswer(w, 'tone', freshTone, wordTone) : wordTone(w.text + norm.slice(w.end, end));
      count++;
      const v = invertMoves && t.moves ? -t.valence : t.valence;
      sum += negate ? -v : v;
      negate = t.negator;
    }
  }
  const score = count ? Math.round((sum / count) * 1000) / 1000 : 0;
  return { score, label: score > DEAD_ZONE ? 'positive' : score < -DEAD_ZONE ? 'negative' : 'neutral' };
}
