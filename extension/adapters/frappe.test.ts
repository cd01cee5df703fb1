import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { tableValues } from '../../test/fixtures/hris/table-values.ts';
import { frappe } from './frappe.ts';

describe('frappe', () => {
  it('reads the employee list: data half of each row only, keys from record names, "20 of 150"', () => {
    expect(expectFixture(frappe, 'frappe-employee-list').missing).toEqual([]);
  });

  it('reads the rows a virtualised list has in the DOM and the total it declares', () => {
    expectFixture(frappe, 'frappe-employee-list-virtual');
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
