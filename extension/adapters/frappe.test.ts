import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture, parseHtml } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { tableValues } from '../../test/fixtures/hris/table-values.ts';
import { collectRows } from '../page/collect-rows.ts';
import { frappe } from './frappe.ts';

const ROW_HEIGHT = 20;
const IN_VIEW = 8;

/**
 * A virtualised Frappe list of `total` people over the window (100px high): `loaded` rows loaded, eight of them in the DOM
 * between spacers, redrawn on scroll; "Load More" loads `step` more, as Frappe's list view does.
 */
function virtualList(total: number, loaded: number, step: number): Document {
  const document = parseHtml(`<div class="frappe-list"><div class="result"><header class="level list-row-head"><div class="level-left list-header-subject"><div class="list-row-col">Full Name</div><div class="list-row-col">Branch</div></div><div class="level-right"><span class="list-count"></span></div></header><div class="list-virtual-spacer"></div><div id="rows"></div><div class="list-virtual-spacer"></div></div><div class="list-paging-area"><button class="btn btn-more">Load More</button></div></div>`);
  const scroller = document.scrollingElement as Element;
  Object.defineProperty(scroller, 'clientHeight', { value: 100 });
  const render = () => {
    scroller.scrollTop = Math.min(scroller.scrollTop, Math.max(0, (loaded - IN_VIEW) * ROW_HEIGHT));
    const first = Math.floor(scroller.scrollTop / ROW_HEIGHT);
    (document.querySelector('.list-count') as Element).textContent = `${loaded} of ${total}`;
    (document.querySelector('#rows') as Element).innerHTML = Array.from({ length: Math.min(IN_VIEW, loaded - first) }, (_, offset) => first + offset)
      .map((id) => `<div class="list-row-container"><div class="level list-row"><div class="level-left"><div class="list-row-col"><a href="/app/employee/HR-EMP-${id}" data-name="HR-EMP-${id}">Person ${id}</a></div><div class="list-row-col">${id % 2 ? 'Austin' : 'London'}</div></div></div></div>`)
      .join('');
  };
  scroller.addEventListener('scroll', render);
  document.querySelector('.btn-more')?.addEventListener('click', () => {
    loaded = Math.min(total, loaded + step);
    render();
  });
  render();
  return document;
}

describe('frappe', () => {
  it('reads the employee list: data half of each row only, keys from record names, "20 of 150"', () => {
    expect(expectFixture(frappe, 'frappe-employee-list').missing).toEqual([]);
  });

  it('reads the rows a virtualised list has in the DOM and the total it declares', () => {
    expectFixture(frappe, 'frappe-employee-list-virtual');
  });

  it('collects a virtualised list by scrolling the window to its end, then loading more, rows merged by record name', async () => {
    const collected = await collectRows(virtualList(40, 20, 20), 'https://acme.frappe.cloud/app/employee', frappe, { signal: new AbortController().signal, onProgress: () => undefined });
    expect(collected?.rows.map((row) => row[0])).toEqual(Array.from({ length: 40 }, (_, id) => `Person ${id}`));
    expect(new Set(collected?.rowKeys).size).toBe(40);
    expect(collected?.total).toBe(40);
  });

  it('takes headers from the cells\' "Label: value" titles when the header row is gone, and reports it', () => {
    const { document, expected } = loadHrisFixture('frappe-employee-list');
    document.querySelector('.list-row-head .list-header-subject')?.remove();
    const extraction = frappe.extract(document, expected.url, fixtureCapturedAt);
    expect(extraction && tableValues(extraction.table).headers).toEqual(['Column 1', 'Status', 'Department', 'Designation', 'Date of Joining', 'Branch']);
    expect(extraction?.missing.map((part) => part.part)).toEqual(['headers']);
  });

  it('recognises list and report views by URL, not forms', () => {
    const lists = ['https://acme.frappe.cloud/app/employee', 'https://erp.example.com/app/leave-application/view/report', 'https://erp.example.com/app/job-applicant?status=Open'];
    const others = ['https://acme.frappe.cloud/app/employee/HR-EMP-00001', 'https://acme.frappe.cloud/login', 'https://example.com/app'];
    expect(lists.map((url) => frappe.isCurrentPage(new URL(url)))).toEqual([true, true, true]);
    expect(others.map((url) => frappe.isCurrentPage(new URL(url)))).toEqual([false, false, false]);
  });
});
