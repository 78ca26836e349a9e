// The contract's version, apart from the zod schema so the CLI can name it without loading zod.
export const SCHEMA_VERSION = 1;
