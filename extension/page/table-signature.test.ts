import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadHrisFixture, parseHtml } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { tableProbe } from '../adapters/index.ts';
import { capturePage } from './capture-page.ts';
import { tableSignature } from './table-signature.ts';

describe('tableSignature', () => {
  it('is what the capture carries, and changes when a row goes, a cell is edited in place or rows are re-sorted', () => {
    const { document, expected } = loadHrisFixture('odoo-employees');
    const read = tableSignature(document, tableProbe);
    expect(capturePage(document, expected.url)?.signature).toBe(read);
    const rows = [...document.querySelectorAll('tr.o_data_row')];
    const cell = rows[0].querySelector('td[name="name"], td.o_data_cell') as Element;
    const name = cell.textContent;
    cell.textContent = `${name}x`;
    expect(tableSignature(document, tableProbe)).not.toBe(read);
    cell.textContent = name;
    expect(tableSignature(document, tableProbe)).toBe(read);
    rows[0].before(rows[1]);
    expect(tableSignature(document, tableProbe)).not.toBe(read);
    rows[1].before(rows[0]);
    const { nextSibling } = rows[rows.length - 1];
    rows[rows.length - 1].remove();
    expect(tableSignature(document, tableProbe)).not.toBe(read);
    nextSibling?.before(rows[rows.length - 1]);
    expect(tableSignature(document, tableProbe)).toBe(read);
  });

  it('ignores the badges drawn in shadow roots inside the rows, and is empty without a table', () => {
    const document = parseHtml(readFileSync(new URL('../../test/fixtures/hris/requisitions-aging.html', import.meta.url), 'utf8'));
    const read = tableSignature(document, tableProbe);
    const host = document.createElement('peoplecase-badges');
    host.attachShadow({ mode: 'open' }).textContent = 'Open 689 days · over 45';
    document.querySelector('tbody tr td')?.append(host);
    expect(tableSignature(document, tableProbe)).toBe(read);
    expect(tableSignature(document, 'table.nowhere')).toBe('');
  });
});
