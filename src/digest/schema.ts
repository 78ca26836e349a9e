// The JSON contract, schemaVersion 1. Scripts depend on it: fields may be added, none renamed
// or given a new meaning. `marketdigest schema` prints it as JSON Schema.
import { z } from 'zod';
import { SCHEMA_VERSION } from './schema-version.js';

const offset = z.number().int().nonnegative();

export const EvidenceSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
});

export const ToneSchema = z
  .object({
    score: z.number().describe('Mean word valence (AFINN-165 financial market news plus movement verbs)'),
    label: z.enum(['positive', 'negative', 'neutral']),
  })
  .describe('Market tone, lexicon-based');

export const IndexDigestSchema = z.object({
  name: z.string().describe('Canonical name from the gazetteer'),
  aliases: z.array(z.string()).describe('Surface forms seen in the text'),
  region: z.string(),
  currency: z.string(),
  futures: z.boolean().describe('The futures contract, not the index'),
  level: z.number().nullable().describe('A level the index reached'),
  levelApprox: z.boolean(),
  changePercent: z.number().nullable().describe('Signed percent change'),
  changePoints: z.number().nullable().describe('Signed points change'),
  direction: z.enum(['up', 'down', 'flat']).nullable(),
  record: z.boolean().describe('A record or all-time high is stated'),
  tone: ToneSchema,
  problems: z.array(z.string()).describe('Figures that do not agree with each other (points vs percent vs level, direction vs sign)'),
  evidence: z.array(EvidenceSchema),
});

export const PercentageSchema = z.object({
  value: z.number(),
  text: z.string(),
  approx: z.boolean(),
  kind: z.enum(['index-move', 'stock-move', 'rate', 'other']),
  subject: z.string().nullable(),
  start: offset,
  end: offset,
});

export const MoneySchema = z.object({
  amount: z.number().nonnegative(),
  currency: z.string().length(3),
  text: z.string(),
  approx: z.boolean(),
  start: offset,
  end: offset,
});

export const EntitySchema = z.object({
  text: z.string(),
  type: z.enum(['person', 'company', 'organization', 'place']),
  ticker: z.string().nullable(),
  exchange: z.string().nullable(),
  title: z.string().nullable().describe("A person's title, as written before the name"),
  count: z.number().int().positive(),
  spans: z.array(z.tuple([offset, offset])),
});

export const QuoteSchema = z.object({
  symbol: z.string(),
  price: z.number(),
  change: z.number(),
  changePercent: z.number(),
});

export const DocumentDigestSchema = z.object({
  source: z.string().describe('The path as given, or "-" for stdin'),
  headline: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('The trading day the story reports, when stated'),
  tone: ToneSchema,
  indices: z.array(IndexDigestSchema),
  percentages: z.array(PercentageSchema),
  money: z.array(MoneySchema),
  entities: z.array(EntitySchema),
  quotes: z.array(QuoteSchema),
});

export const MergedIndexSchema = z.object({
  name: z.string(),
  region: z.string(),
  currency: z.string(),
  futures: z.boolean(),
  level: z.number().nullable(),
  levelApprox: z.boolean(),
  changePercent: z.number().nullable(),
  changePoints: z.number().nullable(),
  direction: z.enum(['up', 'down', 'flat']).nullable(),
  record: z.boolean(),
  sources: z.array(z.string()).describe('Documents that mention the index'),
  conflicts: z
    .array(
      z.object({
        field: z.enum(['level', 'changePercent', 'changePoints', 'direction']),
        values: z.array(z.object({ value: z.union([z.number(), z.string()]), source: z.string() })),
      }),
    )
    .describe('Figures the documents disagree on; the field itself is then null'),
});

export { SCHEMA_VERSION };

export const DigestSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(DocumentDigestSchema),
  merged: z.object({ indices: z.array(MergedIndexSchema) }).optional().describe('With --merge: one market view per index across documents'),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type ToneDigest = z.infer<typeof ToneSchema>;
export type IndexDigest = z.infer<typeof IndexDigestSchema>;
export type Percentage = z.infer<typeof PercentageSchema>;
export type Money = z.infer<typeof MoneySchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DocumentDigest = z.infer<typeof DocumentDigestSchema>;
export type Digest = z.infer<typeof DigestSchema>;
export type MergedIndex = z.infer<typeof MergedIndexSchema>;

/** The contract as JSON Schema, for `marketdigest schema`. */
export function contractJsonSchema(): unknown {
  return z.toJSONSchema(DigestSchema);
}
