// The schema of .marketdigestrc.json, in a module of its own so that zod loads only when a
// config is there to be checked.
import { z } from 'zod';

const IndexEntrySchema = z.strictObject({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  region: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a 3-letter ISO 4217 code'),
  phrases: z.array(z.string().min(1)).optional(),
  caseSensitive: z.array(z.string()).optional(),
});

export const UserLexiconSchema = z.strictObject({
  indices: z.array(IndexEntrySchema).optional(),
  aliases: z.record(z.string(), z.array(z.string().min(1))).optional(),
  companies: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        aliases: z.array(z.string().min(1)).optional(),
        ticker: z.string().min(1).optional(),
        exchange: z.string().min(1).optional(),
      }),
    )
    .optional(),
});
