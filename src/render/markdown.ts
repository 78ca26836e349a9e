// --format markdown: a report for a cron job. A title with the date, a table of index moves
// across all inputs, the notable companies and people, money and rates, then a section per
// document. Text from the input is escaped so it cannot break the tables or inject markup.
import type { DocumentDigest, MergedIndex } from '../digest/schema.js';
import { terminalSafe } from './sanitize.js';
import { formatNumber } from './text.js';

export interface MarkdownOptions {
  /** The report's date, YYYY-MM-DD (--date, default today). */
  date: string;
}

export function md(s: string): string {
  return terminalSafe(s).replace(/[\\`*_{}[\]<>|#]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');
}

const pct = (v: number | null): string => (v === null ? '' : `${v > 0 ? '+' : ''}${formatNumber(v)}%`);
const pts = (v: number | null): string => (v === null ? '' : `${v > 0 ? '+' : ''}${formatNumber(v)}`);
const arrow = (d: string | null): string => (d === 'up' ? '▲ up' : d === 'down' ? '▼ down' : d === 'flat' ? '▬ flat' : '');

export function renderMarkdown(docs: readonly DocumentDigest[], merged: readonly MergedIndex[], options: MarkdownOptions): string {
  const out: string[] = [`# Market digest — ${options.date}`, ''];
  out.push(`${docs.length} document${docs.length === 1 ? '' : 's'}.`, '');
  out.push('## Index moves', '');
  if (merged.length) {
    out.push('| Index | Region | Level | Change | Points | Direction | Record | Sources |', '| --- | --- | ---: | ---: | ---: | --- | --- | --- |');
    for (const i of merged) {
      const level = i.level === null ? '' : `${i.levelApprox ? '~' : ''}${formatNumber(i.level)}`;
      const conflict = i.conflicts.length ? ` ⚠ ${i.conflicts.map((c) => `${c.field}: ${c.values.map((v) => `${v.value} (${md(v.source)})`).join(' vs ')}`).join('; ')}` : '';
      out.push(`| ${md(i.name)}${i.futures ? ' (futures)' : ''} | ${md(i.region)} | ${level} | ${pct(i.changePercent)} | ${pts(i.changePoints)} | ${arrow(i.direction)}${conflict} | ${i.record ? '★ record' : ''} | ${i.sources.map(md).join(', ')} |`);
    }
  } else out.push('No index moves found.');
  out.push('');

  const count = new Map<string, { text: string; type: string; ticker: string | null; title: string | null; n: number }>();
  for (const d of docs) {
    for (const e of d.entities) {
      if (e.type !== 'company' && e.type !== 'person') continue;
      const key = `${e.type}:${e.text}`;
      const c = count.get(key) ?? { text: e.text, type: e.type, ticker: e.ticker, title: e.title, n: 0 };
      c.n += e.count;
      count.set(key, c);
    }
  }
  const notable = [...count.values()].sort((a, b) => b.n - a.n || a.text.localeCompare(b.text)).slice(0, 20);
  if (notable.length) {
    out.push('## Companies and people', '');
    for (const e of notable) {
      const extra = e.ticker ? ` (${md(e.ticker)})` : e.title ? ` (${md(e.title)})` : '';
      out.push(`- ${md(e.text)}${extra} — ${e.type}, ${e.n} mention${e.n === 1 ? '' : 's'}`);
    }
    out.push('');
  }
  const money = docs.flatMap((d) => d.money.map((m) => `${md(m.text)} (${m.currency}) — ${md(d.source)}`));
  const rates = docs.flatMap((d) => d.percentages.filter((p) => p.kind === 'rate').map((p) => `${md(p.text)} — ${md(d.source)}`));
  if (money.length || rates.length) {
    out.push('## Money and rates', '');
    for (const m of money) out.push(`- ${m}`);
    for (const r of rates) out.push(`- rate ${r}`);
    out.push('');
  }
  for (const d of docs) {
    out.push(`## ${md(d.headline ?? d.source)}`, '');
    out.push(`Source: \`${terminalSafe(d.source).replace(/`/g, "'")}\`${d.date ? ` · ${d.date}` : ''} · tone ${d.tone.label}`, '');
    for (const i of d.indices) {
      const bits = [arrow(i.direction), i.level === null ? '' : `${i.levelApprox ? '~' : ''}${formatNumber(i.level)}`, pct(i.changePercent), i.changePoints === null ? '' : `${pts(i.changePoints)} pts`, i.record ? '★ record' : '']
        .filter(Boolean)
        .join(', ');
      out.push(`- **${md(i.name)}${i.futures ? ' (futures)' : ''}** (${md(i.region)})${bits ? `: ${bits}` : ''}`);
    }
    const people = d.entities.filter((e) => e.type === 'person').map((e) => md(e.text));
    const orgs = d.entities.filter((e) => e.type === 'organization').map((e) => md(e.text));
    if (people.length) out.push(`- People: ${people.join(', ')}`);
    if (orgs.length) out.push(`- Organisations: ${orgs.join(', ')}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
