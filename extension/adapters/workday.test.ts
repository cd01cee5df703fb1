import { describe, expect, it } from 'vitest';
import { expectFixture } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { collectRows } from '../page/collect-rows.ts';
import { strategiesFor } from './adapter.ts';
import { firstMatch } from './dom/selectors.ts';
import { workday } from './workday.ts';

describe('workday', () => {
  it('reads the older GWT grid: expanders ignored, drill-down numbers as their label, "47 items"', () => {
    expect(expectFixture(workday, 'workday-grid').missing).toEqual([]);
  });

  it('reads the newer table: selection column dropped, keys from worker links, "1-30 of 123"', () => {
    expect(expectFixture(workday, 'workday-table').missing).toEqual([]);
  });

  it('collects each generation its own way: the newer table by its next-page button, the older grid by scrolling the window', () => {
    expect(strategiesFor(workday, loadHrisFixture('workday-table').document).map((strategy) => strategy.kind)).toEqual(['pages']);
    expect(strategiesFor(workday, loadHrisFixture('workday-grid').document).map((strategy) => strategy.kind)).toEqual(['pages', 'scroll']);
  });

  it('goes back to the first page with the previous-page button, which page 1 disables', () => {
    const { document } = loadHrisFixture('workday-table');
    const [pager] = strategiesFor(workday, document);
    const previous = pager?.kind === 'pages' ? pager.prev ?? [] : [];
    expect(firstMatch(document, previous)).toBeNull();
    document.querySelector('[data-automation-id="navigatePreviousPage"]')?.setAttribute('aria-disabled', 'false');
    expect(firstMatch(document, previous)?.element.getAttribute('aria-label')).toBe('Previous page');
  });

  it('collects the older grid by scrolling the window, each scroll appending the next rows until "47 items"', async () => {
    const { document, expected } = loadHrisFixture('workday-grid');
    const body = document.querySelector('tr[data-automation-id="gridrow"]')?.parentElement as Element;
    const template = body.firstElementChild as Element;
    document.scrollingElement?.addEventListener('scroll', () => {
      for (let row = body.children.length; row < Math.min(47, body.children.length + 15); row++) {
        const copy = template.cloneNode(true) as Element;
        (copy.querySelector('[data-automation-id="promptOption"]') as Element).textContent = `Worker ${row}`;
        body.append(copy);
      }
    });
    const collected = await collectRows(document, expected.url, workday, { signal: new AbortController().signal, onProgress: () => undefined });
    expect(collected?.rows.map((row) => row[0])).toEqual([...expected.rows.map((row) => row[0]), ...Array.from({ length: 32 }, (_, row) => `Worker ${row + 15}`)]);
  });

  it('recognises Workday task and instance pages by host and path', () => {
    const pages = ['https://wd5.myworkday.com/acme/d/task/1422$1234.htmld', 'https://impl.workday.com/acme/d/inst/247$5001.htmld'];
    const others = ['https://wd5.myworkday.com/acme/login.htmld', 'https://www.workday.com/en-us/products.html', 'https://evil-workday.com/d/task/1'];
    expect(pages.map((url) => workday.isCurrentPage(new URL(url)))).toEqual([true, true]);
    expect(others.map((url) => workday.isCurrentPage(new URL(url)))).toEqual([false, false, false]);
  });
});
