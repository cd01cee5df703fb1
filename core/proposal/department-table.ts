import { t } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import type { DocumentContext } from './document-context.ts';
import type { Block, Inline, QuantityRef } from './document.ts';
import { evidenceNumber, type EvidenceField } from './quantities.ts';
import { departmentEvidence, isCitable } from './scope.ts';

/** One column of a department table: its header and how a department's cell (or the whole company's, for null) is written. */
export interface DepartmentColumn {
  header: string;
  cell(context: DocumentContext, department: string | null): Inline[];
}

/** What a cell with no number to show holds: a missing or suppressed value reads as a dash, never as zero. */
export const noValue = '—';

/**
 * A column reading one number of a metric's latest citable evidence for each department — or the shortfall denominator −
 * numerator (late feedbacks, hires not yet made) — with a dash where there is none.
 * @example evidenceColumn('Hired', 'hiring_plan_completion', 'numerator').cell(context, 'Sales') // [{ ref: '…#numerator' }]
 */
export function evidenceColumn(header: string, metric: string, field: EvidenceField | 'shortfall'): DepartmentColumn {
  return {
    header,
    cell(context, department) {
      const item = departmentEvidence(context.evidence, metric, null, department)[0];
      if (!item) return [noValue];
      if (field === 'shortfall') return [shortfallRef(context, item) ?? noValue];
      return evidenceNumber(item, field) === null ? [noValue] : [context.quantities.evidence(item, field)];
    },
  };
}

/**
 * How far an item's numerator falls short of its denominator (feedbacks due but late, planned hires not made), traced to the
 * item; null when either count is missing.
 * @example shortfallRef(context, salesFeedback) // { ref: 'derived:shortfall:interview_feedback_sla|department=Sales|…' }
 */
export function shortfallRef(context: DocumentContext, item: Evidence): QuantityRef | null {
  if (item.numerator === null || item.denominator === null) return null;
  return context.quantities.derived(`shortfall:${item.id}`, item.denominator - item.numerator, 'integer', [item.id]);
}

/**
 * The departments a department table lists: those with a number to show for one of the metrics (only the document's own in a
 * department document) — a department whose every number is suppressed is left out, so not even its name hints at them.
 * @example tableDepartments(context, ['interview_feedback_sla']) // ['Sales', 'R&D']
 */
export function tableDepartments(context: DocumentContext, metrics: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const item of context.evidence) {
    if (item.segment?.field === 'department' && metrics.includes(item.metric) && isCitable(item)) seen.add(item.segment.value);
  }
  return [...seen].filter((department) => context.scope === null || department === context.scope);
}

/**
 * A table of departments by columns, with the whole company as the first row when it has a number to show, or null when no
 * department is listed.
 * @example departmentTable(context, ['Sales'], columns)?.rows.length // 2 with a company row
 */
export function departmentTable(context: DocumentContext, departments: readonly string[], columns: readonly DepartmentColumn[]): Extract<Block, { kind: 'table' }> | null {
  if (departments.length === 0) return null;
  const { lang } = context;
  const company = columns.map((column) => column.cell(context, null));
  const hasNumbers = company.some((cell) => cell.some((inline) => typeof inline !== 'string'));
  const companyRows = hasNumbers ? [[[t(lang, 'companion.company-row')], ...company]] : [];
  const rows = departments.map((department) => [[department], ...columns.map((column) => column.cell(context, department))]);
  return { kind: 'table', header: [t(lang, 'companion.header.department'), ...columns.map((column) => column.header)], rows: [...companyRows, ...rows] };
}
