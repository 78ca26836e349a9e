import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/decode.js';
import { segment } from '../../src/text/segment.js';

function sentences(text: string): string[] {
  const norm = normalize(text);
  return segment(norm).sentences.map((s) => text.slice(s.start, s.end));
}

describe('segment', () => {
  const cases: { text: string; expected: string[] }[] = [
    { text: 'In Tokyo, Advantest Corp. (TYO: 6857) rose. Shares fell.', expected: ['In Tokyo, Advantest Corp. (TYO: 6857) rose.', 'Shares fell.'] },
    { text: 'The U.S. market closed higher. Europe was mixed.', expected: ['The U.S. market closed higher.', 'Europe was mixed.'] },
    { text: 'On Jan. 13 the Nikkei hit a record. It closed up.', expected: ['On Jan. 13 the Nikkei hit a record.', 'It closed up.'] },
    { text: 'Mr. Ueda spoke. Dr. Smith agreed.', expected: ['Mr. Ueda spoke.', 'Dr. Smith agreed.'] },
    { text: 'Caterpillar Inc. and Tokyo Electron Ltd. gained.', expected: ['Caterpillar Inc. and Tokyo Electron Ltd. gained.'] },
    { text: 'Apple Co. rose. The U.K. index fell!', expected: ['Apple Co. rose.', 'The U.K. index fell!'] },
    { text: 'Headline Without Stop\nBody sentence one. Body two.', expected: ['Headline Without Stop', 'Body sentence one.', 'Body two.'] },
    { text: '- KOSPI advanced.\n- Hang Seng fell.', expected: ['KOSPI advanced.', 'Hang Seng fell.'] },
    { text: '* first item\n• second item', expected: ['first item', 'second item'] },
    { text: 'The index closed at 1,234.5. Then it rose.', expected: ['The index closed at 1,234.5.', 'Then it rose.'] },
    { text: 'He said "stocks rose." Then left.', expected: ['He said "stocks rose."', 'Then left.'] },
    { text: 'A wrapped line that continues\non the next line. Next.', expected: ['A wrapped line that continues\non the next line.', 'Next.'] },
    { text: 'No. 1 seed St. Louis Fed rose.', expected: ['No. 1 seed St. Louis Fed rose.'] },
    { text: 'Index  Last  Chg\nNikkei 225  38,450.10  +456.20', expected: ['Index  Last  Chg', 'Nikkei 225  38,450.10  +456.20'] },
    { text: 'CRLF line.\r\nSecond line.', expected: ['CRLF line.', 'Second line.'] },
    { text: 'J. Powell said rates hold. Markets rose.', expected: ['J. Powell said rates hold.', 'Markets rose.'] },
  ];
  it.each(cases)('$text', ({ text, expected }) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('finds the headline as the first non-empty line', () => {
    const text = '\n\n  Asian Markets Rally  \nBody.';
    const seg = segment(normalize(text));
    expect(seg.headline && text.slice(seg.headline.start, seg.headline.end)).toBe('Asian Markets Rally');
  });

  it('marks bullets, headings and table rows', () => {
    const seg = segment(normalize('Big Heading\n- a bullet.\nA body sentence.\nAMZN  238.33  -4.27  (-1.76%)'));
    expect(seg.sentences.map((s) => s.kind)).toEqual(['heading', 'bullet', 'body', 'table']);
  });

  // Lines are read by code unit; these pin the readings the patterns gave.
  const kinds: { text: string; expected: string[] }[] = [
    // Bullets: a mark or one or two digits with "." or ")", then a blank.
    { text: '12) first\n3. second\n123. third', expected: ['bullet', 'bullet', 'heading'] },
    { text: '-5% on the day', expected: ['heading'] }, // a sign, not a bullet
    { text: '\u25ba arrow item', expected: ['bullet'] },
    // Headings: short lines that do not end a sentence, closing quote or bracket allowed.
    { text: 'Markets Wrap: "Stocks Rise"', expected: ['heading'] },
    { text: 'Markets closed higher."', expected: ['body'] },
    { text: 'A'.repeat(161), expected: ['body'] },
    // Table rows: two column gaps and a number, or mostly numbers without two words of prose.
    { text: 'DAX  18,500  +120', expected: ['table'] },
    { text: 'DAX\t18,500\t+120', expected: ['heading'] }, // tabs are gaps but split no tokens
    { text: '38,450 +1.2% (0.5%)', expected: ['table'] },
    { text: 'Rates 1.2 2.3 3.4.', expected: ['table'] },
    { text: 'Rates rose 1.2 2.3 3.4', expected: ['heading'] },
    { text: 'Stocks rallied strongly 1.2 2.3.', expected: ['body'] },
  ];
  it.each(kinds)('$text', ({ text, expected }) => {
    expect(segment(text).sentences.map((x) => x.kind)).toEqual(expected);
  });
});

