import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/fixtures/hris/load-hris-fixture.ts';
import { columnNames, type HeaderCell, headerNamesOf, headerPaths } from './header-grid.ts';

/** A header cell spanning `colSpan` columns and `rowSpan` rows. */
function cell(text: string, colSpan = 1, rowSpan = 1): HeaderCell {
  return { text, colSpan, rowSpan };
}

/** The header names of a table's thead rows. */
function theadNames(thead: string): string[] {
  const document = parseHtml(`<table><thead>${thead}</thead><tbody><tr><td>x</td></tr></tbody></table>`);
  return headerNamesOf(Array.from(document.querySelectorAll('thead > tr')));
}

describe('headerPaths', () => {
  it('stacks group cells above their leaves and skips slots a taller cell from an earlier row still covers', () => {
    const rows = [
      [cell('', 1, 3), cell('姓名', 1, 3), cell('考勤', 4), cell('操作', 1, 3)],
      [cell('出勤天数', 2), cell('加班时长', 2)],
      [cell('本月'), cell('上月'), cell('本月'), cell('上月')],
    ];
    expect(headerPaths(rows)).toEqual([[''], ['姓名'], ['考勤', '出勤天数', '本月'], ['考勤', '出勤天数', '上月'], ['考勤', '加班时长', '本月'], ['考勤', '加班时长', '上月'], ['操作']]);
  });

  it('gives one path per cell for a single header row, and none for no rows', () => {
    expect(headerPaths([[cell('Name'), cell('Team')]])).toEqual([['Name'], ['Team']]);
    expect(headerPaths([])).toEqual([]);
  });
});

describe('columnNames', () => {
  it('keeps unique leaves bare and qualifies a repeated leaf with the fewest groups that tell it apart', () => {
    const paths = [['姓名'], ['薪酬', '月薪'], ['考勤', '出勤天数', '本月'], ['考勤', '加班时长', '本月'], ['本月']];
    expect(columnNames(paths)).toEqual(['姓名', '月薪', '出勤天数 · 本月', '加班时长 · 本月', '本月']);
  });

  it('leaves blank group cells out and keeps a headerless column empty, so it can still be dropped as a control', () => {
    expect(columnNames([[''], ['', '本月'], ['上期', '本月']])).toEqual(['', '本月', '上期 · 本月']);
  });

  it('gives identical paths the same full name, for the table to number apart', () => {
    expect(columnNames([['薪酬', '月薪'], ['薪酬', '月薪']])).toEqual(['薪酬 · 月薪', '薪酬 · 月薪']);
  });
});

describe('headerNamesOf', () => {
  it('reads colspan and rowspan off header rows', () => {
    const thead = '<tr><th rowspan="2">姓名</th><th colspan="2">本年</th><th colspan="2">上年</th></tr><tr><th>绩效</th><th>月薪</th><th>绩效</th><th>月薪</th></tr>';
    expect(theadNames(thead)).toEqual(['姓名', '本年 · 绩效', '本年 · 月薪', '上年 · 绩效', '上年 · 月薪']);
  });

  it('treats missing, zero or junk spans as 1 and caps a huge colspan as browsers do', () => {
    expect(theadNames('<tr><th colspan="0">A</th><th rowspan="x">B</th><th>C</th></tr>')).toEqual(['A', 'B', 'C']);
    expect(theadNames('<tr><th colspan="99999">Wide</th></tr>')).toHaveLength(1000);
  });
});
