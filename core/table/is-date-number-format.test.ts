import { describe, expect, it } from 'vitest';
import { isDateNumberFormat } from './is-date-number-format.ts';

describe('isDateNumberFormat', () => {
  it('recognises date formats, with literals, locales and times', () => {
    for (const format of ['m/d/yyyy', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-409]d-mmm-yy', 'dddd, mmmm dd, yyyy', 'mmm-yy', 'yyyy-mm-dd hh:mm:ss', 'd.m.yy;@']) {
      expect(isDateNumberFormat(format), format).toBe(true);
    }
  });

  it('rejects number, text and time-only formats', () => {
    for (const format of ['', 'General', '0', '0.00', '#,##0', '0.00E+00', '[Red]#,##0', '"Day "0', 'h:mm', 'mm:ss', '[h]:mm:ss', '@']) {
      expect(isDateNumberFormat(format), format).toBe(false);
    }
  });
});
