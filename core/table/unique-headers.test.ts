import { describe, expect, it } from 'vitest';
import { uniqueHeaders } from './unique-headers.ts';

describe('uniqueHeaders', () => {
  it('trims, names empty cells by position and numbers repeats', () => {
    expect(uniqueHeaders([' Name ', '', null, 'Name', 'Name'])).toEqual(['Name', 'Column 2', 'Column 3', 'Name (2)', 'Name (3)']);
  });

  it('keeps numbers and booleans as their text', () => {
    expect(uniqueHeaders([2024, true])).toEqual(['2024', 'true']);
  });

  it('gives no headers for no cells', () => {
    expect(uniqueHeaders([])).toEqual([]);
  });
});
