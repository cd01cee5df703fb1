import { describe, expect, it } from 'vitest';
import { rawTableFromValues } from './from-values.ts';
import type { CellValue } from './raw-table.ts';
import { toCategoryColumn } from './to-category-column.ts';

const column = (...cells: CellValue[]) => rawTableFromValues([['C'], ...cells.map((cell) => [cell])]).columns[0];
const categories = (...cells: CellValue[]) => toCategoryColumn(column(...cells), new Uint8Array(cells.length));

describe('toCategoryColumn', () => {
  it('merges padded and unpadded spellings (HRDataset "Production       " and "M ")', () => {
    const { codes, labels } = categories('Production       ', 'Production', 'M ', 'M', 'IT/IS');
    expect(labels).toEqual(['Production', 'M', 'IT/IS']);
    expect([...codes]).toEqual([0, 0, 1, 1, 2]);
  });

  it('writes numbers as plain text and shares labels with equal texts', () => {
    const { codes, labels } = categories(2, '2', 3, 2);
    expect(labels).toEqual(['2', '3']);
    expect([...codes]).toEqual([0, 0, 1, 0]);
  });

  it('keeps empty and whitespace-only cells missing', () => {
    const { codes, labels } = categories('A', null, '   ', '');
    expect(labels).toEqual(['A']);
    expect([...codes]).toEqual([0, -1, -1, -1]);
  });

  it('shares clean codes and labels with the raw column instead of copying a million of them', () => {
    const raw = column('a', 'b', 'a');
    const result = toCategoryColumn(raw, new Uint8Array(3));
    expect(result.codes).toBe(raw.codes);
    expect(result.labels).toBe(raw.dictionary);
  });

  it('codes whole numbers alone by first appearance and writes their labels only when read, then keeps them', () => {
    const result = categories(100_007, null, 100_003, 100_007, 100_005);
    expect([...result.codes]).toEqual([0, -1, 1, 0, 2]);
    expect(Object.getOwnPropertyDescriptor(result, 'labels')?.get).toBeDefined();
    expect(result.labels).toEqual(['100007', '100003', '100005']);
    expect(result.labels).toBe(result.labels);
    expect(Object.getOwnPropertyDescriptor(result, 'labels')?.value).toBe(result.labels);
  });

  it('codes ids that only increase by their row, without a lookup table, and labels them when read', () => {
    const result = categories(100_001, 100_002, null, 100_010, 200_000);
    expect([...result.codes]).toEqual([0, 1, -1, 2, 3]);
    expect(result.labels).toEqual(['100001', '100002', '100010', '200000']);
  });

  it('labels repeated whole numbers from their first rows, whatever their order', () => {
    expect(categories(5, 3, 5, 9, 3, 1).labels).toEqual(['5', '3', '9', '1']);
    expect(categories(2, 2).labels).toEqual(['2']);
  });

  it('gives the Dataset column with the mask it is handed', () => {
    const invalid = new Uint8Array(1);
    expect(toCategoryColumn(column(' A'), invalid)).toEqual({ type: 'category', header: 'C', codes: Int32Array.of(0), labels: ['A'], invalid, invalidCount: 0 });
  });

  it('gives nothing for no rows', () => {
    const { codes, labels } = toCategoryColumn(rawTableFromValues([['C']]).columns[0], new Uint8Array(0));
    expect(codes).toEqual(new Int32Array(0));
    expect(labels).toEqual([]);
  });
});
