import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSorted } from './merge-sorted.ts';

describe('mergeSorted', () => {
  it('merges any number of ascending runs, ties and empty runs included', () => {
    expect([...mergeSorted([Float64Array.of(1, 4), Float64Array.of(), Float64Array.of(1, 3), Float64Array.of(0)])]).toEqual([0, 1, 1, 3, 4]);
    expect(mergeSorted([])).toEqual(new Float64Array(0));
  });

  it('equals sorting the concatenation', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: -50, max: 50 }))), (runs) => {
        const sortedRuns = runs.map((run) => Float64Array.from(run).sort());
        expect([...mergeSorted(sortedRuns)]).toEqual(runs.flat().sort((a, b) => a - b));
      }),
    );
  });
});
