import { describe, expect, it } from 'vitest';
import { expectFixture, fixtureCapturedAt as capturedAt } from '../../test/fixtures/hris/expect-fixture.ts';
import { loadHrisFixture } from '../../test/fixtures/hris/load-hris-fixture.ts';
import { orangehrm } from './orangehrm.ts';

describe('orangehrm', () => {
  it('reads the PIM employee list: every cell, checkbox and actions columns dropped, "(128) Records Found"', () => {
    expect(expectFixture(orangehrm, 'orangehrm-employee-list').missing).toEqual([]);
  });

  it('reads the narrow-screen card layout: title cell first, the actions beside it left out, cells aligned by label where empty ones are missing', () => {
    expectFixture(orangehrm, 'orangehrm-candidates-mobile');
  });

  it('reports a missing count instead of throwing when the label has become a selection message', () => {
    const { document, expected } = loadHrisFixture('orangehrm-employee-list');
    for (const label of document.querySelectorAll('.oxd-text--span')) if (label.textContent?.includes('Records Found')) label.textContent = '3 Records Selected';
    const extraction = orangehrm.extract(document, expected.url, capturedAt);
    expect(extraction?.completeness).toEqual({ shown: 50, total: null });
    expect(extraction?.missing.map((part) => part.part)).toEqual(['count']);
  });

  it("finds the pager's next and previous buttons on oxd's pagination, and by position when their icon classes drift, never the other one", () => {
    const { document } = loadHrisFixture('orangehrm-employee-list');
    const [byIcon, byPosition] = orangehrm.collect.next;
    const [previousByIcon, previousByPosition] = orangehrm.collect.prev;
    const next = document.querySelector(byIcon)?.closest('button');
    expect(next?.className).toContain('oxd-pagination-page-item--previous-next');
    expect(document.querySelector(previousByIcon)).toBeNull();
    const list = next?.closest('ul');
    const previous = next?.parentElement?.cloneNode(true) as Element;
    previous.querySelector('i')?.setAttribute('class', 'oxd-icon bi-chevron-left');
    list?.prepend(previous);
    expect(document.querySelector(previousByIcon)?.closest('button')).toBe(previous.firstElementChild);
    for (const icon of document.querySelectorAll('.bi-chevron-right, .bi-chevron-left')) icon.setAttribute('class', 'oxd-icon bi-caret');
    expect(document.querySelector(byIcon)).toBeNull();
    expect(document.querySelector(byPosition)).toBe(next);
    expect(document.querySelector(previousByPosition)).toBe(previous.firstElementChild);
  });

  it.each(['orangehrm-employee-list', 'orangehrm-candidates-mobile'])('keeps the rendered page %s self-contained: no script, nothing fetched from another origin', (name) => {
    const { document } = loadHrisFixture(name);
    expect(document.querySelectorAll('script, link').length).toBe(0);
    const addresses = [...document.querySelectorAll('[src], [href]')].flatMap((element) => [element.getAttribute('src'), element.getAttribute('href')]);
    const styles = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('');
    expect(addresses.filter((address) => address && /^(https?:)?\/\//i.test(address))).toEqual([]);
    expect(styles).not.toMatch(/url\((["']?)(https?:)?\/\//i);
  });

  it('recognises OrangeHRM list pages by URL', () => {
    const lists = ['https://acme.orangehrmlive.com/web/index.php/pim/viewEmployeeList', 'https://hr.example.org/orangehrm/web/index.php/recruitment/viewCandidates', 'http://10.0.0.5/web/index.php/leave/viewLeaveList'];
    const others = ['https://acme.orangehrmlive.com/web/index.php/pim/addEmployee', 'https://acme.orangehrmlive.com/web/index.php/dashboard/index', 'https://example.com/'];
    expect(lists.map((url) => orangehrm.isCurrentPage(new URL(url)))).toEqual([true, true, true]);
    expect(others.map((url) => orangehrm.isCurrentPage(new URL(url)))).toEqual([false, false, false]);
  });

  it('gives null on a page without an OrangeHRM grid', () => {
    const { document } = loadHrisFixture('orangehrm-candidates-mobile');
    document.querySelector('.oxd-table')?.remove();
    expect(orangehrm.extract(document, 'https://example.com/', capturedAt)).toBeNull();
  });
});
