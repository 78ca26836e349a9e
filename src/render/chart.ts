// A horizontal bar chart of index percent moves, largest first, fitted to the terminal width:
// ▲ bars for gains, ▼ for losses, in plain characters so it survives without colour.
import type { Styler } from './style.js';
import { plain } from './style.js';

export interface Bar {
  label: string;
  percent: number;
}

export function renderChart(bars: readonly Bar[], width = 80, style: Styler = plain): string {
  if (!bars.length) return '';
  const sorted = [...bars].sort((a, b) => b.percent - a.percent);
  const labelWidth = Math.min(28, Math.max(...sorted.map((b) => b.label.length)));
  const values = sorted.map((b) => `${b.percent > 0 ? '+' : ''}${b.percent.toFixed(2)}%`);
  const valueWidth = Math.max(...values.map((v) => v.length));
  const room = Math.max(10, width - labelWidth - valueWidth - 6);
  const max = Math.max(...sorted.map((b) => Math.abs(b.percent))) || 1;
  return sorted
    .map((b, k) => {
      const n = Math.max(b.percent === 0 ? 0 : 1, Math.round((Math.abs(b.percent) / max) * room));
      const mark = b.percent > 0 ? '▲' : b.percent < 0 ? '▼' : '▬';
      const bar = (b.percent >= 0 ? '█' : '▒').repeat(n);
      const paint = b.percent > 0 ? style.up : b.percent < 0 ? style.down : style.flat;
      return ` ${b.label.slice(0, labelWidth).padEnd(labelWidth)} ${paint(`${mark} ${values[k]!.padStart(valueWidth)} ${bar}`)}`.trimEnd();
    })
    .join('\n');
}
