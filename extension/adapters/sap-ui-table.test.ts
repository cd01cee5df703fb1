import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { firstMatch } from './dom/selectors.ts';
import { sapUiTable } from './sap-ui-table.ts';

describe('sap-ui-table', () => {
  it('merges the frozen and scrolling halves of each row once, total from aria-rowcount', () => {
    expect(expectFixture(sapUiTable, 'sap-ui-table-employees').missing).toEqual([]);
  });

  it('has each row in both halves in the fixture, so the merge is what keeps them single', () => {
    const { document } = loadHrisFixture('sap-ui-table-employees');
    const fixed = document.querySelectorAll('.sapUiTableCtrlFixed tr.sapUiTableContentRow[aria-rowindex]').length;
    const scrolling = document.querySelectorAll('.sapUiTableCtrlScroll tr.sapUiTableContentRow[aria-rowindex]').length;
    expect([fixed, scrolling]).toEqual([12, 12]);
  });

  it('drops the rows past the data, which UI5 hides and empties when the data ends above the last row', () => {
    const { document, expected } = loadHrisFixture('sap-ui-table-employees');
    for (const row of document.querySelectorAll('tr.sapUiTableContentRow[data-sap-ui-rowindex="11"]')) {
      row.classList.add('sapUiTableRowHidden');
      row.querySelectorAll('.sapMText').forEach((text) => text.remove());
    }
    expect(sapUiTable.extract(document, expected.url, fixtureCapturedAt)?.rowKeys).toEqual(expected.rowKeys.slice(0, -1));
  });

  it("scrolls the table's own vertical scrollbar, the element OpenUI5 re-renders rows from", () => {
    const { document } = loadHrisFixture('sap-ui-table-employees');
    expect(firstMatch(document, sapUiTable.collect.scroller)?.element.id).toBe('__table0-vsb');
  });
});
