import { describe, expect, it } from 'vitest';
import { buildTestDataset } from '../metrics/build-test-dataset.ts';
import { segmentRows } from './segment-rows.ts';

describe('segmentRows', () => {
  const roster = buildTestDataset({ department: ['R&D', 'Sales', 'R&D'] }, { asOf: '2025-12-31' });
  roster.rowExcluded[2] = 1;
  const rows = (test: ((row: number) => boolean) | null) => (test ? [0, 1, 2].filter(test) : null);

  it('keeps the segment’s rows, or every row, never an excluded one', () => {
    expect(rows(segmentRows(roster, { field: 'department', value: 'R&D' }))).toEqual([0]);
    expect(rows(segmentRows(roster, null))).toEqual([0, 1]);
  });

  it('gives null for a value the column does not hold, so callers fall back instead of counting nobody', () => {
    expect(segmentRows(roster, { field: 'department', value: 'Legal' })).toBeNull();
  });
});
