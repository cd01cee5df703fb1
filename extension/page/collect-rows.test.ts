import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/fixtures/hris/load-hris-fixture.ts';
import type { HrisAdapter } from '../adapters/adapter.ts';
import { genericTable } from '../adapters/generic-table.ts';
import { collectRows } from './collect-rows.ts';

/** How the paged test list behaves: which events its buttons act on, the page it opens on, whether its pager wraps around (Odoo). */
interface PagerOptions {
  listens?: 'click' | 'tap';
  page?: number;
  wraps?: boolean;
}

/**
 * A paged list of `total` people, `size` a page, whose previous and next buttons swap the body rows as an SPA pager does (on
 * click, or on a mousedown + mouseup tap as SAPUI5 listens), with a counter "from-to / total"; a wrapping pager never disables.
 */
function pagedDocument(total: number, size: number, { listens = 'click', page: opening = 0, wraps = false }: PagerOptions = {}): Document {
  const document = parseHtml(`<p id="count">${total} people</p><table><thead><tr><th>Name</th><th>Team</th></tr></thead><tbody></tbody></table><span id="counter"></span><button id="prev">Prev</button><button id="next">Next</button>`);
  const pages = Math.ceil(total / size);
  let page = opening;
  const body = document.querySelector('tbody') as Element;
  const render = () => {
    body.replaceChildren();
    for (let i = page * size; i < Math.min(total, (page + 1) * size); i++) {
      const row = document.createElement('tr');
      for (const text of [`Person ${i}`, i % 2 ? 'Sales' : 'R&D']) row.append(Object.assign(document.createElement('td'), { textContent: text }));
      body.append(row);
    }
    (document.querySelector('#counter') as Element).textContent = `${page * size + 1}-${Math.min(total, (page + 1) * size)} / ${total}`;
    (document.querySelector('#prev') as Element).toggleAttribute('disabled', !wraps && page === 0);
    (document.querySelector('#next') as Element).toggleAttribute('disabled', !wraps && page === pages - 1);
  };
  const turn = (step: number) => () => {
    page = (page + step + pages) % pages;
    render();
  };
  for (const [id, step] of [['#prev', -1], ['#next', 1]] as const) {
    const button = document.querySelector(id) as Element;
    if (listens === 'click') button.addEventListener('click', turn(step));
    else {
      let down = false;
      button.addEventListener('mousedown', () => { down = true; });
      button.addEventListener('mouseup', () => { if (down) turn(step)(); down = false; });
    }
  }
  render();
  return document;
}

/** The generic reader with a pager (its counter read when it wraps around) and a declared total, keys being row positions within a page. */
const paged = (total: number | null, counter?: readonly string[]): HrisAdapter => ({
  ...genericTable,
  collect: { kind: 'pages', next: ['#next:not([disabled])'], prev: ['#prev:not([disabled])'], counter, keys: 'per-page' },
  extract(document, url, capturedAt) {
    const extraction = genericTable.extract(document, url, capturedAt);
    return extraction && { ...extraction, completeness: { ...extraction.completeness, total } };
  },
});

/** A virtualised grid of `total` people, 10 px a row in a 30 px scroller, rendering only the rows in view on its scroll event, scrolled to `top`. */
function virtualDocument(total: number, top: number): Document {
  const document = parseHtml('<div id="grid"><table><thead><tr><th>Name</th><th>Team</th></tr></thead><tbody></tbody></table></div>');
  const grid = document.querySelector('#grid') as HTMLElement;
  let scrollTop = 0;
  Object.defineProperty(grid, 'clientHeight', { value: 30 });
  Object.defineProperty(grid, 'scrollTop', { get: () => scrollTop, set: (value: number) => (scrollTop = Math.max(0, Math.min(total * 10 - 30, value))) });
  const render = () => {
    const from = Math.floor(scrollTop / 10);
    (document.querySelector('tbody') as Element).replaceChildren(...Array.from({ length: Math.min(3, total - from) }, (_, row) => Object.assign(document.createElement('tr'), { innerHTML: `<td>Person ${from + row}</td><td>R&amp;D</td>` })));
  };
  grid.addEventListener('scroll', render);
  grid.scrollTop = top;
  render();
  return document;
}

/** The generic reader over a scroller, each row known by its name (an id across scroll windows), declaring the total. */
const scrolled = (total: number): HrisAdapter => ({
  ...genericTable,
  collect: { kind: 'scroll', scroller: ['#grid'] },
  extract(document, url, capturedAt) {
    const extraction = genericTable.extract(document, url, capturedAt);
    return extraction && { ...extraction, rowKeys: shownNames(document), completeness: { shown: extraction.completeness.shown, total } };
  },
});

