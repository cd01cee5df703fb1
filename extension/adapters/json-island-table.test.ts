import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { jsonIslandTable } from './json-island-table.ts';

describe('json-island-table', () => {
  it('reads page 2 of a candidates list: rows keyed by their application links, checkbox column dropped, total from the JSON island', () => {
    expect(expectFixture(jsonIslandTable, 'greenhouse-candidates-page2').missing).toEqual([]);
  });

  it('reports the count missing when the island is not valid JSON, without throwing', () => {
    const { document, expected } = loadHrisFixture('greenhouse-candidates-page2');
    const island = document.querySelector('script[type="application/json"]');
    if (island) island.textContent = '{"pagination": {"total_entries": 87';
    const extraction = jsonIslandTable.extract(document, expected.url, fixtureCapturedAt);
    expect(extraction?.completeness).toEqual({ shown: 25, total: null });
    expect(extraction?.missing.map((part) => part.part)).toEqual(['count']);
  });

  it('recognises Greenhouse and BambooHR hosts', () => {
    expect(['https://app.greenhouse.io/people?page=2', 'https://acme.bamboohr.com/employees/'].map((url) => jsonIslandTable.isCurrentPage(new URL(url)))).toEqual([true, true]);
    expect(jsonIslandTable.isCurrentPage(new URL('https://greenhouse.example.com/people'))).toBe(false);
  });
});
