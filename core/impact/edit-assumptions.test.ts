import { describe, expect, it } from 'vitest';
import { assumptionsSchema, defaultAssumptions } from './assumptions.ts';
import { editAssumptions } from './edit-assumptions.ts';

describe('editAssumptions', () => {
  it('the defaults are a valid set whose ranges are ordered', () => {
    expect(assumptionsSchema.safeParse(defaultAssumptions).success).toBe(true);
  });

  it('a new base keeps cited ends that still contain it and marks the key edited', () => {
    const next = editAssumptions(defaultAssumptions, { leaverCostShare: { base: 0.4 } });
    expect(next.leaverCostShare).toMatchObject({ low: 0.21, base: 0.4, high: 1.5, edited: true });
    expect(defaultAssumptions.leaverCostShare.base).toBe(0.5);
  });

  it('a base outside the range widens the range to contain it', () => {
    const next = editAssumptions(defaultAssumptions, { workingDaysPerYear: { base: 230 } });
    expect(next.workingDaysPerYear).toMatchObject({ low: 230, base: 230, high: 260 });
  });

  it('a user value is no longer a placeholder', () => {
    const next = editAssumptions(defaultAssumptions, { salaryAnnualFallback: { base: 300_000 } });
    expect(next.salaryAnnualFallback).toMatchObject({ low: 45_000, base: 300_000, high: 300_000, fallback: false });
  });

  it('explicit ends out of order are an error naming the key', () => {
    expect(() => editAssumptions(defaultAssumptions, { leaverCostShare: { low: 0.6 } })).toThrow(/leaverCostShare.*low 0.6 is above base 0.5/);
    expect(() => editAssumptions(defaultAssumptions, { leaverCostShare: { high: 0.3 } })).toThrow(/leaverCostShare.*base 0.5 is above high 0.3/);
  });

  it('rejects a currency that is not an ISO code', () => {
    expect(() => editAssumptions(defaultAssumptions, { currency: 'yuan' })).toThrow(/currency/);
  });
});
