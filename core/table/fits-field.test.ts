import { describe, expect, it } from 'vitest';
import { fitsField } from './fits-field.ts';
import { rawTableFromValues } from './from-values.ts';
import type { CellValue } from './raw-table.ts';

const column = (cells: CellValue[], numberFormat?: string) => rawTableFromValues([['C'], ...cells.map((cell) => [cell])], { numberFormats: [numberFormat] }).columns[0];

describe('fitsField', () => {
  it('wants dates for date fields, numbers only under a date format', () => {
    expect(fitsField(column(['2024-01-05', '3/30/2015']), 'hireDate')).toBe(true);
    expect(fitsField(column(['2024-01-05', 'soon']), 'hireDate')).toBe(false);
    expect(fitsField(column([45296]), 'hireDate')).toBe(false);
    expect(fitsField(column([45296], 'yyyy-mm-dd'), 'hireDate')).toBe(true);
  });

  it('wants amounts for pay and yes/no for flags', () => {
    expect(fitsField(column([5000, '¥1.2万']), 'salary')).toBe(true);
    expect(fitsField(column(['Sales']), 'salary')).toBe(false);
    expect(fitsField(column(['Yes', 'No', 1]), 'leaver')).toBe(true);
    expect(fitsField(column(['Yes', 2]), 'leaver')).toBe(false);
    expect(fitsField(column(['Involuntary', 'Voluntary']), 'voluntary')).toBe(true);
  });

  it('wants few distinct texts for categories, numbers only for ordinal ones', () => {
    const departments = Array.from({ length: 40 }, (_, i) => ['Sales', 'R&D', 'HR'][i % 3]);
    expect(fitsField(column(departments), 'department')).toBe(true);
    expect(fitsField(column(Array.from({ length: 40 }, (_, i) => `Person ${i}`)), 'department')).toBe(false);
    expect(fitsField(column(Array.from({ length: 40 }, (_, i) => (i % 4) + 1)), 'department')).toBe(false);
    expect(fitsField(column(Array.from({ length: 40 }, (_, i) => (i % 4) + 1)), 'jobLevel')).toBe(true);
    expect(fitsField(column(['2024-01-05', '2024-01-06']), 'department')).toBe(false);
  });

  it('wants mostly unique values for ids and names', () => {
    expect(fitsField(column([1, 2, 3, 4, 5]), 'employeeId')).toBe(true);
    expect(fitsField(column([1, 1, 2, 2, 3]), 'employeeId')).toBe(false);
    expect(fitsField(column(['Ann Lee', 'Bo Chen', 'Cy Wu']), 'name')).toBe(true);
  });

  it('rejects empty columns', () => {
    expect(fitsField(column([null, '']), 'department')).toBe(false);
  });
});
