import { todayDay } from '../../core/table/day.ts';
import { localeMessage } from '../platform/locale-message.ts';
import { requisitionColumns, rowBadges, type BadgeLimits, type RowBadge } from './requisition-badges.ts';

/** The element that hosts a row's badges; its shadow root keeps the page's CSS out and the badges' CSS in. */
const hostTag = 'peoplecase-badges';

const badgeCss = `
:host { all: initial; display: inline-flex; gap: 4px; margin-inline-start: 6px; vertical-align: middle; }
span { font: 600 11px/1 "Segoe UI", "Microsoft YaHei", system-ui, sans-serif; border-radius: 999px; padding: 3px 7px; white-space: nowrap;
  background: #ebf3fc; color: #0f548c; }
.aged, .feedback-overdue { background: #fdf3f4; color: #b10e1c; }
`;

/** The text of one badge, in the browser's language (the page has no language switch). */
function badgeText(badge: RowBadge, limits: BadgeLimits): string {
  if (badge.kind === 'feedback-overdue') return localeMessage('badgeFeedbackOverdue', String(badge.days), String(limits.feedbackSlaDays));
  return badge.kind === 'aged' ? localeMessage('badgeAged', String(badge.days), String(limits.agedDays)) : localeMessage('badgeOpen', String(badge.days));
}

/** Header texts and data rows of a table or ARIA grid, as the cells' visible text. */
function tableRows(table: Element): { headers: string[]; rows: { row: Element; cells: Element[] }[] } {
  const headers = [...table.querySelectorAll('th, [role="columnheader"]')].map((cell) => cell.textContent ?? '');
  const rows = [...table.querySelectorAll('tr, [role="row"]')]
    .map((row) => ({ row, cells: [...row.querySelectorAll(':scope > td, :scope > [role="cell"], :scope > [role="gridcell"]')] }))
    .filter(({ cells }) => cells.length > 0);
  return { headers, rows };
}

/**
 * Put days-open and SLA badges on the rows of every requisition-like table of the page, each row's in a shadow root after its
 * first cell's content; rows already badged are skipped, so a repeat call after the page mutates touches new rows only.
 */
export function drawBadges(root: Document, limits: BadgeLimits): void {
  const today = todayDay();
  for (const table of root.querySelectorAll('table, [role="table"], [role="grid"]')) {
    const { headers, rows } = tableRows(table);
    const columns = requisitionColumns(headers);
    if (!columns) continue;
    for (const { row, cells } of rows) {
      if (row.querySelector(hostTag)) continue;
      const badges = rowBadges(cells.map((cell) => cell.textContent ?? ''), columns, today, limits);
      if (badges.length === 0) continue;
      const host = root.createElement(hostTag);
      const shadow = host.attachShadow({ mode: 'open' });
      const style = root.createElement('style');
      style.textContent = badgeCss;
      shadow.append(style, ...badges.map((badge) => Object.assign(root.createElement('span'), { className: badge.kind, textContent: badgeText(badge, limits) })));
      cells[0].append(host);
    }
  }
}

/** Take every badge off the page (the user switched them off for this site). */
export function removeBadges(root: Document): void {
  for (const host of root.querySelectorAll(hostTag)) host.remove();
}
