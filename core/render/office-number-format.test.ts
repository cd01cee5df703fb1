import { describe, expect, it } from 'vitest';
import { officeNumberFormat } from './office-number-format.ts';

describe('officeNumberFormat', () => {
  it('matches the document formats in English', () => {
    expect(officeNumberFormat('en', 'percent')).toBe('0.0%');
    expect(officeNumberFormat('en', 'integer')).toBe('#,##0');
    expect(officeNumberFormat('en', 'currency', 'CNY')).toBe('"CN¥"#,##0');
    expect(officeNumberFormat('en', 'currency', 'USD')).toBe('"$"#,##0');
    expect(officeNumberFormat('en', 'days')).toBe('#,##0" days"');
    expect(officeNumberFormat('en', 'years')).toBe('#,##0.0" years"');
    expect(officeNumberFormat('en', 'ratio')).toBe('0.00');
  });

  it('uses the Chinese symbols and units in Chinese', () => {
    expect(officeNumberFormat('zh-CN', 'currency', 'CNY')).toBe('"¥"#,##0');
    expect(officeNumberFormat('zh-CN', 'days')).toBe('#,##0"天"');
    expect(officeNumberFormat('zh-CN', 'years')).toBe('#,##0.0"年"');
  });

  it('throws for money without a currency, like formatValue', () => {
    expect(() => officeNumberFormat('en', 'currency')).toThrow('currency');
  });
});
