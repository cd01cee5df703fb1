import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from './parse-money.ts';

describe('parseMoney', () => {
  it('strips currency symbols and codes before or after the amount', () => {
    expect(parseMoney('$62,506')).toBe(62506);
    expect(parseMoney('¥8,000')).toBe(8000);
    expect(parseMoney('￥8000')).toBe(8000);
    expect(parseMoney('€ 1 234')).toBe(1234);
    expect(parseMoney('£950.50')).toBe(950.5);
    expect(parseMoney('RMB 12,000')).toBe(12000);
    expect(parseMoney('CNY12000')).toBe(12000);
    expect(parseMoney('12000元')).toBe(12000);
    expect(parseMoney('12000 RMB')).toBe(12000);
  });

  it('applies 万 and k', () => {
    expect(parseMoney('1.2万')).toBe(12000);
    expect(parseMoney('¥1.1万')).toBe(11000);
    expect(parseMoney('12k')).toBe(12000);
    expect(parseMoney('$85.5K')).toBe(85500);
  });

  it('reads negatives with a minus or in parentheses', () => {
    expect(parseMoney('-500')).toBe(-500);
    expect(parseMoney('-$500')).toBe(-500);
    expect(parseMoney('$-500')).toBe(-500);
    expect(parseMoney('(1,200)')).toBe(-1200);
    expect(parseMoney('($1,200.50)')).toBe(-1200.5);
  });

  it('rejects what is not an amount', () => {
    for (const bad of ['', '$', '万', 'n/a', 'about 5000', '--5', '-$-5', '5000 per month', '1,5']) expect(parseMoney(bad), bad).toBeNaN();
  });

  it('round-trips amounts written with a symbol and grouping', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }), fc.constantFrom('$', '¥', '€', '£', 'RMB '), (cents, symbol) => {
        const amount = cents / 100;
        const text = `${amount < 0 ? '-' : ''}${symbol}${Math.abs(amount).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
        expect(parseMoney(text)).toBe(amount);
      }),
    );
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (text) => typeof parseMoney(text) === 'number'));
  });
});
