import { describe, expect, it } from 'vitest';
import { inferFieldMap } from '../../core/table/infer-fields.ts';
import { expectFixture } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { antdTable } from './antd-table.ts';
import { firstMatch } from './dom/selectors.ts';

describe('antd-table', () => {
  it('reads a Chinese roster: separate header and body tables, measure row skipped, selection and 操作 columns dropped, "共 356 条"', () => {
    expect(expectFixture(antdTable, 'antd-roster-zh').missing).toEqual([]);
  });

  it('reads antd 3 with fixed columns from the scrolling table only, so the fixed overlays\' repeated rows are not read twice', () => {
    expectFixture(antdTable, 'antd3-fixed-columns-zh');
  });

  it('reads grouped headers rendered by antd 5 (three header rows, fixed 姓名 and 操作): leaves by name, repeated leaves with their group', () => {
    const extraction = expectFixture(antdTable, 'antd-grouped-headers-zh');
    expect(extraction.missing).toEqual([]);
    expect(inferFieldMap(extraction.table).fieldMap).toMatchObject({ name: '姓名', employeeId: '工号', department: '部门', hireDate: '入职日期', salary: '月薪' });
  });

  it('goes back to the first page with the pager\'s previous button, which page 1 disables', () => {
    const { document } = loadHrisFixture('antd-roster-zh');
    expect(firstMatch(document, antdTable.collect.prev)).toBeNull();
    document.querySelector('.ant-pagination-prev')?.classList.remove('ant-pagination-disabled');
    expect(firstMatch(document, antdTable.collect.prev)?.element.closest('li')?.getAttribute('title')).toBe('上一页');
  });

  it('recognises the Chinese HR SaaS hosts it is offered for', () => {
    const hosts = ['https://app.mokahr.com/hire/job', 'https://www.italent.cn/people/list', 'https://acme.feishu.cn/people/employees'];
    const others = ['https://ant.design/components/table-cn', 'https://example.cn/feishu.cn'];
    expect(hosts.map((url) => antdTable.isCurrentPage(new URL(url)))).toEqual([true, true, true]);
    expect(others.map((url) => antdTable.isCurrentPage(new URL(url)))).toEqual([false, false]);
  });
});
