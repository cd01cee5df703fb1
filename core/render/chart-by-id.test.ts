import { describe, expect, it } from 'vitest';
import { chartById } from './chart-by-id.ts';
import { sampleDocument } from './fixtures/sample-document.ts';

describe('chartById', () => {
  it('finds the chart a block shows and refuses one the document lacks', () => {
    const doc = sampleDocument('en');
    expect(chartById(doc, 'turnover-by-department').title).toBe('Turnover by department');
    expect(() => chartById(doc, 'nope')).toThrow('chart "nope", which it does not define');
  });
});
