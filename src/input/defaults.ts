// Input defaults, in a module of their own so the command line can show them without loading
// the input layer.
export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
