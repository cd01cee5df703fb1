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

  it('copies clean codes without touching the raw column', () => {
    const raw = column('a', 'b', 'a');
    const { codes } = toCategoryColumn(raw);
    codes[0] = -1;
    expect([...raw.codes]).toEqual([0, 1, 0]);
  });

  it('gives nothing for no rows', () => {
    expect(toCategoryColumn(rawTableFromValues([['C']]).columns[0])).toEqual({ codes: new Int32Array(0), labels: [] });
  });
});
