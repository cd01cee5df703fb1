import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { firstMatch } from './dom/selectors.ts';
import { odoo } from './odoo.ts';

describe('odoo', () => {
  it('reads the employee list by field name: selector and settings columns dropped, filler rows left out, pager "1-12 / 57"', () => {
    expect(expectFixture(odoo, 'odoo-employees').missing).toEqual([]);
  });

  it('reads a grouped list: group header and tfoot rows excluded, total is the sum of group counts, not the pager\'s group count', () => {
    expectFixture(odoo, 'odoo-employees-grouped');
  });

  it('reports the pager as missing when it is gone, and keeps the rows', () => {
    const { document, expected } = loadHrisFixture('odoo-employees');
    document.querySelector('.o_cp_pager')?.remove();
    const extraction = odoo.extract(document, expected.url, fixtureCapturedAt);
    expect(extraction?.completeness).toEqual({ shown: 12, total: null });
    expect(extraction?.missing).toEqual([{ part: 'count', selectors: ['.o_pager_limit', '.o_pager_counter'] }]);
  });

  it('goes back with the previous button, and knows the first page by its counter "1-12" (the pager wraps around, never disabling it)', () => {
    const { document } = loadHrisFixture('odoo-employees');
    expect(firstMatch(document, odoo.collect.prev)?.element.getAttribute('aria-label')).toBe('Previous');
    expect(firstMatch(document, odoo.collect.counter)?.element.textContent).toBe('1-12');
  });

  it('recognises list views by URL, old hash routes and new paths', () => {
    const lists = ['https://acme.odoo.com/odoo/employees', 'https://erp.example.com/odoo/action-hr.open_view_employee_list_my', 'https://erp.example.com/web#action=120&model=hr.employee&view_type=list'];
    const others = ['https://erp.example.com/odoo/employees/17', 'https://erp.example.com/web#id=17&model=hr.employee&view_type=form', 'https://www.odoo.com/pricing/plans'];
    expect(lists.map((url) => odoo.isCurrentPage(new URL(url)))).toEqual([true, true, true]);
    expect(others.map((url) => odoo.isCurrentPage(new URL(url)))).toEqual([false, false, false]);
  });
});
