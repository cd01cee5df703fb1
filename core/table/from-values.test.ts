import { describe, expect, it } from 'vitest';
import { rawTableFromValues, valuesTableBuilder } from './from-values.ts';
import { cellText, EMPTY, NUMERIC, type CellValue } from './raw-table.ts';

/** Each cell of a column read back as rawTableFromValues stored it. */
const cellsOf = (table: ReturnType<typeof rawTableFromValues>, c: number) => Array.from({ length: table.rowCount }, (_, r) => cellText(table.columns[c], r));

describe('rawTableFromValues', () => {
  it('keeps numbers as numbers, booleans as TRUE/FALSE text and blanks as empty', () => {
    const table = rawTableFromValues([['A'], [3], ['x'], [true], [false], [''], [null], ['x']]);
    const [column] = table.columns;
    expect([...column.codes]).toEqual([NUMERIC, 0, 1, 2, EMPTY, EMPTY, 0]);
    expect(column.dictionary).toEqual(['x', 'TRUE', 'FALSE']);
    expect(column.numbers[0]).toBe(3);
  });

  it('gives columns of numbers alone one shared all-NUMERIC codes array, and texts alone one shared all-NaN numbers array', () => {
    const table = rawTableFromValues([['Id', 'Level', 'Dept', 'Site'], [1, 5, 'R&D', 'Paris'], [2, 6, 'HR', 'Oslo']]);
    const [id, level, dept, site] = table.columns;
    expect(id.codes).toBe(level.codes);
    expect([...id.codes]).toEqual([NUMERIC, NUMERIC]);
    expect([...level.numbers]).toEqual([5, 6]);
    expect(dept.numbers).toBe(site.numbers);
    expect([...dept.numbers]).toEqual([NaN, NaN]);
  });

  it('codes the numbers before a column first holds something else, in a later block of rows too', () => {
    const rows: CellValue[][] = [['Mixed', 'Late']];
    for (let r = 0; r < 5000; r++) rows.push([r === 3 ? 'n/a' : r, r === 4500 ? '' : r]);
    const table = rawTableFromValues(rows);
    expect(cellsOf(table, 0).slice(0, 5)).toEqual(['0', '1', '2', 'n/a', '4']);
    expect(table.columns[0].codes.filter((code) => code === NUMERIC)).toHaveLength(4999);
    expect(table.columns[1].codes[4500]).toBe(EMPTY);
    expect(table.columns[1].codes.filter((code) => code === NUMERIC)).toHaveLength(4999);
    expect(table.columns[1].numbers[4499]).toBe(4499);
    expect(table.columns[1].numbers[4501]).toBe(4501);
  });

  it('interns texts that repeat across many distinct values (names) the same as with few', () => {
    const names = Array.from({ length: 20_000 }, (_, r) => `Name ${r % 7000}`);
    const table = rawTableFromValues([['Name'], ...names.map((name) => [name])]);
    expect(table.columns[0].dictionary).toHaveLength(7000);
    expect(cellsOf(table, 0)).toEqual(names);
  });

  it('gives a header alone a table of 0 rows', () => {
    const table = rawTableFromValues([['A', 'B']]);
    expect(table.rowCount).toBe(0);
    expect(table.columns.map((column) => column.codes.length)).toEqual([0, 0]);
  });
});

describe('valuesTableBuilder', () => {
  /** A 5,000-row sheet whose columns change kind part-way: numbers, then texts; blanks; a booleans column; extra cells on two rows. */
  const sheet = (): CellValue[][] => {
    const rows: CellValue[][] = [['Id', 'Mixed', 'Dept', 'Flag']];
    for (let r = 0; r < 5000; r++) rows.push([r, r < 3100 ? r * 1.5 : `t${r % 40}`, r % 9 === 0 ? '' : ['R&D', 'HR', 'Sales'][r % 3], r % 2 === 0]);
    rows[2700].push('stray');
    rows[4000].push('', 'late');
    return rows;
  };

  it('builds from chunks of any size the same table as from the whole array, extra cells reported at their sheet rows', () => {
    const whole = rawTableFromValues(sheet(), { firstDataRow: 5, provenance: { kind: 'values', origin: 'HR!A4' } });
    for (const size of [1, 777, 2048, 5000]) {
      const values = sheet();
      const builder = valuesTableBuilder(values[0], values.length - 1, { firstDataRow: 5, provenance: { kind: 'values', origin: 'HR!A4' } });
      for (let from = 1; from < values.length; from += size) builder.append(values.slice(from, from + size));
      const chunked = builder.finish();
      expect(chunked.columns.map((column) => [...column.codes])).toEqual(whole.columns.map((column) => [...column.codes]));
      expect(chunked.columns.map((column) => [...column.numbers])).toEqual(whole.columns.map((column) => [...column.numbers]));
      expect(chunked.columns.map((column) => column.dictionary)).toEqual(whole.columns.map((column) => column.dictionary));
      expect(chunked.readIssues).toEqual(whole.readIssues);
    }
    expect(whole.readIssues.map((issue) => issue.row)).toEqual([2704, 4004]);
  });

  it('refuses more rows than declared, and a table short of them', () => {
    const builder = valuesTableBuilder(['A'], 2);
    builder.append([[1]]);
    expect(() => builder.finish()).toThrow(/1 rows appended to a table of 2/);
    expect(() => builder.append([[2], [3]])).toThrow(/3 rows appended to a table of 2/);
  });
});
