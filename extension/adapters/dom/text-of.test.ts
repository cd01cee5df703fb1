import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/fixtures/hris/load-hris-fixture.ts';
import { textOf } from './text-of.ts';

/** The text of the first cell of a one-cell table. */
function cellText(inner: string): string {
  const document = parseHtml(`<table><tr><td>${inner}</td></tr></table>`);
  return textOf(document.querySelector('td') as Element);
}

describe('textOf', () => {
  it('separates block elements, collapses whitespace and keeps inline runs together', () => {
    expect(cellText('<div>Jane</div><div>Doe</div>')).toBe('Jane Doe');
    expect(cellText('  Sales \n  <b>EMEA</b>')).toBe('Sales EMEA');
    expect(cellText('Ja<b>ne</b>')).toBe('Jane');
  });

  it('leaves out icons, controls, code and hidden text', () => {
    expect(cellText('<svg><text>icon</text></svg><input value="x"><select><option>A</option></select>Active')).toBe('Active');
    expect(cellText('<script>var a = 1</script><style>td{}</style>Done')).toBe('Done');
    expect(cellText('<span hidden>old</span><span aria-hidden="true">⋮</span><span style="display: none">x</span>New')).toBe('New');
  });

  it('gives markup written as text back as text', () => {
    expect(cellText('&lt;b&gt;bold&lt;/b&gt;')).toBe('<b>bold</b>');
    expect(cellText('')).toBe('');
  });
});
