import { describe, expect, it } from 'vitest';
import { yearPeriod } from '../table/day.ts';
import { buildTestDataset, groupBy } from './build-test-dataset.ts';
import { offerAcceptanceRate } from './offer-acceptance-rate.ts';

describe('offer_acceptance_rate', () => {
  it('divides offers accepted by offers answered in the period, leaving unanswered offers out', () => {
    // C1 accepted, C2 declined (Sales); C3 declined without an offered event, C5 offered in 2024 and accepted in 2025 (R&D);
    // C4 is still unanswered (right-censored); C6 accepted in 2024. Total 2 / 4; Sales 1 / 2; R&D 1 / 2.
    const events = buildTestDataset(
      {
        candidateId: ['C1', 'C1', 'C2', 'C2', 'C3', 'C4', 'C5', 'C5', 'C6'],
        stage: ['Offered', 'Accepted', 'Offered', 'Declined', '拒绝', '发放offer', 'Offered', 'Accepted', 'Accepted'],
        eventDate: ['2025-01-10', '2025-01-12', '2025-01-10', '2025-01-15', '2025-03-01', '2025-12-20', '2024-12-20', '2025-01-03', '2024-06-01'],
        department: ['Sales', 'Sales', 'Sales', 'Sales', 'R&D', 'R&D', 'R&D', 'R&D', 'R&D'],
      },
      { role: 'candidates' },
    );
    const [result] = offerAcceptanceRate.compute(events, { period: yearPeriod(2025), grouping: groupBy(events, 'department') });
    expect(result.total).toMatchObject({ numerator: 2, denominator: 4, value: 0.5, n: 4 });
    expect(result.groups.map((g) => [g.numerator, g.denominator])).toEqual([[1, 2], [1, 2]]);
    expect(result.caveats).toEqual(['right-censored']);
  });
});
