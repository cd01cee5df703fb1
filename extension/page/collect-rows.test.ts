import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/fixtures/hris/load-hris-fixture.ts';
import type { HrisAdapter } from '../adapters/adapter.ts';
import { genericTable } from '../adapters/generic-table.ts';
import { collectRows } from './collect-rows.ts';

/** A paged list of `total` people, `size` a page, whose next button swaps the body rows as an SPA pager does (on click, or on a mousedown + mouseup tap as SAPUI5 listens). */
function pagedDocument(total: number, size: number, listens: 'click' | 'tap' = 'click'): Document {
  const document = parseHtml(`<p id="count">${total} people</p><table><thead><tr><th>Name</th><th>Team</th></tr></thead><tbody></tbody></table><button id="next">Next</button>`);
  let page = 0;
  const body = document.querySelector('tbody') as Element;
  const render = () => {
    body.replaceChildren();
    for (let i = page * size; i < Math.min(total, (page + 1) * size); i++) {
      const row = document.createElement('tr');
      for (const text of [`Person ${i}`, i % 2 ? 'Sales' : 'R&D']) row.append(Object.assign(document.createElement('td'), { textContent: text }));
      body.append(row);
    }
    if ((page + 1) * size >= total) document.querySelector('#next')?.setAttribute('disabled', '');
  };
  const next = document.querySelector('#next') as Element;
  if (listens === 'click') next.addEventListener('click', () => { page++; render(); });
  else {
    let down = false;
    next.addEventListener('mousedown', () => { down = true; });
    next.addEventListener('mouseup', () => { if (down) { page++; render(); } down = false; });
  }
  render();
  return document;
}

/** The generic reader with a pager and a declared total, keys being row positions within a page. */
const paged = (total: number | null): HrisAdapter => ({
  ...genericTable,
  collect: { kind: 'pages', next: ['#next:not([disabled])'], keys: 'per-page' },
  extract(document, url, capturedAt) {
    const extraction = genericTable.extract(document, url, capturedAt);
    return extraction && { ...extraction, completeness: { ...extraction.completeness, total } };
  },
});

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
    const collected = await collectRows(pagedDocument(5, 2, 'tap'), 'https://example.com/', paged(5), { signal: new AbortController().signal, onProgress: () => undefined });
    expect(collected?.rows).toHaveLength(5);
  });

  it('keeps what it has when cancelled', async () => {
    const controller = new AbortController();
    const collected = await collectRows(pagedDocument(9, 3), 'https://example.com/', paged(9), { signal: controller.signal, onProgress: (rows) => rows >= 3 && controller.abort() });
    expect(collected?.rows).toHaveLength(3);
  });
});
