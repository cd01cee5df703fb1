import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { muiDataGrid } from './mui-data-grid.ts';

describe('mui-data-grid', () => {
  it('reads the rendered window of a scrolled grid by data-field, checkbox and actions columns dropped, "1–100 of 250"', () => {
    expect(expectFixture(muiDataGrid, 'mui-data-grid-team').missing).toEqual([]);
  });

  it('falls back to aria-rowcount less the header row when the footer is hidden', () => {
    const { document, expected } = loadHrisFixture('mui-data-grid-team');
    document.querySelector('.MuiDataGrid-footerContainer')?.remove();
    expect(muiDataGrid.extract(document, expected.url, fixtureCapturedAt)?.completeness).toEqual({ shown: 24, total: 250 });
  });
});
