import { describe, expect, it } from 'vitest';
import { expectFixture } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { sapUiTable } from './sap-ui-table.ts';

describe('sap-ui-table', () => {
  it('merges the frozen and scrolling halves of each row once, drops the empty rows past the data, total from aria-rowcount', () => {
    expect(expectFixture(sapUiTable, 'sap-ui-table-employees').missing).toEqual([]);
  });

  it('has each row in both halves in the fixture, so the merge is what keeps them single', () => {
    const { document } = loadHrisFixture('sap-ui-table-employees');
    const fixed = document.querySelectorAll('.sapUiTableCtrlFixed tr.sapUiTableContentRow[aria-rowindex]').length;
    const scrolling = document.querySelectorAll('.sapUiTableCtrlScroll tr.sapUiTableContentRow[aria-rowindex]').length;
    expect([fixed, scrolling]).toEqual([12, 12]);
  });
});
