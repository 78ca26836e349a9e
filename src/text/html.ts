// Saved web pages → article text, with a real HTML parser (htmlparser2, streaming, entities
// decoded): scripts, styles, navigation, headers, footers, forms and asides are dropped; block
// elements end lines; list items become bullets; table cells are separated by two spaces so
// the segmenter sees table rows. Offsets in the digest refer to the text this returns.
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'template', 'iframe', 'button', 'select', 'head', 'title', 'canvas', 'object']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'thead',
  'tbody', 'blockquote', 'pre', 'figure', 'figcaption', 'dl', 'dt', 'dd', 'address', 'hr', 'caption',
]);

export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text.slice(0, 1024));
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let skipDepth = 0;
  let title = '';
  let inTitle = false;
  let sawHeading = false;
  let cellInRow = 0;
  const endLine = (): void => {
    const t = line.replace(/[ \t\r\n\f]+/g, ' ').trim().replace(/ ?\u0001 ?/g, '  ');
    if (t) lines.push(t);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (name === 'br') endLine();
        else if (BLOCK.has(name)) {
          endLine();
          if (name === 'li') line = '- ';
          if (name === 'tr') cellInRow = 0;
          if (/^h[1-6]$/.test(name)) sawHeading = true;
        } else if (name === 'td' || name === 'th') {
          // A marker that survives whitespace folding, so cells stay two spaces apart.
          if (cellInRow++ > 0) line += '\u0001';
        }
      },
      ontext(text) {
        if (inTitle) title += text;
        if (!skipDepth) line += text.replace(/\u0001/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIP.has(name)) {
          if (skipDepth) skipDepth--;
          return;
        }
        if (!skipDepth && (BLOCK.has(name) || name === 'br')) endLine();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  const t = title.replace(/\s+/g, ' ').trim();
  if (!sawHeading && t) lines.unshift(t);
  return lines.join('\n') + (lines.length ? '\n' : '');
}
