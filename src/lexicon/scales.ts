// Scale words and approximators that qualify a number. Lower case.

/** Multipliers written after a number: "1.2 million", "US$2.1bn", "€40m", "58k". */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, mio: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, tr: 1e12, trn: 1e12,
  // Indian numbering: "Rs 500 crore".
  lakh: 1e5, crore: 1e7,
};

/** Scale words that may follow the number after a space ("135 billion"); short forms must touch it. */
export const SPACED_SCALES: readonly string[] = ['thousand', 'million', 'billion', 'trillion', 'mn', 'bn', 'tn', 'mln', 'bln', 'trn', 'lakh', 'crore'];

/** Words before a number that make it approximate: "nearly 3%", "close to 58,000". */
export const APPROXIMATORS: readonly string[] = [
  'nearly', 'about', 'around', 'roughly', 'approximately', 'approx.', 'almost', 'some', 'close to', 'near',
  'just under', 'just over', 'just below', 'just above', 'just shy of', 'more than', 'less than', 'over', 'under',
  'circa', 'an estimated', 'upwards of', 'in the region of', 'north of', 'south of', '~',
];
