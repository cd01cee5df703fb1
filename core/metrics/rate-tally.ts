import type { GroupTally } from './metric.ts';

/**
 * A ratio's tally (a rate, or reports per manager): value = numerator ÷ denominator, NaN when the denominator is 0 so an
 * empty group never reads as 0%.
 * @example rateTally(3, 12, 12).value // 0.25
 */
export function rateTally(numerator: number, denominator: number, n: number): GroupTally {
  return { numerator, denominator, n, value: denominator === 0 ? NaN : numerator / denominator };
}
