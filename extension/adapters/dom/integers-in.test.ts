import { describe, expect, it } from 'vitest';
import { integersIn, lastInteger } from './integers-in.ts';

describe('integersIn / lastInteger', () => {
  it('reads every pager and count style seen on HRIS pages', () => {
    expect(integersIn('1-80 / 1,234')).toEqual([1, 80, 1234]);
    expect(lastInteger('20 of 150')).toBe(150);
    expect(lastInteger('[ 20 / 143 ]')).toBe(143);
    expect(lastInteger('共 356 条')).toBe(356);
    expect(lastInteger('第 1-20 条/总共 1,356 条')).toBe(1356);
    expect(lastInteger('1\u202f234 éléments')).toBe(1234);
    expect(lastInteger('123 items')).toBe(123);
  });

  it('gives null when a text has no number', () => {
    expect(lastInteger('No Records Found')).toBeNull();
  });
});
