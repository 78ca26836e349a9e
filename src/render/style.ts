// How the text renderer colours things. The CLI builds one from a chalk instance whose level it
// decided (TTY, NO_COLOR, --color); tests and pipes use `plain`.

export interface Styler {
  up(s: string): string;
  down(s: string): string;
  flat(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  accent(s: string): string;
}

const same = (s: string): string => s;

export const plain: Styler = { up: same, down: same, flat: same, dim: same, bold: same, accent: same };
