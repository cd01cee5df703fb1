import { describe, expect, it } from 'vitest';
import { countByGroup } from './count-by-group.ts';

describe('countByGroup', () => {
  it('counts masked rows per group and in total, rows of no group in the total only', () => {
    const grouping = { field: 'department', codes: Int32Array.of(0, 1, 1, -1, 0), labels: ['A', 'B'] };
    expect([...countByGroup(Uint8Array.of(1, 1, 1, 1, 0), grouping)]).toEqual([1, 2, 4]);
    expect([...countByGroup(Uint8Array.of(1, 0, 1), null)]).toEqual([2]);
  });
});
