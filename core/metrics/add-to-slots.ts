import type { Grouping } from './metric.ts';

/**
 * Adds an amount to the whole-population slot (the last) and to the row's group slot unless the row has no group (−1): the
 * one accumulation step of every per-group tally, so the total and the groups can never disagree.
 * @example const slots = new Float64Array(3); addToSlots(slots, 1, 2); slots // Float64Array [0, 2, 2]
 */
export function addToSlots(slots: Float64Array, group: number, amount: number): void {
  slots[slots.length - 1] += amount;
  if (group >= 0) slots[group] += amount;
}

/**
 * Zeroed slots for addToSlots: one per group of the grouping, then the whole population's.
 * @example emptySlots({ field: 'department', codes, labels: ['A', 'B'] }) // Float64Array [0, 0, 0]
 */
export function emptySlots(grouping: Grouping | null): Float64Array {
  return new Float64Array((grouping === null ? 0 : grouping.labels.length) + 1);
}
