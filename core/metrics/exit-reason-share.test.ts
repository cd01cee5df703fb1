import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { exitReasonShare } from './exit-reason-share.ts';

const year2024 = { from: dayFromIso('2024-01-01'), to: dayFromIso('2024-12-31') };

describe('exit_reason_share', () => {
  it('shares the period’s voluntary leavers by the reasons a tenth of the company gives', () => {
    // 2024 voluntary leavers with a reason: R&D Career path ×4, Pay; Sales Career path, Pay ×2, Relocation ×2, Return to study.
    // Left out of 2024: a Sales dismissal (Performance), a Sales resignation without a reason (missing-data), an R&D
    // resignation in 2023. Reasons are chosen over every voluntary leaver in the table (12 with a reason, 2023 included):
    // Career path 6, Pay 3, Relocation 2 (17%), Return to study 1 (8%, under a tenth: no result).
    const dataset = buildTestDataset(
      {
        department: ['R&D', 'R&D', 'R&D', 'R&D', 'R&D', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'R&D'],
        terminationDate: [...Array(13).fill('2024-06-30'), '2023-12-31', null],
        voluntary: [...Array(11).fill(true), false, true, true, null],
        terminationReason: [
          'Career path', 'Career path', 'Career path', 'Career path', 'Pay',
          'Career path', 'Pay', 'Pay', 'Relocation', 'Relocation', 'Return to study', 'Performance', null, 'Career path', null,
        ],
      },
      { asOf: '2024-12-31' },
    );
    const results = exitReasonShare.compute(dataset, { period: year2024, grouping: groupBy(dataset, 'department') });
    expect(results.map((result) => result.variant)).toEqual(['Career path', 'Pay', 'Relocation']);
    const [careerPath] = results;
    expect(careerPath).toMatchObject({ definition: 'exit_reason_share.voluntary-leavers-with-a-reason', caveats: ['missing-data'], excluded: 0 });
    expect(careerPath.total).toMatchObject({ numerator: 5, denominator: 11, n: 11 });
    expect(careerPath.groups).toMatchObject([
      { numerator: 4, denominator: 5, value: 0.8 },
      { numerator: 1, denominator: 6 },
    ]);
    // 2023 has only the one R&D resignation, yet reports the same three reasons, so the two years compare.
    const year2023 = { from: dayFromIso('2023-01-01'), to: dayFromIso('2023-12-31') };
    const earlier = exitReasonShare.compute(dataset, { period: year2023, grouping: null });
    expect(earlier.map((result) => [result.variant, result.total.numerator, result.total.denominator])).toEqual([
      ['Career path', 1, 1],
      ['Pay', 0, 1],
      ['Relocation', 0, 1],
    ]);
    expect(exitReasonShare.compute(dataset, { period: null, grouping: null })).toEqual([]);
  });
});
