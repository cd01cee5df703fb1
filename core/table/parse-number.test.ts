import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it('reads plain, signed, grouped and accounting-negative numbers', () => {
    expect(parseNumber('42')).toBe(42);
    expect(parseNumber(' -3.5 ')).toBe(-3.5);
    expect(parseNumber('+.5')).toBe(0.5);
    expect(parseNumber('12,500.75')).toBe(12500.75);
    expect(parseNumber('1 234 567')).toBe(1234567);
    expect(parseNumber('(1,200)')).toBe(-1200);
    expect(parseNumber('１２３')).toBe(123);
    expect(parseNumber('1e3')).toBe(1000);
  });

  it('rejects malformed grouping, decimal commas and words', () => {
    for (const bad of ['', '1,5', '12,50', '1,2345', 'abc', '5 years', '1.2.3', '--5', '()']) expect(parseNumber(bad), bad).toBeNaN();
  });

  it('round-trips any finite number printed by JS or with en-US grouping', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (value) => {
        expect(parseNumber(String(value)) === value).toBe(true);
        const grouped = value.toLocaleString('en-US', { maximumFractionDigits: 20 });
        expect(parseNumber(grouped)).toBeCloseTo(value, 6);
      }),
    );
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseNumber(text) === 'number'));
  });
});
