import { z } from 'zod';

/**
 * Which way is good for a metric, so comparisons can say "better" or "worse" (as Tableau Pulse metrics declare): `toward-zero`
 * for a signed gap (pay gap), where a value closer to 0 on either side is better and one further from 0 worse.
 */
export const directionSchema = z.enum(['up', 'down', 'toward-zero', 'neutral']);

/** One metric value with everything a sceptic asks for (DESIGN.md §2); the CLI's `--json` evidence items are this shape. */
export const evidenceSchema = z.object({
  /** Stable id: `metric[:variant]|segmentField=value|from..to`, referenced by findings and generated text. */
  id: z.string(),
  metric: z.string(),
  /** Sub-measure of a metric, e.g. `voluntary` turnover or `1y` early attrition; null for the headline value. */
  variant: z.string().nullable(),
  segment: z.object({ field: z.string(), value: z.string() }).nullable(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  /** null when suppressed or when there is nothing to compute from. */
  value: z.number().nullable(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** People (or managers, hires…) behind the value. */
  n: z.number(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  suppressed: z.boolean(),
  /** `small-group`: fewer than k people; `small-sex-group`: fewer than k men or fewer than k women behind a figure comparing them (pay gap); `complementary`: hidden so another hidden figure cannot be worked out by subtraction. */
  suppressionReason: z.enum(['small-group', 'small-sex-group', 'complementary']).nullable(),
  /** Test of this segment against the rest of the population; null for the whole population or when untestable. */
  pValue: z.number().nullable(),
  /** p-value after Benjamini–Hochberg across the segments scanned for this metric. */
  qValue: z.number().nullable(),
  test: z.enum(['two-proportion-z', 'fisher-exact', 'mann-whitney']).nullable(),
  /** The rest of the population's value, for "R&D 18% vs rest 9%". */
  restValue: z.number().nullable(),
  /** Definition id, e.g. `turnover_rate.shrm-average-monthly-headcount`. */
  definition: z.string(),
  unit: z.enum(['ratio', 'count', 'days', 'years', 'currency', 'per-manager']),
  direction: directionSchema,
  /** Rows left out because a value this metric needs was invalid. */
  excluded: z.number(),
  /** Caveat codes: `small-n`, `missing-data`, `annualised`, … */
  caveats: z.array(z.string()),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Direction = z.infer<typeof directionSchema>;
