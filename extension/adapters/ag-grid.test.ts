import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { agGrid } from './ag-grid.ts';

describe('ag-grid', () => {
  it('merges each row\'s pinned-left, centre and pinned-right parts, in row-index order, selection column dropped; total from aria-rowcount', () => {
    expect(expectFixture(agGrid, 'ag-grid-people').missing).toEqual([]);
  });

  it('reads the total from the pagination summary when the grid is paged', () => {
    const { document, expected } = loadHrisFixture('ag-grid-people');
    const summary = document.querySelector('.ag-paging-row-summary-panel');
    if (summary) summary.textContent = '201 to 300 of 4,812';
    expect(agGrid.extract(document, expected.url, fixtureCapturedAt)?.completeness).toEqual({ shown: 32, total: 4812 });
  });

  it('reports the count missing when the grid declares none', () => {
    const { document, expected } = loadHrisFixture('ag-grid-people');
    document.querySelector('[aria-rowcount]')?.removeAttribute('aria-rowcount');
    const extraction = agGrid.extract(document, expected.url, fixtureCapturedAt);
    expect(extraction?.completeness.total).toBeNull();
    expect(extraction?.missing.map((part) => part.part)).toEqual(['count']);
  });
});
