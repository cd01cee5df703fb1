import { describe, expect, it } from 'vitest';
import { defaultAssumptions } from './assumptions.ts';
import { parseAssumeArgs } from './parse-assume-args.ts';

describe('parseAssumeArgs', () => {
  it('sets bases, ends and the currency, in any order', () => {
    const a = parseAssumeArgs(['leaverCostShare.high=1', 'leaverCostShare=0.4', 'leaverCostShare.low=0.3', 'currency=cny']);
    expect(a.leaverCostShare).toMatchObject({ low: 0.3, base: 0.4, high: 1 });
    expect(a.currency).toBe('CNY');
    expect(a.workingDaysPerYear).toEqual(defaultAssumptions.workingDaysPerYear);
  });

  it('no arguments gives the defaults', () => {
    expect(parseAssumeArgs([])).toEqual(defaultAssumptions);
  });

  it('names the key on an unknown key, a non-number or a range violation', () => {
    expect(() => parseAssumeArgs(['leaverCost=0.4'])).toThrow(/unknown assumption "leaverCost"/);
    expect(() => parseAssumeArgs(['feedbackSlaDays=three'])).toThrow(/"feedbackSlaDays" needs a number/);
    expect(() => parseAssumeArgs(['feedbackSlaDays='])).toThrow(/"feedbackSlaDays" needs a number/);
    expect(() => parseAssumeArgs(['leaverCostShare.mid=1'])).toThrow(/not low, base or high/);
    expect(() => parseAssumeArgs(['leaverCostShare.low=2'])).toThrow(/leaverCostShare.*low 2 is above base 0.5/);
    expect(() => parseAssumeArgs(['leaverCostShare'])).toThrow(/expected key=value/);
  });
});
