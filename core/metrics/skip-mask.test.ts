import { describe, expect, it } from 'vitest';
import { buildTestDataset, INVALID } from './build-test-dataset.ts';
import { skipMask } from './skip-mask.ts';

describe('skipMask', () => {
  it('skips excluded rows and rows invalid in the fields asked for, and only those', () => {
    // Row 0 fine; row 1 bad salary; row 2 bad hire date; row 3 excluded; row 4 bad salary and excluded (counted once).
    const dataset = buildTestDataset(
      { salary: [1, INVALID, 3, 4, INVALID], hireDate: ['2020-01-01', '2020-01-01', INVALID, '2020-01-01', '2020-01-01'] },
      { excludedRows: [3, 4] },
    );
    expect(skipMask(dataset, ['salary'])).toEqual({ skip: Uint8Array.of(0, 1, 0, 1, 1), excluded: 3 });
    expect(skipMask(dataset, ['salary', 'hireDate']).excluded).toBe(4);
    expect(skipMask(dataset, ['gender']).excluded).toBe(2);
  });
});
