// Words that end with a period without ending a sentence ("Advantest Corp. (TYO: 6857)",
// "The U.S. market", "Jan. 13"). Lower case, without the final period. Add one per line.
export const ABBREVIATIONS: readonly string[] = [
  // company suffixes
  'corp', 'inc', 'ltd', 'co', 'plc', 'bhd', 'cos', 'bros', 'mfg', 'intl', 'hldgs',
  // places and bodies written with dots
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'n.y', 'd.c', 'l.a', 's.a', 'n.v', 'k.k', 'l.p', 'l.l.c', 's.p.a',
  // months and days
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'hon', 'pres',
  // references and units
  'no', 'nos', 'vol', 'vs', 'v', 'etc', 'e.g', 'i.e', 'approx', 'est', 'fig', 'pp', 'dept', 'ave', 'mt', 'ft',
  'a.m', 'p.m',
];
