import { z } from 'zod';

/** One editable assumption: a low / base / high range, its unit and the published source of its default (DESIGN.md §4). */
export const assumptionSchema = z
  .object({
    low: z.number().finite(),
    base: z.number().finite(),
    high: z.number().finite(),
    unit: z.enum(['share-of-salary', 'days', 'currency']),
    /** Cited source of the default, or the user's note once edited. */
    source: z.string().min(1),
    /** True for a placeholder used only when the data has no value of its own; the proposal must say so. */
    fallback: z.boolean(),
    /** True once the user has set any of low / base / high, so the proposal can show "your value" beside the default. */
    edited: z.boolean(),
  })
  .refine((a) => a.low <= a.base && a.base <= a.high, { message: 'needs low ≤ base ≤ high' });

/** Keys of the ranged assumptions (everything but the currency). */
export const assumptionKeys = ['leaverCostShare', 'workingDaysPerYear', 'feedbackSlaDays', 'salaryAnnualFallback'] as const;

export type AssumptionKey = (typeof assumptionKeys)[number];

/** The whole assumption set: every ranged assumption plus the ISO 4217 currency all money figures are in. */
export const assumptionsSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD or CNY'),
    leaverCostShare: assumptionSchema,
    workingDaysPerYear: assumptionSchema,
    feedbackSlaDays: assumptionSchema,
    salaryAnnualFallback: assumptionSchema,
  })
  .strict();

export type Assumption = z.infer<typeof assumptionSchema>;
export type Assumptions = z.infer<typeof assumptionsSchema>;

/** The defaults, each with its cited source; money defaults are US dollar figures, so a user who changes the currency should set them too. */
export const defaultAssumptions: Assumptions = {
  currency: 'USD',
  leaverCostShare: {
    low: 0.21,
    base: 0.5,
    high: 1.5,
    unit: 'share-of-salary',
    source:
      'Low: Center for American Progress, "There Are Significant Business Costs to Replacing Employees" (2012), median 21% of annual salary across 27 case studies. ' +
      'Base: Gallup, "This Fixable Problem Costs U.S. Businesses $1 Trillion" (2019), lower bound of one-half of annual salary, close to the Washington Center for Equitable Growth\'s cross-study average of about 40% (range 2% to ~150%). ' +
      'High: Visier and Gallup, about 1.5× annual salary for a knowledge worker.',
    fallback: false,
    edited: false,
  },
  workingDaysPerYear: {
    low: 250,
    base: 260,
    high: 260,
    unit: 'days',
    source:
      'Base and high: 52 weeks × 5 weekdays = 260, the working year commonly used in cost-of-vacancy calculations. ' +
      'Low: 250, weekdays less about 11 public holidays (China: 250 statutory working days, MOHRSS notice 劳社部发〔2008〕3号; US: 11 federal holidays).',
    fallback: false,
    edited: false,
  },
  feedbackSlaDays: {
    low: 3,
    base: 3,
    high: 3,
    unit: 'days',
    source: 'The 3-day interview-feedback SLA of the PeopleCase playbook (DESIGN.md §5): a policy target, not an estimate, so its range is a single value.',
    fallback: false,
    edited: false,
  },
  salaryAnnualFallback: {
    low: 45_000,
    base: 60_000,
    high: 90_000,
    unit: 'currency',
    source:
      'PLACEHOLDER used only when the data has no salaries: about the US median for full-time wage and salary workers (BLS Usual Weekly Earnings, 2024, ' +
      'about $1,150–1,200 a week × 52 ≈ $60,000), with a deliberately wide range. Replace it with your own average salary.',
    fallback: true,
    edited: false,
  },
};