/** The names the page shows now. */
const shownNames = (document: Document) => Array.from(document.querySelectorAll('tbody tr > td:first-child'), (cell) => cell.textContent ?? '');

const people = (count: number) => Array.from({ length: count }, (_, i) => `Person ${i}`);

describe('collectRows', () => {
  it('steps through every page once, qualifying page-local keys, reporting progress', async () => {
    const progress: number[] = [];
    const collected = await collectRows(pagedDocument(7, 3), 'https://example.com/', paged(7), { signal: new AbortController().signal, onProgress: (rows) => progress.push(rows) });
    expect(collected?.rows.map((row) => row[0])).toEqual(['Person 0', 'Person 1', 'Person 2', 'Person 3', 'Person 4', 'Person 5', 'Person 6']);
    expect(collected?.rowKeys.slice(0, 4)).toEqual(['0:0', '0:1', '0:2', '1:0']);
    expect(progress).toEqual([3, 6, 7]);
  });

  it('stops when the pager cannot move, even without a declared total', async () => {
    const collected = await collectRows(pagedDocument(5, 2), 'https://example.com/', paged(null), { signal: new AbortController().signal, onProgress: () => undefined });
    expect(collected?.rows).toHaveLength(5);
  });

  it('presses a pager that acts on mousedown + mouseup rather than click (SAPUI5 growing trigger)', async () => {
    const collected = await collectRows(pagedDocument(5, 2, { listens: 'tap' }), 'https://example.com/', paged(5), { signal: new AbortController().signal, onProgress: () => undefined });
    expect(collected?.rows).toHaveLength(5);
  });

  it('collects the whole list from its first page when the user is on a later one, keys absolute, and goes back to their page', async () => {
    const document = pagedDocument(7, 2, { page: 2 });
    const progress: number[] = [];
    const collected = await collectRows(document, 'https://example.com/', paged(7), { signal: new AbortController().signal, onProgress: (rows) => progress.push(rows) });
    expect(collected?.rows.map((row) => row[0])).toEqual(people(7));
    expect(collected?.rowKeys).toEqual(['0:0', '0:1', '1:0', '1:1', '2:0', '2:1', '3:0']);
    expect(progress).toEqual([2, 4, 6, 7]);
    expect(shownNames(document)).toEqual(['Person 4', 'Person 5']);
  });

  it('rewinds a pager that wraps around until its counter starts at 1, and comes back to the user\'s page', async () => {
    const document = pagedDocument(7, 2, { page: 1, wraps: true });
    const collected = await collectRows(document, 'https://example.com/', paged(7, ['#counter']), { signal: new AbortController().signal, onProgress: () => undefined });
    expect(collected?.rows.map((row) => row[0])).toEqual(people(7));
    expect(shownNames(document)).toEqual(['Person 2', 'Person 3']);
  });

  it('collects a scrolled grid from its top, in list order, and scrolls back to where the user was', async () => {
    const document = virtualDocument(10, 50);
    const collected = await collectRows(document, 'https://example.com/', scrolled(10), { signal: new AbortController().signal, onProgress: () => undefined });
    expect(collected?.rows.map((row) => row[0])).toEqual(people(10));
    expect((document.querySelector('#grid') as Element).scrollTop).toBe(50);
    expect(shownNames(document)).toEqual(['Person 5', 'Person 6', 'Person 7']);
  });

  it('keeps what it has when cancelled', async () => {
    const controller = new AbortController();
    const collected = await collectRows(pagedDocument(9, 3), 'https://example.com/', paged(9), { signal: controller.signal, onProgress: (rows) => rows >= 3 && controller.abort() });
    expect(collected?.rows).toHaveLength(3);
  });

  it('keeps the user\'s own page when cancelled before collecting reached it again, and returns the pager to it', async () => {
    const controller = new AbortController();
    const document = pagedDocument(9, 3, { page: 2 });
    const collected = await collectRows(document, 'https://example.com/', paged(9), { signal: controller.signal, onProgress: (rows) => rows >= 3 && controller.abort() });
    expect(collected?.rows.map((row) => row[0])).toEqual(['Person 0', 'Person 1', 'Person 2', 'Person 6', 'Person 7', 'Person 8']);
    expect(shownNames(document)).toEqual(['Person 6', 'Person 7', 'Person 8']);
  });
});
