import { z } from 'zod';

/** Kinds of finding the detectors produce (issue "Proposals", Findings). */
export const findingKindSchema = z.enum(['segment-gap', 'off-target', 'period-change', 'trend', 'association']);

/** A money range with its assumptions, so every impact is shown as low / base / high. */
export const impactSchema = z.object({
  id: z.string(),
  kind: z.enum(['turnover-cost', 'vacancy-cost', 'slow-feedback-cost']),
  low: z.number(),
  base: z.number(),
  high: z.number(),
  currency: z.string(),
  /** Assumption keys the estimate used (see core/impact/assumptions.ts). */
  assumptionKeys: z.array(z.string()),
  /** Evidence ids the estimate multiplies. */
  evidenceIds: z.array(z.string()),
});

/** Something that stands out in the evidence, with what it rests on and how much it matters. */
export const findingSchema = z.object({
  id: z.string(),
  kind: findingKindSchema,
  metric: z.string(),
  variant: z.string().nullable(),
  segment: z.object({ field: z.string(), value: z.string() }).nullable(),
  /** Department the finding concerns (segment value when segmented by department), null for company-wide. */
  department: z.string().nullable(),
  /** Evidence behind it; the first is the primary item. */
  evidenceIds: z.array(z.string()).min(1),
  /** Relative to the metric's favourable direction. */
  direction: z.enum(['worse', 'better', 'neutral']),
  /** Size of the effect: relative difference for gaps and changes, |r| for associations, distance to target ÷ target. */
  effectSize: z.number(),
  /** 1 − q (or 1 − p where a single test was run); 0 when untestable. */
  confidence: z.number().min(0).max(1),
  /** True only when the test passes after Benjamini–Hochberg at 0.05: gates "differs" wording (DESIGN.md §6). */
  significant: z.boolean(),
  impact: impactSchema.nullable(),
  /** Ranking score: effect size × confidence × business impact weight. */
  score: z.number(),
  /** For associations: the business metric, Pearson/Spearman r and n (never stated as a cause). */
  association: z
    .object({ businessMetric: z.string(), r: z.number(), n: z.number(), pValue: z.number().nullable() })
    .nullable(),
  /** For off-target findings: the goal missed, in the metric's unit, and its ISO deadline (absent or null for other kinds). */
  target: z.object({ value: z.number(), deadline: z.string() }).nullable().optional(),
});

export type Finding = z.infer<typeof findingSchema>;
export type Impact = z.infer<typeof impactSchema>;
