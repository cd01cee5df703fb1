import { describe, expect, it } from 'vitest';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { capturePage } from './capture-page.ts';

describe('capturePage', () => {
  it('gives the next page\'s address of a list paged by page loads, resolved against the page, and offers to collect', () => {
    const { document, expected } = loadHrisFixture('greenhouse-candidates-page2');
    expect(capturePage(document, expected.url)).toMatchObject({ adapterId: 'json-island-table', nextUrl: 'https://app.greenhouse.io/people?page=3', collectable: true });
  });

  it('has no next page and nothing to collect on the last page, and never follows a script link', () => {
    const { document, expected } = loadHrisFixture('greenhouse-candidates-page2');
    const next = document.querySelector('a[rel="next"]') as Element;
    next.setAttribute('href', 'javascript:void(0)');
    expect(capturePage(document, expected.url)).toMatchObject({ nextUrl: null, collectable: false });
    next.remove();
    expect(capturePage(document, expected.url)).toMatchObject({ nextUrl: null, collectable: false });
  });

  it('offers to collect in the page, with no next address, where the adapter scrolls or presses a pager', () => {
    const { document, expected } = loadHrisFixture('workday-table');
    expect(capturePage(document, expected.url)).toMatchObject({ adapterId: 'workday', nextUrl: null, collectable: true });
  });
});
