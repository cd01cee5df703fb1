import { describe, expect, it } from 'vitest';
import type { CategoryColumn } from '../table/dataset.ts';
import { codesForLabels } from './codes-for-labels.ts';

const column = (codes: number[], labels: string[]): CategoryColumn => ({ type: 'category', header: 'Department', codes: Int32Array.from(codes), labels, invalid: new Uint8Array(codes.length), invalidCount: 0 });

describe('codesForLabels', () => {
  it('maps rows to another table’s labels, trimmed and case-insensitively', () => {
    expect([...codesForLabels(column([0, 1, -1, 2], ['R&D', 'Sales', 'Legal']), ['sales ', 'r&d'])]).toEqual([1, 0, -1, -1]);
  });

  it('gives an empty array for an empty column', () => {
    expect(codesForLabels(column([], []), ['Sales']).length).toBe(0);
  });
});
