import { describe, expect, it } from 'vitest';
import { payToMarketMedian } from './pay-to-market-median.ts';
import { contextOf, signal } from './playbook-fixture.ts';

describe('pay-to-market-median', () => {
  it('answers a group paid significantly below market', () => {
    const { finding } = signal({ metric: 'compa_ratio', value: 0.88, restValue: 1.01, better: 'up' });
    expect(payToMarketMedian.appliesWhen([finding], contextOf())).toEqual([finding]);
  });

  it('does not answer a pay gap the test could not confirm', () => {
    const { finding } = signal({ metric: 'compa_ratio', value: 0.95, better: 'up', significant: false });
    expect(payToMarketMedian.appliesWhen([finding], contextOf())).toBeNull();
  });

  it('targets the market median: a compa-ratio of 1.00 or the 50th pay percentile', () => {
    expect(payToMarketMedian.target.value(signal({ metric: 'compa_ratio', value: 0.88, restValue: 1.01, better: 'up' }).evidence)).toBe(1);
    expect(payToMarketMedian.target.value(signal({ metric: 'pay_percentile', value: 0.31, restValue: 0.55, better: 'up' }).evidence)).toBe(0.5);
  });
});
