import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value.ts';

describe('formatValue', () => {
  it.each([
    ['percent', 0.1834, undefined, '18.3%', '18.3%'],
    ['integer', 1234.4, undefined, '1,234', '1,234'],
    ['number', 1234.56, undefined, '1,234.6', '1,234.6'],
    ['number', 12, undefined, '12', '12'],
    ['currency', 79350, 'CNY', 'CN¥79,350', '¥79,350'],
    ['currency', 79350, 'USD', '$79,350', 'US$79,350'],
    ['days', 38, undefined, '38 days', '38天'],
    ['days', 1, undefined, '1 day', '1天'],
    ['years', 3.46, undefined, '3.5 years', '3.5年'],
    ['ratio', 0.874, undefined, '0.87', '0.87'],
    ['p-value', 0.0004, undefined, 'p < 0.001', 'p < 0.001'],
    ['p-value', 0.0031, undefined, 'p = 0.003', 'p = 0.003'],
    ['date', 20088, undefined, 'Dec 31, 2024', '2024年12月31日'],
  ] as const)('%s %s → %s / %s', (format, value, currency, en, zh) => {
    expect(formatValue('en', value, format, currency)).toBe(en);
    expect(formatValue('zh-CN', value, format, currency)).toBe(zh);
  });

  it('writes ISO date text per locale', () => {
    expect(formatValue('en', '2025-12-31', 'date')).toBe('Dec 31, 2025');
    expect(formatValue('zh-CN', '2025-12-31', 'date')).toBe('2025年12月31日');
  });

  it('refuses values that can only come from a bug', () => {
    expect(() => formatValue('en', 'high', 'percent')).toThrow(/only dates may be text/);
    expect(() => formatValue('en', Number.NaN, 'percent')).toThrow(/not a finite number/);
    expect(() => formatValue('en', 100, 'currency')).toThrow(/ISO currency code/);
  });
});
