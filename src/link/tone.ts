// Market tone of a stretch of text, from word valences: the AFINN-165 financial-market-news
// lexicon (3,555 words, read through its own export because natural 8.1.1's
// SentimentAnalyzer asks for a name the package does not export and scores everything 0),
// with our movement verbs filling its gaps ("soared", "slumped"). A word after a negator
// counts the other way. The score is the mean valence per word; the label has a dead zone.
import afinn from 'afinn-165-financialmarketnews';
import { DOWN_WORDS, UP_WORDS } from '../lexicon/movement.js';
import type { Span } from '../spans.js';
import { directionOf } from './direction.js';

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
const WORD = /[A-Za-z][A-Za-z'-]*/g;

export const VOCABULARY_SIZE = Object.keys(VALENCES).length + UP_WORDS.length + DOWN_WORDS.length;

export function toneOf(norm: string, spans: readonly Span[]): Tone {
  let sum = 0;
  let words = 0;
  for (const s of spans) {
    let negate = false;
    for (const m of norm.slice(s.start, s.end).matchAll(WORD)) {
      const w = m[0].toLowerCase();
      words++;
      let v = Object.hasOwn(VALENCES, w) ? VALENCES[w]! : 0;
      if (v === 0) {
        const d = directionOf(w);
        v = d === 'up' ? MOVE_VALENCE : d === 'down' ? -MOVE_VALENCE : 0;
      }
      sum += negate ? -v : v;
      negate = NEGATORS.has(w) || w.endsWith("n't");
    }
  }
  const score = words ? Math.round((sum / words) * 1000) / 1000 : 0;
  return { score, label: score > DEAD_ZONE ? 'positive' : score < -DEAD_ZONE ? 'negative' : 'neutral' };
}
