import { describe, expect, it } from 'vitest';
import { rawTableFromValues } from './from-values.ts';
import type { CellValue } from './raw-table.ts';
import { toCategoryColumn } from './to-category-column.ts';

const column = (...cells: CellValue[]) => rawTableFromValues([['C'], ...cells.map((cell) => [cell])]).columns[0];

describe('toCategoryColumn', () => {
  it('merges padded and unpadded spellings (HRDataset "Production       " and "M ")', () => {
    const { codes, labels } = toCategoryColumn(column('Production       ', 'Production', 'M ', 'M', 'IT/IS'));
    expect(labels).toEqual(['Production', 'M', 'IT/IS']);
    expect([...codes]).toEqual([0, 0, 1, 1, 2]);
  });

  it('writes numbers as plain text and shares labels with equal texts', () => {
    const { codes, labels } = toCategoryColumn(column(2, '2', 3, 2));
    expect(labels).toEqual(['2', '3']);
    expect([...codes]).toEqual([0, 0, 1, 0]);
  });

  it('keeps empty and whitespace-only cells missing', () => {
    const { codes, labels } = toCategoryColumn(column('A', null, '   ', ''));
    expect(labels).toEqual(['A']);
    expect([...codes]).toEqual([0, -1, -1, -1]);
  });

  it('shares clean codes and labels with the raw column instead of copying a million of them', () => {
    const raw = column('a', 'b', 'a');
    const result = toCategoryColumn(raw);
    expect(result.codes).toBe(raw.codes);
    expect(result.labels).toBe(raw.dictionary);
  });

  it('gives nothing for no rows', () => {
    expect(toCategoryColumn(rawTableFromValues([['C']]).columns[0])).toEqual({ codes: new Int32Array(0), labels: [] });
  });
});
