import { describe, expect, it } from 'vitest';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { capturePage } from './capture-page.ts';

describe('capturePage', () => {
  it('gives the previous and next pages\' addresses of a list paged by page loads, resolved against the page, and offers to collect', () => {
    const { document, expected } = loadHrisFixture('greenhouse-candidates-page2');
    expect(capturePage(document, expected.url)).toMatchObject({ adapterId: 'json-island-table', prevUrl: 'https://app.greenhouse.io/people?page=1', nextUrl: 'https://app.greenhouse.io/people?page=3', collectable: true });
  });

  it('offers to collect the earlier pages from the last page, nothing on a single page, and never follows a script link', () => {
    const { document, expected } = loadHrisFixture('greenhouse-candidates-page2');
    const next = document.querySelector('a[rel="next"]') as Element;
    next.setAttribute('href', 'javascript:void(0)');
    expect(capturePage(document, expected.url)).toMatchObject({ nextUrl: null, prevUrl: 'https://app.greenhouse.io/people?page=1', collectable: true });
    next.remove();
    document.querySelector('a[rel="prev"]')?.remove();
    expect(capturePage(document, expected.url)).toMatchObject({ prevUrl: null, nextUrl: null, collectable: false });
  });

  it('offers to collect in the page, with no next address, where the adapter scrolls or presses a pager', () => {
    const { document, expected } = loadHrisFixture('workday-table');
    expect(capturePage(document, expected.url)).toMatchObject({ adapterId: 'workday', prevUrl: null, nextUrl: null, collectable: true });
  });
});
