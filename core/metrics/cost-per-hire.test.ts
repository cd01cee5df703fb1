import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { costPerHire } from './cost-per-hire.ts';

describe('cost_per_hire', () => {
  const columns = {
    department: ['Sales', 'Sales', 'R&D', 'R&D'],
    openedDate: ['2025-01-06', '2025-03-01', '2024-12-01', '2025-02-01'],
    filledDate: ['2025-02-01', null, '2025-01-15', '2025-03-01'],
    plannedHires: [1, 1, 1, 2],
    agencyFee: [20_000, null, null, null],
    advertisingCost: [1000, 3000, null, null],
    referralBonus: [null, null, 5000, null],
    internalCost: [4000, null, null, 6000],
  };

  it('divides the costs of requisitions opened in the period by the hires made in it (ANSI/SHRM)', () => {
    // Costs dated 2025: 20,000 + 1,000 + 4,000 + 3,000 (Sales, 28,000) + 6,000 (R&D); the 5,000 referral bonus belongs to 2024.
    // Hires in 2025: Sales 1; R&D 1 (opened in 2024) + 2 = 3. Total 34,000 ÷ 4 = 8,500; Sales 28,000; R&D 2,000.
    const requisitions = buildTestDataset(columns, { role: 'requisitions' });
    const [result] = costPerHire.compute(requisitions, { period: yearPeriod(2025), grouping: groupBy(requisitions, 'department') });
    expect(result).toMatchObject({ definition: 'cost_per_hire.ansi-shrm-external-and-internal', total: { numerator: 34_000, denominator: 4, value: 8500, n: 4 } });
    expect(result.groups.map((g) => g.value)).toEqual([28_000, 2000]);
  });

  it('takes an external total over its parts, and says when internal costs are missing', () => {
    const { internalCost: _internal, ...external } = columns;
    const requisitions = buildTestDataset({ ...external, externalCost: [10_000, 2000, 0, 4000] }, { role: 'requisitions' });
    const [result] = costPerHire.compute(requisitions, { period: yearPeriod(2025), grouping: null });
    expect(result).toMatchObject({ definition: 'cost_per_hire.ansi-shrm-external-only', total: { numerator: 16_000, value: 4000 } });
  });

  it('does not apply without a cost column', () => {
    expect(costPerHire.appliesTo(buildTestDataset({ openedDate: ['2025-01-06'] }, { role: 'requisitions' }))).toBe(false);
  });
});
