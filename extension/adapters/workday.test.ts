import { describe, expect, it } from 'vitest';
import { expectFixture } from '../../test/fixtures/hris/expect-fixture.ts';
import { workday } from './workday.ts';

describe('workday', () => {
  it('reads the older GWT grid: expanders ignored, drill-down numbers as their label, "47 items"', () => {
    expect(expectFixture(workday, 'workday-grid').missing).toEqual([]);
  });

  it('reads the newer table: selection column dropped, keys from aria-rowindex, "1-30 of 123"', () => {
    expect(expectFixture(workday, 'workday-table').missing).toEqual([]);
  });

  it('recognises Workday task and instance pages by host and path', () => {
    const pages = ['https://wd5.myworkday.com/acme/d/task/1422$1234.htmld', 'https://impl.workday.com/acme/d/inst/247$5001.htmld'];
    const others = ['https://wd5.myworkday.com/acme/login.htmld', 'https://www.workday.com/en-us/products.html', 'https://evil-workday.com/d/task/1'];
    expect(pages.map((url) => workday.isCurrentPage(new URL(url)))).toEqual([true, true]);
    expect(others.map((url) => workday.isCurrentPage(new URL(url)))).toEqual([false, false, false]);
  });
});
