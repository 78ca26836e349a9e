// --format text: a short digest a person can scan. Index moves first (▲ ▼ ▬, level, change,
// record), then people, companies, organisations, places, money, other percentages, quotes.
import type { DocumentDigest, IndexDigest, MergedIndex } from '../digest/schema.js';
import { mergeDocuments } from '../digest/merge.js';
import { renderChart } from './chart.js';
import { terminalSafe } from './sanitize.js';
import { plain, type Styler } from './style.js';

export interface TextOptions {
  /** Add the sentences each index fact came from. */
  verbose?: boolean;
  /** Draw the bar chart of percent moves in the summary (default on). */
  chart?: boolean;
  /** Columns to fit the chart to. */
  width?: number;
}

/** Documents one after another, then, for several, the combined market summary. */
export function renderText(docs: readonly DocumentDigest[], style: Styler = plain, options: TextOptions = {}): string {
  const parts = docs.map((d) => renderDocument(d, style, options));
  if (docs.length > 1) parts.push(renderSummary(mergeDocuments(docs), style, options));
  return parts.join('\n');
}

export function renderDocument(doc: DocumentDigest, style: Styler = plain, options: TextOptions = {}): string {
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
    if (options.verbose) for (const e of i.evidence) lines.push(style.dim(`     “${terminalSafe(e.text)}” [${e.start}–${e.end}]`));
    if (options.verbose) for (const p of i.problems) lines.push(style.down(`     ⚠ ${p}`));
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
  const s = String(n);
  const dot = s.indexOf('.');
  const decimals = dot < 0 ? 0 : s.length - dot - 1;
  // Grouped by hand: the first toLocaleString of a process costs ICU's start-up, about as
  // long as the rest of a one-article digest. Rounding, exponents and -0 are left to it.
  if (decimals > 4 || s.includes('e') || !Number.isFinite(n) || Object.is(n, -0)) {
    const shown = Math.min(4, decimals);
    return n.toLocaleString('en-US', { minimumFractionDigits: shown, maximumFractionDigits: shown });
  }
  const sign = n < 0 ? '-' : '';
  const digits = (dot < 0 ? s : s.slice(0, dot)).slice(sign.length);
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return sign + grouped + (dot < 0 ? '' : s.slice(dot));
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

/** The market across documents: one line per index, conflicts flagged, and the chart. */
export function renderSummary(indices: readonly MergedIndex[], style: Styler = plain, options: TextOptions = {}): string {
  const lines = [style.bold(`Market summary (${indices.length} ${indices.length === 1 ? 'index' : 'indices'})`)];
  const name = (i: MergedIndex): string => (i.futures ? `${i.name} (futures)` : i.name);
  const nameWidth = Math.max(0, ...indices.map((i) => name(i).length));
  for (const i of indices) {
    const a = i.direction === 'up' ? style.up('▲') : i.direction === 'down' ? style.down('▼') : i.direction === 'flat' ? style.flat('▬') : style.dim('·');
    const level = i.level === null ? '' : `${i.levelApprox ? '~' : ''}${formatNumber(i.level)}`;
    const change = i.changePercent === null ? '' : `${i.changePercent > 0 ? '+' : ''}${formatNumber(i.changePercent)}%`;
    const conflict = i.conflicts.length
      ? style.down(`⚠ ${i.conflicts.map((c) => `${c.field}: ${c.values.map((v) => `${v.value} (${terminalSafe(v.source)})`).join(' vs ')}`).join('; ')}`)
      : '';
    const badges = [i.record ? style.accent('★ record') : '', conflict].filter(Boolean).join(' ');
    lines.push(` ${a} ${name(i).padEnd(nameWidth)}  ${level.padStart(11)}  ${change.padStart(8)}  ${style.dim(`${i.sources.length} source${i.sources.length === 1 ? '' : 's'}`)}  ${badges}`.trimEnd());
  }
  if (options.chart !== false) {
    const bars = indices.filter((i) => i.changePercent !== null).map((i) => ({ label: name(i), percent: i.changePercent! }));
    if (bars.length) lines.push('', renderChart(bars, options.width ?? 80, style));
  }
  return `${lines.join('\n')}\n`;
}
