/**
 * Adds an amount to the whole-population slot (the last) and to the row's group slot unless the row has no group (−1): the
 * one accumulation step of every per-group tally, so the total and the groups can never disagree.
 * @example const slots = new Float64Array(3); addToSlots(slots, 1, 2); slots // Float64Array [0, 2, 2]
 */
export function addToSlots(slots: Float64Array, group: number, amount: number): void {
  slots[slots.length - 1] += amount;
  if (group >= 0) slots[group] += amount;
}
