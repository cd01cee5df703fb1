import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { firstMatch } from './dom/selectors.ts';
import { sapMTable } from './sap-m-table.ts';

describe('sap-m-table', () => {
  it('reads a growing directory list: highlight, selection and navigation cells left out, "[ 20 / 143 ]"', () => {
    expect(expectFixture(sapMTable, 'sap-m-table-directory').missing).toEqual([]);
  });

  it('without a growing trigger reads aria-rowcount, which UI5 sets to the binding length when growing loads on scroll', () => {
    const { document, expected } = loadHrisFixture('sap-m-table-directory');
    document.querySelector('.sapMGrowingList')?.remove();
    expect(sapMTable.extract(document, expected.url, fixtureCapturedAt)?.completeness).toEqual({ shown: 20, total: 20 });
    document.querySelector('table.sapMListTbl')?.setAttribute('aria-rowcount', '144');
    expect(sapMTable.extract(document, expected.url, fixtureCapturedAt)?.completeness).toEqual({ shown: 20, total: 143 });
  });

  it('presses the growing trigger item itself, the element OpenUI5 listens on', () => {
    const { document } = loadHrisFixture('sap-m-table-directory');
    const trigger = firstMatch(document, sapMTable.collect.next)?.element;
    expect([trigger?.id, trigger?.getAttribute('role')]).toEqual(['__table0-trigger', 'button']);
  });

  it('recognises SuccessFactors data centres', () => {
    const hosts = ['https://performancemanager4.successfactors.com/sf/home', 'https://hcm-eu10.hr.cloud.sap/sf/directory', 'https://salesdemo.sapsf.eu/sf/orgchart'];
    const others = ['https://www.sap.com/products/hcm.html', 'https://successfactors.com.evil.example/'];
    expect(hosts.map((url) => sapMTable.isCurrentPage(new URL(url)))).toEqual([true, true, true]);
    expect(others.map((url) => sapMTable.isCurrentPage(new URL(url)))).toEqual([false, false]);
  });
});
