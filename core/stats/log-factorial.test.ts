import { describe, expect, it } from 'vitest';
import { logFactorial } from './log-factorial.ts';

describe('logFactorial', () => {
  it('is exact for small n', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(1)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 13);
    expect(logFactorial(20)).toBeCloseTo(Math.log(2432902008176640000), 12);
  });

  it('joins the table and Stirling series seamlessly', () => {
    // ln(1025!) = ln(1024!) + ln 1025: the series must agree with the summed table to double precision.
    expect(logFactorial(1025) - logFactorial(1024)).toBeCloseTo(Math.log(1025), 10);
  });

  it('matches a published value for large n', () => {
    // log10(10000!) = 35659.4542745 (C's lgamma(10001) / ln 10; consistent with 10000! having 35,660 digits, OEIS A034886).
    expect(logFactorial(10000) / Math.LN10).toBeCloseTo(35659.454274, 5);
  });

  it('is NaN outside the non-negative integers', () => {
    expect(logFactorial(-1)).toBeNaN();
    expect(logFactorial(2.5)).toBeNaN();
  });
});
