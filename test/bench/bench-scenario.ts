import { join } from 'node:path';

const MS_PER_DAY = 86_400_000;

/** Calendar year the period metrics cover. */
const YEAR = 2024;

/**
 * The one analysis every path computes: metrics per department for calendar 2024, "today" being 2025-03-31 (so 2024 hires'
 * one-year windows are partly still open and terminations after it are scheduled). Day numbers count days since 1970-01-01.
 */
export const benchScenario = {
  seed: 42,
  year: YEAR,
  by: 'department',
  from: Date.UTC(YEAR, 0, 1) / MS_PER_DAY,
  to: Date.UTC(YEAR, 11, 31) / MS_PER_DAY,
  asOf: Date.UTC(YEAR + 1, 2, 31) / MS_PER_DAY,
  /** Smallest group whose figures are shown (the CLI's default). */
  k: 5,
  /** The generated CSV files are kept here between runs (node_modules/.cache is what tools use for such caches). */
  cacheDir: join(import.meta.dirname, '../../node_modules/.cache/peoplecase-bench'),
} as const;

/**
 * The first and last day of each month of the scenario's year: the 24 checkpoints of SHRM's average monthly headcount,
 * derived here independently of core so the peers do not borrow our calendar code.
 */
export function monthlyCheckpointDays(): number[] {
  return Array.from({ length: 12 }, (_, m) => [Date.UTC(YEAR, m, 1) / MS_PER_DAY, Date.UTC(YEAR, m + 1, 0) / MS_PER_DAY]).flat();
}
