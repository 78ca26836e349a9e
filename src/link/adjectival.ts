// "a 10% correction", "a potential 5% drop", "a 5% stake": a percentage used as an adjective
// describes a thing, and is a move only as "a 2% gain" after a verb of fact.
import { MOVE_NOUNS } from '../lexicon/movement.js';

const MOVES = new Set(MOVE_NOUNS);
const HEDGES = new Set(['potential', 'possible', 'further', 'another']);

/**
 * @param before the two words before the percentage, nearest last, lower case
 * @param after the word right after it, lower case
 */
export function adjectivalNotMove(before: readonly (string | undefined)[], after: string | undefined): boolean {
  const [prev2, prev] = before.length >= 2 ? before.slice(-2) : [undefined, before[0]];
  if (prev !== 'a' && prev !== 'an' && prev2 !== 'a' && prev2 !== 'an') return false;
  return HEDGES.has(prev ?? '') || !MOVES.has((after ?? '').replace(/-$/, ''));
}
