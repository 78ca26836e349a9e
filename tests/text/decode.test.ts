import { describe, expect, it } from 'vitest';
import { decode, normalize } from '../../src/text/decode.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  const cases: { name: string; input: Uint8Array; text?: string; fail?: RegExp; warn?: boolean }[] = [
    { name: 'plain UTF-8', input: utf8('Nikkei up 1%'), text: 'Nikkei up 1%' },
    { name: 'UTF-8 BOM removed', input: bytes(0xef, 0xbb, 0xbf, ...utf8('FTSE 100')), text: 'FTSE 100' },
    { name: 'CRLF kept', input: utf8('a\r\nb'), text: 'a\r\nb' },
    { name: 'UTF-16 LE with BOM', input: bytes(0xff, 0xfe, 0x44, 0x00, 0x41, 0x00, 0x58, 0x00), text: 'DAX' },
    { name: 'UTF-16 BE with BOM', input: bytes(0xfe, 0xff, 0x00, 0x44, 0x00, 0x41, 0x00, 0x58), text: 'DAX' },
    { name: 'NUL byte is binary', input: bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), fail: /binary/ },
    { name: 'many control bytes are binary', input: bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65))), fail: /binary/ },
    { name: 'invalid UTF-8 replaced with a warning', input: bytes(0x41, 0xff, 0x42), text: 'A\ufffdB', warn: true },
    { name: 'empty file is empty text', input: bytes(), text: '' },
  ];
  it.each(cases)('$name', ({ input, text, fail, warn }) => {
    const r = decode(input);
    if (fail) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(fail);
      return;
    }
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).toBe(text);
      expect(r.warnings.length > 0).toBe(Boolean(warn));
    }
  });
});

describe('normalize keeps length and maps look-alikes', () => {
  const cases: [string, string][] = [
    ['fell \u22120.6%', 'fell -0.6%'],
    ['down \u20130.4%', 'down -0.4%'],
    ['53\u00a0549.16', '53,549.16'],
    ['53\u2009549.16', '53,549.16'],
    ['53\u202f549', '53,549'],
    ['Japan\u2019s Nikkei', "Japan's Nikkei"],
    ['\u201cTakaichi trade\u201d', '"Takaichi trade"'],
    ['a\r\nb', 'a \nb'],
    ['a\rb', 'a\nb'],
    ['\uff15\uff18\uff10\uff10\uff10', '58000'],
    ['up\u00a0 2', 'up  2'],
    ['tab\there', 'tab here'],
    ['plain ascii', 'plain ascii'],
  ];
  it.each(cases)('%j', (input, expected) => {
    const out = normalize(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });
});
