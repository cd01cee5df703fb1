import { addToSlots } from './add-to-slots.ts';
import type { Grouping } from './metric.ts';

/**
 * Rows with mask = 1 counted per group in slots 0…G−1 and in total in slot G (rows of no group, code −1, count only in the
 * total), so the total and all groups come from one pass. No grouping: a single slot. No rows: all zeros.
 * @example countByGroup(Uint8Array.of(1, 1, 0), { field: 'department', codes: Int32Array.of(0, -1, 0), labels: ['R&D'] }) // Float64Array [1, 2]
 */
export function countByGroup(mask: Uint8Array, grouping: Grouping | null): Float64Array {
  const groupCount = grouping === null ? 0 : grouping.labels.length;
  const counts = new Float64Array(groupCount + 1);
  const codes = grouping === null ? null : grouping.codes;
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1) addToSlots(counts, codes === null ? -1 : codes[i], 1);
  return counts;
}
