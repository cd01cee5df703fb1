import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { parseHtml } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { tableValues } from '../../test/fixtures/hris/table-values.ts';
import { genericTable } from './generic-table.ts';

describe('generic-table', () => {
  it('reads hostile cells as plain text: escaped markup stays text, images, scripts and styles give nothing, formulas are kept verbatim', () => {
    const extraction = expectFixture(genericTable, 'hostile-cells');
    expect(extraction.missing).toEqual([{ part: 'count', selectors: ['[aria-rowcount]'] }]);
  });

  it('reads an ARIA div grid and its declared row count', () => {
    const document = parseHtml(`<div role="grid" aria-rowcount="41"><div role="row" aria-rowindex="1"><span role="columnheader">Name</span><span role="columnheader">Team</span></div>
      <div role="row" aria-rowindex="2"><span role="gridcell">Ann Lee</span><span role="gridcell">Support</span></div>
      <div role="row" aria-rowindex="3"><span role="gridcell">Bo Chen</span><span role="gridcell">Sales</span></div></div>`);
    const extraction = genericTable.extract(document, 'https://example.com/', fixtureCapturedAt);
    expect(extraction && tableValues(extraction.table)).toEqual({ headers: ['Name', 'Team'], rows: [['Ann Lee', 'Support'], ['Bo Chen', 'Sales']] });
    expect(extraction?.completeness).toEqual({ shown: 2, total: 40 });
  });

  it('takes a first row of th cells as the header when there is no thead, and names headerless columns', () => {
    const document = parseHtml('<table><tr><th>Name</th><th></th></tr><tr><td>Ann</td><td>R&amp;D</td></tr></table>');
    const extraction = genericTable.extract(document, 'https://example.com/', fixtureCapturedAt);
    expect(extraction && tableValues(extraction.table)).toEqual({ headers: ['Name', 'Column 2'], rows: [['Ann', 'R&D']] });
  });

  it('names columns under grouped headers (thead rows with colspan and rowspan) by leaf, with the group when a leaf repeats', () => {
    const document = parseHtml(`<table><thead><tr><th rowspan="2">姓名</th><th colspan="2">本年</th><th colspan="2">上年</th></tr>
      <tr><th>月薪</th><th>绩效</th><th>月薪</th><th>绩效</th></tr></thead><tbody><tr><td>何静</td><td>¥30,000</td><td>A</td><td>¥28,000</td><td>B</td></tr></tbody></table>`);
    const extraction = genericTable.extract(document, 'https://example.com/', fixtureCapturedAt);
    expect(extraction && tableValues(extraction.table)).toEqual({
      headers: ['姓名', '本年 · 月薪', '本年 · 绩效', '上年 · 月薪', '上年 · 绩效'],
      rows: [['何静', '¥30,000', 'A', '¥28,000', 'B']],
    });
  });

  it('gives null for a page with only one-column or empty tables', () => {
    const document = parseHtml('<table><tr><td>Menu</td></tr><tr><td>Home</td></tr></table><table><thead><tr><th>A</th><th>B</th></tr></thead></table>');
    expect(genericTable.extract(document, 'https://example.com/', fixtureCapturedAt)).toBeNull();
  });
});
