import { describe, expect, it } from 'vitest';
import { payToMarketMedian } from './pay-to-market-median.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('pay-to-market-median', () => {
  it('answers a group paid significantly below market', () => {
    const { evidence, finding } = signal({ metric: 'compa_ratio', value: 0.88, restValue: 1.01, better: 'up' });
    expect(payToMarketMedian.appliesWhen([finding], contextOf([evidence]))).toEqual([finding]);
  });

  it('reads a neutral compa-ratio gap by its values: below market and the rest applies, above market does not', () => {
    const below = signal({ metric: 'compa_ratio', value: 0.918, restValue: 1.003, better: 'neutral', direction: 'neutral' });
    const above = signal({ metric: 'compa_ratio', department: 'Sales', value: 1.06, restValue: 0.97, better: 'neutral', direction: 'neutral' });
    expect(payToMarketMedian.appliesWhen([below.finding, above.finding], contextOf([below.evidence, above.evidence]))).toEqual([below.finding]);
  });

  it('takes R&D’s leavers paid below market and below its stayers as backing, after the group’s own pay', () => {
    const group = signal({ metric: 'compa_ratio', value: 0.918, restValue: 1.003, better: 'neutral', direction: 'neutral', score: 0.08 });
    const leavers = signal({ metric: 'leaver_compa_ratio', variant: 'voluntary', value: 0.864, restValue: 0.918, better: 'up', score: 0.5 });
    const context = contextOf([group.evidence, leavers.evidence]);
    expect(payToMarketMedian.appliesWhen([leavers.finding, group.finding], context)).toEqual([group.finding, leavers.finding]);
    expect(payToMarketMedian.appliesWhen([leavers.finding], context)).toEqual([leavers.finding]);
    const wellPaidLeavers = signal({ metric: 'leaver_compa_ratio', variant: 'voluntary', value: 1.05, restValue: 1.12, better: 'up' });
    expect(payToMarketMedian.appliesWhen([wellPaidLeavers.finding], contextOf([wellPaidLeavers.evidence]))).toBeNull();
  });

  it('does not answer a pay gap the test could not confirm', () => {
    const { evidence, finding } = signal({ metric: 'compa_ratio', value: 0.95, better: 'up', significant: false });
    expect(payToMarketMedian.appliesWhen([finding], contextOf([evidence]))).toBeNull();
  });

  it('targets the market median: a compa-ratio of 1.00 or the 50th pay percentile', () => {
    expect(payToMarketMedian.target.value(signal({ metric: 'compa_ratio', value: 0.88, restValue: 1.01, better: 'up' }).evidence)).toBe(1);
    expect(payToMarketMedian.target.value(signal({ metric: 'pay_percentile', value: 0.31, restValue: 0.55, better: 'up' }).evidence)).toBe(0.5);
    expect(payToMarketMedian.target.value(signal({ metric: 'leaver_compa_ratio', value: 0.864, restValue: 0.918, better: 'up' }).evidence)).toBe(1);
  });
});
