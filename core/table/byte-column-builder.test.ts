import { describe, expect, it } from 'vitest';
import { ByteColumnBuilder, NotUtf8Error } from './byte-column-builder.ts';
import { hashBytes } from './field-tokenizer.ts';
import { EMPTY, NUMERIC } from './raw-table.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const noNumbers = () => new Float64Array(0);

function build(cells: (string | Uint8Array)[], capacity = 2, strict = true) {
  const builder = new ByteColumnBuilder(capacity);
  for (const cell of cells) {
    const bytes = typeof cell === 'string' ? utf8(cell) : cell;
    builder.add(bytes, 0, bytes.length, hashBytes(bytes, 0, bytes.length));
  }
  return builder.finish('Column', strict, noNumbers);
}

describe('ByteColumnBuilder', () => {
  it('stores canonical decimals as numbers and everything else as text', () => {
    const cells = ['0', '-0', '42', '-3.25', '0.50', '', '01960', '1e5', '1.', '.5', '-', '+1', ' 7', '12,5'];
    const column = build(cells);
    expect([...column.codes].map((code, r) => (code === NUMERIC ? column.numbers[r] : code === EMPTY ? null : column.dictionary[code]))).toEqual([
      0, -0, 42, -3.25, 0.5, null, '01960', '1e5', '1.', '.5', '-', '+1', ' 7', '12,5',
    ]);
  });

  it('matches Number() on decimals that are hard to round', () => {
    const cells = ['0.1', '0.3', '9007199254740993', '123456789012345.6', '1.7976931348623157', '99999.99999'];
    const column = build(cells);
    cells.forEach((cell, r) => expect(column.numbers[r]).toBe(Number(cell)));
  });

  it('interns each distinct text once, through table growth and with colliding prefixes', () => {
    const cells = Array.from({ length: 5000 }, (_, i) => `Dept ${i % 1500}`);
    const column = build(cells, 16);
    expect(column.dictionary).toHaveLength(1500);
    expect(column.codes).toHaveLength(5000);
    cells.forEach((cell, r) => expect(column.dictionary[column.codes[r]]).toBe(cell));
  });

  it('decodes non-ASCII texts and refuses bytes that are not UTF-8 when strict', () => {
    expect(build(['研发部', 'Müller', '研发部']).dictionary).toEqual(['研发部', 'Müller']);
    expect(() => build([new Uint8Array([0xb2, 0xbf])])).toThrow(NotUtf8Error);
    expect(build([new Uint8Array([0xb2, 0xbf])], 2, false).dictionary).toEqual(['\ufffd\ufffd']);
  });

  it('gives a column without numbers the shared all-NaN array and trims the rest to the row count', () => {
    const shared = new Float64Array(3).fill(NaN);
    const builder = new ByteColumnBuilder(1000);
    for (const text of ['a', 'b', 'a']) builder.add(utf8(text), 0, 1, hashBytes(utf8(text), 0, 1));
    const column = builder.finish('Letters', true, () => shared);
    expect(column.numbers).toBe(shared);
    expect(column.codes).toHaveLength(3);
  });
});
