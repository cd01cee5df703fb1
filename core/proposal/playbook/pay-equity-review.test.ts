import { describe, expect, it } from 'vitest';
import { payEquityReview } from './pay-equity-review.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('pay-equity-review', () => {
  it('answers a pay gap that passed its test', () => {
    const { finding } = signal({ metric: 'pay_gap', value: 0.12, restValue: null, better: 'neutral', direction: 'neutral', segment: { field: 'gender', value: 'Female' } });
    expect(payEquityReview.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not act on a gap the test could not confirm', () => {
    const { finding } = signal({ metric: 'pay_gap', value: 0.12, better: 'neutral', direction: 'neutral', significant: false });
    expect(payEquityReview.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('halves the gap, whichever side of zero it is', () => {
    expect(payEquityReview.target.value(signal({ metric: 'pay_gap', value: 0.12, better: 'neutral' }).evidence)).toBe(0.06);
    expect(payEquityReview.target.value(signal({ metric: 'pay_gap', value: -0.08, better: 'neutral' }).evidence)).toBe(-0.04);
  });
});
