import { describe, expect, it } from 'vitest';
import { ReadError } from './read-error.ts';
import { toUtf8 } from './to-utf8.ts';

const hex = (text: string) => new Uint8Array(text.match(/../g)!.map((pair) => parseInt(pair, 16)));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** `Name,Department\nJosé Muñoz,Développement\nZoë Ørsted,Ventes – Europe\n` saved by `iconv -t cp1252`. */
const windows1252 = hex('4e616d652c4465706172746d656e740a4a6f73e9204d75f16f7a2c44e976656c6f7070656d656e740a5a6feb20d872737465642c56656e7465732096204575726f70650a');
/** `工号,姓名\n1001,张伟\n` saved by `iconv -t gb18030`. */
const gb18030 = hex('b9a4bac52cd0d5c3fb0a313030312cd5c5ceb00a');

describe('toUtf8', () => {
  it('strips a UTF-8 BOM without copying and trusts the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x0a]);
    const result = toUtf8(bytes);
    expect(result).toMatchObject({ encoding: 'utf-8', presumed: false, issues: [] });
    expect(result.bytes.buffer).toBe(bytes.buffer);
    expect(text(result.bytes)).toBe('A\n');
  });

  it('presumes UTF-8 without a BOM, leaving the check to the reader', () => {
    const bytes = new TextEncoder().encode('Name\nAda\n');
    expect(toUtf8(bytes)).toEqual({ bytes, encoding: 'utf-8', presumed: true, issues: [] });
  });

  it('transcodes UTF-16 with a BOM, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('部门\n研发', 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('部门\n研发', 'utf16le').swap16()]);
    expect(text(toUtf8(le).bytes)).toBe('部门\n研发');
    expect(toUtf8(le)).toMatchObject({ encoding: 'utf-16le', presumed: false, issues: [] });
    expect(text(toUtf8(be).bytes)).toBe('部门\n研发');
    expect(toUtf8(be).encoding).toBe('utf-16be');
  });

  it('recognises UTF-16 without a BOM from its zero bytes, with a warning', () => {
    const result = toUtf8(new Uint8Array(Buffer.from('Name,Salary\nAda,100\n', 'utf16le')));
    expect(text(result.bytes)).toBe('Name,Salary\nAda,100\n');
    expect(result.encoding).toBe('utf-16le');
    expect(result.issues).toMatchObject([{ row: null, column: null, code: 'guessed-encoding', params: { encoding: 'utf-16le' }, severity: 'warning' }]);
  });

  it('reads GB18030 once UTF-8 has failed, without a warning', () => {
    const result = toUtf8(gb18030, true);
    expect(text(result.bytes)).toBe('工号,姓名\n1001,张伟\n');
    expect(result).toMatchObject({ encoding: 'gb18030', presumed: false, issues: [] });
  });

  it('falls back to Windows-1252 with a warning naming it', () => {
    const result = toUtf8(windows1252, true);
    expect(text(result.bytes)).toBe('Name,Department\nJosé Muñoz,Développement\nZoë Ørsted,Ventes – Europe\n');
    expect(result.encoding).toBe('windows-1252');
    expect(result.issues).toEqual([
      {
        row: null,
        column: null,
        code: 'guessed-encoding',
        reason: 'The file is not UTF-8; it was read as windows-1252. If letters look wrong, save it as "CSV UTF-8" and read it again',
        params: { encoding: 'windows-1252' },
        severity: 'warning',
      },
    ]);
  });

  it('takes accented Latin text that happens to fit GB18030 byte rules for Windows-1252', () => {
    // "Müller Hélène": every accented letter is followed by an ASCII letter, a valid but unlikely GBK pair.
    const bytes = hex('4dfc6c6c65722048e96ce86e65');
    expect(toUtf8(bytes, true).encoding).toBe('windows-1252');
  });

  it('refuses empty and binary input', () => {
    expect(() => toUtf8(new Uint8Array(0))).toThrow('The file is empty');
    expect(() => toUtf8(new Uint8Array([0xfe, 0xff, 0x00, 0x20]))).toThrow('The file is empty');
    expect(() => toUtf8(hex('504b0304140000000800'.repeat(20) + '00ff01fe'))).toThrow(ReadError);
  });
});
