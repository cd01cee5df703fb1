import { describe, expect, it } from 'vitest';
import { formatQuantity } from './format-quantity.ts';

const doc = {
  lang: 'zh-CN' as const,
  quantities: {
    cost: { id: 'cost', value: 79350, format: 'currency' as const, currency: 'CNY', source: 'impact' as const, evidenceIds: ['e1'] },
    broken: { id: 'broken', value: 5, format: 'currency' as const, source: 'impact' as const, evidenceIds: [] },
  },
};

describe('formatQuantity', () => {
  it('formats a referenced quantity in the document language', () => {
    expect(formatQuantity(doc, 'cost')).toBe('¥79,350');
  });

  it('throws on a dangling reference, naming it', () => {
    expect(() => formatQuantity(doc, 'missing')).toThrow('quantity "missing", which it does not define');
    expect(() => formatQuantity(doc, 'constructor')).toThrow(/does not define/);
  });

  it('names the quantity when its value cannot be formatted', () => {
    expect(() => formatQuantity(doc, 'broken')).toThrow(/quantity "broken": .*currency code/);
  });
});
