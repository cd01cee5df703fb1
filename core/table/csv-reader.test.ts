import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader.ts';
import { EMPTY, NUMERIC, type RawTable } from './raw-table.ts';
import { ReadError } from './read-error.ts';
import { uniqueHeaders } from './unique-headers.ts';
import { longLineCsv } from '../../test/fixtures/bad-inputs/long-line.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The table as rows of cells: numbers as numbers, text as text, empty as null. */
function rowsOf(table: RawTable): (string | number | null)[][] {
  return Array.from({ length: table.rowCount }, (_, r) =>
    table.columns.map((column) => {
      const code = column.codes[r];
      if (code === EMPTY) return null;
      if (code === NUMERIC) return column.numbers[r];
      return column.dictionary[code];
    }),
  );
}

const headersOf = (table: RawTable) => table.columns.map((column) => column.header);

describe('readCsv: values', () => {
  it('stores canonical decimals as numbers, other text dictionary-encoded and empty cells as empty', () => {
    const table = readCsv(utf8('Employee ID,Zip,Salary,Note\n1001,01960,62500.50,1e5\n-7,0,-0.25,\n0.5,00,12.,.5\n'));
    expect(rowsOf(table)).toEqual([
      [1001, '01960', 62500.5, '1e5'],
      [-7, 0, -0.25, null],
      [0.5, '00', '12.', '.5'],
    ]);
    expect(table.columns[1].numbers[0]).toBeNaN();
  });

  it('encodes each distinct text once per column and keeps trailing spaces', () => {
    const table = readCsv(utf8('Department\nProduction       \nSales\nProduction       \nSales\n'));
    const [department] = table.columns;
    expect(department.dictionary).toEqual(['Production       ', 'Sales']);
    expect([...department.codes]).toEqual([0, 1, 0, 1]);
  });

  it('gives numbers beyond 15 digits the value Number() gives, and leaves overflowing ones as text', () => {
    const long = '1234567890.1234567890123';
    const huge = '9'.repeat(400);
    const table = readCsv(utf8(`A,B\n${long},${huge}\n`));
    expect(rowsOf(table)).toEqual([[Number(long), huge]]);
  });
});

describe('readCsv: RFC 4180', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks of every kind', () => {
    const table = readCsv(utf8('Name,Note\r\n"Smith, Ada","She said ""hi"""\r\n"Bo","line1\nline2\r\nline3\rline4"\r\n'));
    expect(rowsOf(table)).toEqual([
      ['Smith, Ada', 'She said "hi"'],
      ['Bo', 'line1\nline2\r\nline3\rline4'],
    ]);
  });

  it('treats a quoted number as a number and "" as empty', () => {
    expect(rowsOf(readCsv(utf8('A,B\n"42",""\n')))).toEqual([[42, null]]);
  });

  it('reads the last line with or without a final line break and ignores blank trailing lines', () => {
    const expected = [[1, 2]];
    expect(rowsOf(readCsv(utf8('a,b\n1,2')))).toEqual(expected);
    expect(rowsOf(readCsv(utf8('a,b\r\n1,2\r\n')))).toEqual(expected);
    expect(rowsOf(readCsv(utf8('a,b\n1,2\n\n\r\n\n')))).toEqual(expected);
  });

  it('keeps a blank line between rows as an empty row, so row numbers match a spreadsheet', () => {
    const table = readCsv(utf8('a,b\n1,2\n\n3,4\n'));
    expect(rowsOf(table)).toEqual([[1, 2], [null, null], [3, 4]]);
    expect(table.readIssues).toEqual([]);
  });

  it('keeps text after a closing quote, as spreadsheets do, and a stray quote inside a plain field', () => {
    expect(rowsOf(readCsv(utf8('a,b\n"x"y,O"Brien\n')))).toEqual([['xy', 'O"Brien']]);
  });

  it('reads an empty last field after a trailing delimiter', () => {
    expect(rowsOf(readCsv(utf8('a,b,c\n1,2,')))).toEqual([[1, 2, null]]);
  });
});

describe('readCsv: delimiters', () => {
  it('detects semicolon and tab, and honours an explicit delimiter', () => {
    expect(rowsOf(readCsv(utf8('Name;Salary\nAda;62,5\n')))).toEqual([['Ada', '62,5']]);
    expect(rowsOf(readCsv(utf8('Name\tSalary\nSmith, Ada\t100\n')))).toEqual([['Smith, Ada', 100]]);
    expect(headersOf(readCsv(utf8('a;b,c\n'), { delimiter: ',' }))).toEqual(['a;b', 'c']);
  });
});

