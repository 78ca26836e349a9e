// The shape of an annotated article's expected digest (fixtures/corpus/*.expected.json).
import { z } from 'zod';

export const AnnotationSchema = z.object({
  style: z.string().optional(),
  date: z.string().nullable().optional(),
  tone: z.enum(['positive', 'negative', 'neutral']).optional(),
  indices: z.array(
    z.object({
      name: z.string(),
      futures: z.boolean().default(false),
      level: z.number().nullable(),
      levelApprox: z.boolean().optional(),
      changePercent: z.number().nullable(),
      changePoints: z.number().nullable(),
      direction: z.enum(['up', 'down', 'flat']).nullable(),
      record: z.boolean(),
      tone: z.enum(['positive', 'negative', 'neutral']).optional(),
    }),
  ),
  percentages: z.array(z.object({ value: z.number(), kind: z.enum(['index-move', 'stock-move', 'rate', 'other']) })),
  money: z.array(z.object({ amount: z.number(), currency: z.string() })),
  entities: z.array(z.object({ text: z.string(), type: z.enum(['person', 'company', 'organization', 'place']), ticker: z.string().nullable().optional() })),
  traps: z.array(z.number()).default([]),
});

export type Annotation = z.infer<typeof AnnotationSchema>;
