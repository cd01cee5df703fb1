import { z } from 'zod';
import { dayFromYmd, ymdFromDay, type Day } from './day.ts';

/** A validation rule for a numeric-stored field: the zod schema declares it, `code` names the issue a breach raises. */
export interface FieldRule {
  schema: z.ZodNumber;
  code: 'date-out-of-range' | 'negative-pay' | 'negative-cost' | 'out-of-range';
}

/** Dates of recruiting, training and approval events, and business periods. */
const eventDateFields = ['openedDate', 'approvedDate', 'filledDate', 'eventDate', 'startDate', 'endDate', 'requestedDate', 'period'] as const;
/** Recruiting and training costs: amounts spent, never negative. */
const costFields = ['externalCost', 'agencyFee', 'advertisingCost', 'referralBonus', 'internalCost', 'trainingCost'] as const;

/** Fields stored as numbers (dates as day numbers), the ones with range rules. */
export type RangedFieldId =
  | 'hireDate'
  | 'terminationDate'
  | 'birthDate'
  | 'salary'
  | 'marketMidpoint'
  | 'age'
  | 'tenureYears'
  | (typeof eventDateFields)[number]
  | (typeof costFields)[number]
  | 'deadline'
  | 'plannedHires';

const FIRST_DAY = dayFromYmd(1900, 1, 1);
// ILO Convention 138 allows light work from 13-15; a birth date later than 14 years before the as-of day is a typo.
const YOUNGEST_AGE_YEARS = 14;
// Offers are accepted up to about a year ahead; later hire dates are typos.
const HIRE_AHEAD_YEARS = 1;
// Scheduled terminations (contract ends) can be decades ahead in real files (RWFD runs to 2041); beyond 50 years is a typo.
const TERMINATION_AHEAD_YEARS = 50;
// Department goals run a few years ahead at most; a deadline beyond ten years is a typo.
const GOAL_AHEAD_YEARS = 10;
// Events and business periods are recorded up to a year ahead (scheduled courses, planned starts); later ones are typos.
const EVENT_AHEAD_YEARS = 1;
// More openings than this on one requisition is a typo (a whole plan typed into one row is still far below it).
const MAX_PLANNED_HIRES = 10_000;

/** The same calendar day `years` later (earlier when negative); 29 February falls back to the 28th. */
function shiftYears(day: Day, years: number): Day {
  const [y, m, d] = ymdFromDay(day);
  const shifted = dayFromYmd(y + years, m, d);
  return Number.isNaN(shifted) ? dayFromYmd(y + years, m, d - 1) : shifted;
}

/**
 * The range rules of the numeric fields of every role, declared with zod and relative to the as-of day: dates from 1900 up to a
 * field-specific horizon (events and periods a year ahead, goal deadlines ten), pay and costs never negative, age 14–100,
 * tenure 0–80 years, 0–10,000 planned hires on a requisition. The per-row loop reads the bounds from the
 * schema (`minValue` / `maxValue`) instead of calling zod per cell, so a million rows cost one comparison each.
 * @example fieldRules(dayFromYmd(2020, 12, 31)).salary.schema.safeParse(-1).success // false
 */
export function fieldRules(asOf: Day): Record<RangedFieldId, FieldRule> {
  const date = (last: Day): FieldRule => ({ schema: z.number().min(FIRST_DAY).max(last), code: 'date-out-of-range' });
  // zod rejects infinite numbers; a finite upper bound makes the per-row bounds check reject them too (a `1e999` typed as pay).
  const pay: FieldRule = { schema: z.number().nonnegative().max(Number.MAX_VALUE), code: 'negative-pay' };
  const cost: FieldRule = { schema: z.number().nonnegative().max(Number.MAX_VALUE), code: 'negative-cost' };
  return {
    hireDate: date(shiftYears(asOf, HIRE_AHEAD_YEARS)),
    terminationDate: date(shiftYears(asOf, TERMINATION_AHEAD_YEARS)),
    birthDate: date(shiftYears(asOf, -YOUNGEST_AGE_YEARS)),
    salary: pay,
    marketMidpoint: pay,
    age: { schema: z.number().min(YOUNGEST_AGE_YEARS).max(100), code: 'out-of-range' },
    tenureYears: { schema: z.number().min(0).max(80), code: 'out-of-range' },
    ...(Object.fromEntries(eventDateFields.map((field) => [field, date(shiftYears(asOf, EVENT_AHEAD_YEARS))])) as Record<(typeof eventDateFields)[number], FieldRule>),
    ...(Object.fromEntries(costFields.map((field) => [field, cost])) as Record<(typeof costFields)[number], FieldRule>),
    deadline: date(shiftYears(asOf, GOAL_AHEAD_YEARS)),
    plannedHires: { schema: z.number().min(0).max(MAX_PLANNED_HIRES), code: 'out-of-range' },
  };
}