describe('readCsv: headers and location', () => {
  it('trims headers, names empty ones and de-duplicates repeats', () => {
    expect(headersOf(readCsv(utf8(' Name ,,Name\n')))).toEqual(['Name', 'Column 2', 'Name (2)']);
  });

  it('records provenance and numbers rows as a spreadsheet shows them, even across quoted line breaks', () => {
    const table = readCsv(utf8('Name,Dept\n"multi\nline",R&D\nBo\n'), { fileName: 'roster.csv' });
    expect(table.provenance).toEqual({ kind: 'file', fileName: 'roster.csv', origin: 'A1', encoding: 'utf-8' });
    expect(table.firstDataRow).toBe(2);
    expect(table.readIssues.map((issue) => issue.row)).toEqual([3]);
  });

  it('starts at the first non-blank line', () => {
    const table = readCsv(utf8('\r\n\nName\nAda\n'));
    expect(table.provenance.origin).toBe('A3');
    expect(table.firstDataRow).toBe(4);
    expect(rowsOf(table)).toEqual([['Ada']]);
  });
});

describe('readCsv: ragged rows and broken quotes', () => {
  it('pads short rows with empty cells and says so', () => {
    const table = readCsv(utf8('a,b,c\n1\n1,2,3\n'));
    expect(rowsOf(table)).toEqual([[1, null, null], [1, 2, 3]]);
    expect(table.readIssues).toEqual([
      { row: 2, column: null, code: 'missing-cells', reason: 'Row 2 has 1 of 3 cells; the missing ones were left empty', params: { row: 2, found: 1, expected: 3 }, severity: 'warning' },
    ]);
  });

  it('reports values beyond the header, naming the first one, instead of dropping them silently', () => {
    const table = readCsv(utf8('a,b\n1,2,,Oops,more\n3,4,\n'));
    expect(rowsOf(table)).toEqual([[1, 2], [3, 4]]);
    expect(table.readIssues).toEqual([
      {
        row: 2,
        column: null,
        cell: 'D2',
        code: 'extra-cells',
        reason: 'Row 2 has 2 value(s) beyond the last header column, starting with "Oops"; they were not read',
        params: { row: 2, count: 2, first: 'Oops' },
        severity: 'warning',
      },
    ]);
  });

  it('keeps what an unterminated quote swallowed and reports the row where it opened', () => {
    const table = readCsv(utf8('Name,Note\nAda,ok\nBo,"never closed\nCy,x\n'));
    expect(rowsOf(table)).toEqual([['Ada', 'ok'], ['Bo', 'never closed\nCy,x\n']]);
    expect(table.readIssues).toEqual([
      {
        row: 3,
        column: 'Note',
        cell: 'B3',
        code: 'unterminated-quote',
        reason: 'A quoted value opened in row 3 never closes; the rest of the file was read into that one cell',
        params: { row: 3 },
        severity: 'error',
      },
    ]);
  });
});

describe('readCsv: empty and degenerate files', () => {
  it.each([['0 bytes', new Uint8Array(0)], ['whitespace', utf8(' \r\n\t\n')], ['a BOM alone', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])]])(
    'refuses %s as an empty file',
    (_, bytes) => {
      expect(() => readCsv(bytes)).toThrow(new ReadError('The file is empty', { code: 'empty-file' }));
    },
  );

  it('reads a header alone as a table of 0 rows', () => {
    const table = readCsv(utf8('Employee ID,Name\n'));
    expect(table.rowCount).toBe(0);
    expect(headersOf(table)).toEqual(['Employee ID', 'Name']);
    expect(table.columns[0].codes.length).toBe(0);
  });

  it('reads a 10 MB single line as a wide header with 0 rows, quickly', () => {
    const { bytes, columns, lastHeader } = longLineCsv();
    const started = Date.now();
    const table = readCsv(bytes);
    expect(table.columns.length).toBe(columns);
    expect(table.columns[columns - 1].header).toBe(lastHeader);
    expect(table.rowCount).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses binary data', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(() => readCsv(bytes)).toThrow(ReadError);
  });
});

