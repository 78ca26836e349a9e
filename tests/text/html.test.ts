import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../src/text/html.js';

describe('htmlToText', () => {
  const cases: [string, string][] = [
    ['<html><head><title>T</title><script>var x = "Nikkei rose 9%";</script></head><body><h1>Stocks Rally</h1><p>The Nikkei rose 1%.</p></body></html>', 'Stocks Rally\nThe Nikkei rose 1%.\n'],
    ['<body><nav>Home | Markets</nav><article><p>The DAX fell 0.5%.</p></article><footer>© 2026</footer></body>', 'The DAX fell 0.5%.\n'],
    ['<p>S&amp;P&nbsp;500 rose</p>', 'S&P\u00a0500 rose\n'],
    ['<ul><li>KOSPI advanced</li><li>Hang Seng fell</li></ul>', '- KOSPI advanced\n- Hang Seng fell\n'],
    ['<table><tr><th>Index</th><th>Last</th></tr><tr><td>Nikkei 225</td><td>38,450.10</td></tr></table>', 'Index  Last\nNikkei 225  38,450.10\n'],
    ['<html><head><title>Only Title</title></head><body><p>Body text.</p></body></html>', 'Only Title\nBody text.\n'],
    ['<p>line one<br>line two</p>', 'line one\nline two\n'],
    ['<style>p{color:red}</style><p>kept</p>', 'kept\n'],
    ['', ''],
  ];
  it.each(cases)('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it.each([
    ['<!DOCTYPE html><html>', true],
    ['  <html lang="en">', true],
    ['The Nikkei <b>rose</b>', false],
    ['plain text', false],
  ] as const)('looksLikeHtml(%j) is %s', (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
