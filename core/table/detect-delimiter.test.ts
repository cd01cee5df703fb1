import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './detect-delimiter.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectDelimiter', () => {
  it('finds comma, semicolon and tab', () => {
    expect(detectDelimiter(bytes('Name,Salary\nAda,100\n'))).toBe(',');
    expect(detectDelimiter(bytes('Name;Salary\nAda;100,5\nBo;7,25\n'))).toBe(';');
    expect(detectDelimiter(bytes('Name\tSalary\r\nSmith, Ada\t100\r\n'))).toBe('\t');
  });

  it('ignores delimiters inside quotes, even across lines', () => {
    expect(detectDelimiter(bytes('Name;Note\n"a,b,c";"x,\ny,z"\nBo;k\n'))).toBe(';');
  });

  it('prefers the delimiter whose count is steady over the one used more often on some lines', () => {
    expect(detectDelimiter(bytes('A;B;C\n1,2,3,4,5;x;y\n6;7;8\n9;1;2\n'))).toBe(';');
  });

  it('starts at the given offset and falls back to comma', () => {
    expect(detectDelimiter(bytes('x,y,z\na;b\n'), 6)).toBe(';');
    expect(detectDelimiter(bytes('Name\nAda\n'))).toBe(',');
    expect(detectDelimiter(new Uint8Array(0))).toBe(',');
  });
});