describe('readCsv: encodings', () => {
  const hex = (text: string) => new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));

  it('reads a GB18030 file as Chinese Excel saves it, without mojibake', () => {
    // `工号,姓名,部门,入职日期,月薪\n1001,张伟,研发部,2021年3月1日,"12,500"\n1002,阿卜杜拉·买买提,销售部 ,2019/7/15,9800\n`, by `iconv -t gb18030`.
    const bytes = hex(
      'b9a4bac52cd0d5c3fb2cb2bfc3c52cc8ebd6b0c8d5c6da2cd4c2d0bd0a313030312cd5c5ceb02cd1d0b7a2b2bf2c32303231c4ea33d4c231c8d52c2231322c353030220a313030322cb0a2b2b7b6c5c0ada1a4c2f2c2f2cce12ccffacadbb2bf202c323031392f372f31352c393830300a',
    );
    const table = readCsv(bytes, { fileName: '花名册.csv' });
    expect(headersOf(table)).toEqual(['工号', '姓名', '部门', '入职日期', '月薪']);
    expect(rowsOf(table)).toEqual([
      [1001, '张伟', '研发部', '2021年3月1日', '12,500'],
      [1002, '阿卜杜拉·买买提', '销售部 ', '2019/7/15', 9800],
    ]);
    expect(table.provenance.encoding).toBe('gb18030');
    expect(table.readIssues).toEqual([]);
  });

  it('reads UTF-16 with a BOM, as Excel saves "Unicode Text"', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('部门\t人数\r\n研发\t12\r\n', 'utf16le')]);
    const table = readCsv(bytes);
    expect(rowsOf(table)).toEqual([['研发', 12]]);
    expect(table.provenance.encoding).toBe('utf-16le');
  });

  it('reads Windows-1252 with a table-level warning naming the guess', () => {
    const bytes = hex('4e616d652c4465706172746d656e740a4a6f73e9204d75f16f7a2c44e976656c6f7070656d656e740a');
    const table = readCsv(bytes);
    expect(rowsOf(table)).toEqual([['José Muñoz', 'Développement']]);
    expect(table.provenance.encoding).toBe('windows-1252');
    expect(table.readIssues.map((issue) => [issue.code, issue.row, issue.params])).toEqual([['guessed-encoding', null, { encoding: 'windows-1252' }]]);
  });

  it('notices a non-UTF-8 byte deep in the data, after an ASCII header', () => {
    const bytes = new Uint8Array([...utf8('Name\nAda\n'), ...hex('4dfc6c6c65720a')]);
    expect(rowsOf(readCsv(bytes))).toEqual([['Ada'], ['Müller']]);
  });
});

/** GB2312 characters whose lead byte (0xB0–0xBF) can never start a UTF-8 sequence, with their GB18030 bytes (from iconv). */
const gbChars = '阿部发财高黄胡郭何经否场办保报备本编标表别宾病才产厂成程城出处传创从错达大带单当道地等第点电调订定东动都度对队多儿二法反方防放费分份风服福父付复负改概干刚港搞告哥歌格各给根工公功供共构购股故顾关管光广规贵国果过';
const gbBytes = 'b0a2b2bfb7a2b2c6b8dfbbc6bafab9f9bacebeadb7f1b3a1b0ecb1a3b1a8b1b8b1beb1e0b1eab1edb1f0b1f6b2a1b2c5b2fab3a7b3c9b3ccb3c7b3f6b4a6b4abb4b4b4d3b4edb4efb4f3b4f8b5a5b5b1b5c0b5d8b5c8b5dab5e3b5e7b5f7b6a9b6a8b6abb6afb6bcb6c8b6d4b6d3b6e0b6f9b6feb7a8b7b4b7bdb7c0b7c5b7d1b7d6b7ddb7e7b7feb8a3b8b8b8b6b8b4b8bab8c4b8c5b8c9b8d5b8dbb8e3b8e6b8e7b8e8b8f1b8f7b8f8b8f9b9a4b9abb9a6b9a9b9b2b9b9b9bab9c9b9cab9cbb9d8b9dcb9e2b9e3b9e6b9f3b9fab9fbb9fd';

/** A tiny GB18030 encoder for ASCII plus the characters above. */
function encodeGb(text: string): number[] {
  return [...text].flatMap((ch) => {
    const index = gbChars.indexOf(ch);
    return index < 0 ? [ch.charCodeAt(0)] : [parseInt(gbBytes.slice(index * 4, index * 4 + 2), 16), parseInt(gbBytes.slice(index * 4 + 2, index * 4 + 4), 16)];
  });
}

