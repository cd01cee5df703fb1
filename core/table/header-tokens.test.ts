import { describe, expect, it } from 'vitest';
import { headerTokens } from './header-tokens.ts';

describe('headerTokens', () => {
  it('splits camelCase, acronyms, digits and punctuation', () => {
    expect(headerTokens('YearsWithCurrManager')).toEqual(['years', 'with', 'curr', 'manager']);
    expect(headerTokens('EmpStatusID')).toEqual(['emp', 'status', 'id']);
    expect(headerTokens('HRDataset_v14')).toEqual(['hr', 'dataset', 'v', '14']);
    expect(headerTokens('LastPerformanceReview_Date')).toEqual(['last', 'performance', 'review', 'date']);
  });

  it('keeps a Chinese run as one word beside Latin words', () => {
    expect(headerTokens('部门 Name')).toEqual(['部门', 'name']);
    expect(headerTokens('')).toEqual([]);
  });
});
