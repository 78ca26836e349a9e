// The parsed command line, shared by the parser (main.ts) and the run (run.ts).
export const FORMATS = ['text', 'json', 'ndjson', 'markdown', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Options {
  format: Format;
  output?: string;
  merge?: boolean;
  index?: string[];
  region?: string[];
  minMove?: number;
  date?: string;
  ext: string[];
  config?: string;
  maxBytes: number;
  chart: boolean;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  inputFormat: 'text' | 'ndjson';
  /** Worker threads; 1 digests in the main thread; undefined: decided by the run (one per CPU for long runs). */
  jobs?: number;
  textField: string;
}
