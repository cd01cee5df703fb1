import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, INVALID } from './build-test-dataset.ts';
import { populationOn } from './population-on.ts';

describe('populationOn', () => {
  it('uses hire and termination dates when there are any, even beside a leaver flag', () => {
    // On 2024-06-30: hired earlier and staying ✓; left that day ✓; left the day before ✗; hired the day after ✗; bad salary → excluded.
    const dataset = buildTestDataset({
      hireDate: ['2020-01-01', '2020-01-01', '2020-01-01', '2024-07-01', '2020-01-01'],
      terminationDate: [null, '2024-06-30', '2024-06-29', null, null],
      leaver: [true, true, true, true, true],
      salary: [1, 1, 1, 1, INVALID],
    });
    expect(populationOn(dataset, dayFromIso('2024-06-30'), ['salary'])).toEqual({ basis: 'active-on-date', member: Uint8Array.of(1, 1, 0, 0, 0), excluded: 1 });
  });

  it('falls back to non-leavers, then to every listed row', () => {
    const flagged = buildTestDataset({ leaver: [false, true, null, INVALID] });
    expect(populationOn(flagged, 0, [])).toEqual({ basis: 'snapshot-non-leavers', member: Uint8Array.of(1, 0, 0, 0), excluded: 1 });
    const listed = buildTestDataset({ department: ['A', 'B'] }, { excludedRows: [0] });
    expect(populationOn(listed, 0, [])).toEqual({ basis: 'listed-rows', member: Uint8Array.of(0, 1), excluded: 1 });
  });
});
