// --format text: a short digest a person can scan. Index moves first (▲ ▼ ▬, level, change,
// record), then people, companies, organisations, places, money, other percentages, quotes.
import type { DocumentDigest, IndexDigest } from '../digest/schema.js';
import { terminalSafe } from './sanitize.js';
import { plain, type Styler } from './style.js';

export function renderText(docs: readonly DocumentDigest[], style: Styler = plain): string {
  return docs.map((d) => renderDocument(d, style)).join('\n');
}

export function renderDocument(doc: DocumentDigest, style: Styler = plain): string {
  const lines: string[] = [];
  const title = terminalSafe(doc.headline ?? '(no headline)');
  lines.push(`${style.bold(title)}  ${style.dim(terminalSafe(doc.source))}${doc.date ? style.dim(`  ${doc.date}`) : ''}${style.dim(`  tone ${doc.tone.label}`)}`);
  if (doc.indices.length === 0) lines.push(style.dim(' no index moves found'));
  const nameWidth = Math.max(0, ...doc.indices.map((i) => displayName(i).length));
  const regionWidth = Math.max(0, ...doc.indices.map((i) => i.region.length));
  for (const i of doc.indices) {
    const cells = [
      ` ${arrow(i, style)} ${displayName(i).padEnd(nameWidth)}`,
      style.dim(i.region.padEnd(regionWidth)),
      formatLevel(i).padStart(11),
      colourByDirection(formatPercent(i.changePercent, false).padStart(8), i, style),
      colourByDirection(formatPoints(i.changePoints).padStart(12), i, style),
      i.record ? style.accent('★ record') : '',
      i.problems.length ? style.down('⚠ figures disagree') : '',
    ];
    lines.push(cells.join('  ').trimEnd());
  }
  const byType = (t: string): typeof doc.entities => doc.entities.filter((e) => e.type === t);
  const section = (label: string, items: string[]): void => {
    if (items.length) lines.push(` ${style.bold(label.padEnd(13))} ${items.map(terminalSafe).join(', ')}`);
  };
  section('People', byType('person').map((e) => (e.title ? `${e.text} (${e.title})` : e.text)));
  section('Companies', byType('company').map((e) => (e.ticker ? `${e.text} [${e.exchange ? `${e.exchange}: ` : ''}${e.ticker}]` : e.text)));
  section('Organisations', byType('organization').map((e) => e.text));
  section('Places', byType('place').map((e) => e.text));
  section('Money', doc.money.map((m) => m.text));
  section('Percentages', doc.percentages.filter((p) => p.kind !== 'index-move').map((p) => `${p.text} (${p.kind}${p.subject ? `: ${p.subject}` : ''})`));
  section('Quotes', doc.quotes.map((q) => `${q.symbol} ${q.price} ${q.change >= 0 ? '+' : ''}${q.change} (${formatPercent(q.changePercent, false)})`));
  return `${lines.join('\n')}\n`;
}

function displayName(i: IndexDigest): string {
  return i.futures ? `${i.name} (futures)` : i.name;
}

function arrow(i: IndexDigest, style: Styler): string {
  if (i.direction === 'up') return style.up('▲');
  if (i.direction === 'down') return style.down('▼');
  if (i.direction === 'flat') return style.flat('▬');
  return style.dim('·');
}

function colourByDirection(s: string, i: IndexDigest, style: Styler): string {
  if (!s.trim()) return s;
  return i.direction === 'up' ? style.up(s) : i.direction === 'down' ? style.down(s) : s;
}

export function formatNumber(n: number): string {
  const decimals = Math.min(4, (String(n).split('.')[1] ?? '').length);
  return n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function formatLevel(i: IndexDigest): string {
  if (i.level === null) return '';
  return `${i.levelApprox ? '~' : ''}${formatNumber(i.level)}`;
}

function formatPercent(p: number | null, approx: boolean): string {
  if (p === null) return '';
  return `${approx ? '~' : ''}${p > 0 ? '+' : ''}${formatNumber(p)}%`;
}

function formatPoints(p: number | null): string {
  if (p === null) return '';
  return `${p > 0 ? '+' : ''}${formatNumber(p)} pts`;
}