const canonical = /^-?(0|[1-9]\d*)(\.\d+)?$/;

describe('readCsv: properties', () => {
  const delimiters = [',', ';', '\t'] as const;
  const fieldText = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r', '0', '7', '-', '.', 'é', '部', '😀') , maxLength: 8 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.integer({ min: -1e6, max: 1e6 }).map(String),
    fc.constantFrom('', '01960', '1e5', '-0', '0.50', ' 12', 'Production       '),
  );
  const csvCase = fc.record({
    delimiter: fc.constantFrom(...delimiters),
    newline: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
    headers: fc.uniqueArray(fc.constantFrom('Employee ID', 'Name', 'Department', '部门', 'Hire Date', 'Salary', 'Note'), { minLength: 1, maxLength: 5 }),
    cells: fc.array(fc.array(fc.tuple(fieldText, fc.boolean()), { minLength: 5, maxLength: 5 }), { maxLength: 12 }),
  });

  it('parses generated CSVs cell by cell as papaparse does (numbers compared by value), detecting the delimiter', () => {
    fc.assert(
      fc.property(csvCase, ({ delimiter, newline, bom, finalNewline, headers, cells }) => {
        const quote = (value: string, force: boolean) =>
          force || /[,;\t"\r\n]/.test(value) || (headers.length === 1 && value === '') ? `"${value.replaceAll('"', '""')}"` : value;
        const records = [headers.map((h) => quote(h, false)), ...cells.map((row) => row.slice(0, headers.length).map(([value, force]) => quote(value, force)))];
        const text = records.map((record) => record.join(delimiter)).join(newline) + (finalNewline ? newline : '');
        const table = readCsv(utf8((bom ? '\ufeff' : '') + text), { delimiter });
        const oracle = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"' }).data;
        if (finalNewline) oracle.pop();
        expect(headersOf(table)).toEqual(uniqueHeaders(oracle[0]));
        expect(table.rowCount).toBe(oracle.length - 1);
        oracle.slice(1).forEach((record, r) =>
          record.forEach((value, c) => {
            const column = table.columns[c];
            const code = column.codes[r];
            if (value === '') expect(code).toBe(EMPTY);
            else if (canonical.test(value) && Number.isFinite(Number(value))) {
              expect(code).toBe(NUMERIC);
              expect(column.numbers[r]).toBe(Number(value));
            } else expect(column.dictionary[code]).toBe(value);
          }),
        );
        expect(table.readIssues).toEqual([]);
        if (headers.length > 1) expect(readCsv(utf8((bom ? '\ufeff' : '') + text))).toEqual(table);
      }),
      { numRuns: 400 },
    );
  });

  it('reads GB18030 text back exactly as written', () => {
    const gbText = fc.string({ unit: fc.constantFrom(...gbChars.slice(0, 20), 'a', 'b', ' ', '1', '2', '.', '/'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(gbText, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const header = ['部财', '工本', '高管'];
        const text = [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
        const table = readCsv(new Uint8Array(encodeGb(text)));
        expect(table.provenance.encoding).toBe('gb18030');
        expect(headersOf(table)).toEqual(header);
        expect(rowsOf(table)).toEqual(rows.map((row) => row.map((value) => (canonical.test(value) ? Number(value) : value))));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws anything but ReadError on random bytes, and what it returns is well-formed', () => {
    const interesting = fc.constantFrom(0x2c, 0x3b, 0x09, 0x22, 0x0a, 0x0d, 0x20, 0x61, 0x31, 0x2d, 0x2e, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xc3, 0xa9, 0xb2, 0xbf, 0x81, 0x30, 0x96);
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.array(interesting, { maxLength: 300 }).map((values) => new Uint8Array(values)));
    fc.assert(
      fc.property(bytes, (input) => {
        let table: RawTable;
        try {
          table = readCsv(input);
        } catch (error) {
          expect(error).toBeInstanceOf(ReadError);
          return;
        }
        expect(table.columns.length).toBeGreaterThan(0);
        for (const column of table.columns) {
          expect(column.codes.length).toBe(table.rowCount);
          expect(column.numbers.length).toBe(table.rowCount);
          column.codes.forEach((code, r) => {
            if (code === NUMERIC) expect(Number.isFinite(column.numbers[r])).toBe(true);
            else expect(code === EMPTY || (code >= 0 && code < column.dictionary.length)).toBe(true);
          });
        }
      }),
      { numRuns: 1000 },
    );
  });
});
