import { defineAdapter } from './adapter.ts';
import { declaredTotal } from './dom/declared-total.ts';
import { headerNamesOf } from './dom/header-grid.ts';
import { lastInteger } from './dom/integers-in.ts';
import { toExtraction } from './dom/page-grid.ts';
import { rowCells } from './dom/row-cells.ts';
import { allMatches, firstMatch } from './dom/selectors.ts';
import { textOf } from './dom/text-of.ts';

// Chinese HR SaaS built on antd-like React tables (Moka, Beisen iTalent, Feishu People); self-hosted systems are found by the DOM.
const hosts = /(^|\.)(mokahr\.com|italent\.cn|feishu\.cn|larksuite\.com)$/;

const roots = [
  '.ant-table-wrapper', // antd 3–5
  '.arco-table', // Arco Design (ByteDance)
];
// Header rows, several when columns are grouped (children): group cells span columns, ungrouped leaves span the rows below.
const headerRows = [
  '.ant-table-header thead > tr:not([aria-hidden])', // antd 4–5 with scroll.y: a header table of its own above the body
  '.ant-table-scroll .ant-table-thead > tr', // antd 3 with fixed columns: the scrolling table has every column
  '.ant-table-thead > tr', // antd without a scrolling body: one table
  '.arco-table-thead > tr', // Arco Design
];
const bodyRows = [
  '.ant-table-scroll .ant-table-tbody > tr[data-row-key]', // antd 3 with fixed columns: the fixed overlays repeat rows, the scrolling table has them whole
  '.ant-table-tbody > tr[data-row-key]:not(.ant-table-expanded-row)', // antd 4–5 (fixed columns are sticky cells in the same row)
  '.arco-table-tbody > tr.arco-table-tr', // Arco Design
];
const nextPage = [
  '.ant-pagination-next:not(.ant-pagination-disabled) .ant-pagination-item-link', // antd 3–5 pager
  '.arco-pagination-item-next:not(.arco-pagination-item-disabled)', // Arco Design pager
];
const previousPage = [
  '.ant-pagination-prev:not(.ant-pagination-disabled) .ant-pagination-item-link', // antd 3–5 pager
  '.arco-pagination-item-prev:not(.arco-pagination-item-disabled)', // Arco Design pager
];
const totals = [
  '.ant-pagination-total-text', // showTotal: "共 356 条", "Total 356 items", "第 1-20 条/总共 356 条"
  '.arco-pagination-total-text', // Arco: "共 356 条"
];

/**
 * antd-style tables: header and body in separate tables when the body scrolls, fixed columns, rows keyed by data-row-key, "共 356 条".
 * Grouped headers (基本信息 › 姓名, 工号 | 考勤 › 出勤天数 › 本月, 上月) are named by their leaf, qualified by its groups only when
 * the leaf repeats ("出勤天数 · 本月"), see columnNames; selection and 操作 columns are dropped by toExtraction.
 */
export const antdTable = defineAdapter({
  id: 'antd-table',
  name: 'Ant Design table (Moka, Beisen, Feishu People style)',
  matches: ['https://*.mokahr.com/*', 'https://*.italent.cn/*', 'https://*.feishu.cn/*', 'https://*.larksuite.com/*'],
  probe: roots.join(', '),
  collect: { kind: 'pages', next: nextPage, prev: previousPage, keys: 'global' },
  isCurrentPage: (url) => hosts.test(url.hostname),
  extract(document, url, capturedAt = new Date().toISOString()) {
    const root = firstMatch(document, roots);
    if (!root) return null;
    const headers = headerNamesOf(allMatches(root.element, headerRows));
    const rows = allMatches(root.element, bodyRows);
    const { total, missing } = declaredTotal(root.element, totals, lastInteger);
    return toExtraction(
      'antd-table',
      {
        selector: root.selector,
        headers,
        rows: rows.map((row) => rowCells(row).map(textOf)),
        rowKeys: rows.map((row, index) => row.getAttribute('data-row-key') ?? String(index)),
        total,
        missing: headers.length === 0 ? [...missing, { part: 'headers', selectors: headerRows }] : missing,
      },
      url,
      capturedAt,
    );
  },
});
