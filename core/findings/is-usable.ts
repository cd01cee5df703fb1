import type { Evidence } from '../metrics/evidence.ts';

/**
 * Whether an evidence item may back a finding: not suppressed (DESIGN.md §6: small groups never appear) and with a finite value.
 * @example isUsable({ ...item, suppressed: true }) // false
 */
export function isUsable(item: Evidence): item is Evidence & { value: number } {
  return !item.suppressed && item.value !== null && Number.isFinite(item.value);
}
