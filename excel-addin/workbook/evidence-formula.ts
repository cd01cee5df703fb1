import type { Evidence } from '../../core/metrics/evidence.ts';
import type { FieldMap } from '../../core/table/dataset.ts';

/** Where a formula finds its inputs: the source's columns and the cells on the evidence sheet that hold the dates. */
export interface FormulaContext {
  fieldMap: FieldMap;
  /** Reference to a source column's data cells by header: `Roster[Hire Date]` for a table, `Sheet1!$H$2:$H$1194` for a range. */
  column: (header: string) => string;
  /** Cell holding the day snapshot metrics are measured on (the period's last day, else the as-of day). */
  day: string;
  /** Cells holding the period's first and last day. */
  from: string;
  to: string;
  /** Range holding the period's monthly checkpoint days (first and last day of each month), for SHRM's average headcount. */
  checkpoints: string;
}

/** A text for a formula string literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** COUNTIFS criterion for "equals this text": wildcards escaped with ~, so `R&D*` matches only itself. */
function equalsCriterion(text: string): string {
  return literal(`=${text.replace(/[~*?]/g, '~$&')}`);
}

/** The segment's column and value when the evidence is for a group (a canonical field by its mapped header); null for everyone. */
function segmentOf(item: Evidence, context: FormulaContext): { column: string; value: string } | null {
  if (!item.segment) return null;
  const header = context.fieldMap[item.segment.field as keyof FieldMap] ?? item.segment.field;
  return { column: context.column(header), value: item.segment.value };
}

/** A weight of each requisition's planned hires as hiring_plan_completion counts them (the number, 1 when empty or negative); '' without the column, where each counts 1. */
function plannedHiresFactor(context: FormulaContext): string {
  const header = context.fieldMap.plannedHires;
  if (!header) return '';
  const planned = context.column(header);
  return `*IF((${planned}<>"")*(${planned}>=0),${planned},1)`;
}

/** The day a requisition entered the plan: its opening date, else its approval date (as requisitionFills reads it). */
function planDay(context: FormulaContext): string | null {
  const { openedDate, approvedDate } = context.fieldMap;
  const opened = openedDate ? context.column(openedDate) : null;
  const approved = approvedDate ? context.column(approvedDate) : null;
  if (opened && approved) return `(${opened}+(${opened}="")*${approved})`;
  return opened ?? approved;
}

/** The p90 variant's PERCENTILE.INC (type 7, as core's quantile) or the median, over the days from start to fill. */
function timeToFillFormula(item: Evidence, context: FormulaContext, segmentMask: string): string | null {
  const { filledDate, approvedDate, openedDate } = context.fieldMap;
  const startHeader = item.definition.startsWith('time_to_fill.approved') ? approvedDate : openedDate;
  if (!filledDate || !startHeader || (item.variant !== null && item.variant !== 'p90')) return null;
  const filled = context.column(filledDate);
  const start = context.column(startHeader);
  const days = `IF((${filled}>=${context.from})*(${filled}<=${context.to})*(${start}<>"")${segmentMask},${filled}-${start})`;
  return item.variant === 'p90' ? `=PERCENTILE.INC(${days},0.9)` : `=MEDIAN(${days})`;
}

/**
 * A live Excel formula recomputing an evidence value from its source table (COUNTIFS, SUMPRODUCT, MEDIAN(IF(…))), so a
 * sceptic can check PeopleCase's figure in Excel itself; null for metrics whose definition has no faithful formula here
 * (variants split by voluntary wording, retention cohorts, early attrition windows, pay gap, span of control, fills read
 * from status wording, offers and feedback paired across candidate events, completion read from LMS status words).
 * Follows the metrics' definitions: active on a day = hired on or before it and not terminated before it.
 * @example evidenceFormula(headcountAll, context) // '=COUNTIFS(Roster[Hire Date],"<="&$B$3,Roster[Termination Date],"")+…'
 */
export function evidenceFormula(item: Evidence, context: FormulaContext): string | null {
  const map = context.fieldMap;
  const segment = segmentOf(item, context);
  const segmentMask = segment ? `*(${segment.column}=${literal(segment.value)})` : '';
  if (item.metric === 'time_to_fill') return timeToFillFormula(item, context, segmentMask);
  if (item.variant !== null) return null;
  const segmentCriteria = segment ? `,${segment.column},${equalsCriterion(segment.value)}` : '';
  const hire = map.hireDate ? context.column(map.hireDate) : null;
  const term = map.terminationDate ? context.column(map.terminationDate) : null;
  const activeMask = (day: string): string | null => (hire && term ? `(${hire}<>"")*(${hire}<=${day})*((${term}="")+(${term}>=${day}))` : null);
  const d = context.day;
  switch (item.metric) {
    case 'headcount':
      if (!hire || !term) return null;
      return `=COUNTIFS(${hire},"<="&${d},${term},""${segmentCriteria})+COUNTIFS(${hire},"<="&${d},${term},">="&${d}${segmentCriteria})`;
    case 'turnover_rate': {
      if (!hire || !term || !item.period) return null;
      const days = context.checkpoints;
      const separations = `COUNTIFS(${term},">="&${context.from},${term},"<="&${context.to}${segmentCriteria})`;
      const presence = `SUMPRODUCT(COUNTIFS(${hire},"<="&${days},${term},""${segmentCriteria})+COUNTIFS(${hire},"<="&${days},${term},">="&${days}${segmentCriteria}))`;
      return `=${separations}/(${presence}/ROWS(${days}))`;
    }
    case 'attrition_share': {
      if (map.leaver || !term) return null;
      const rows = segment ? `COUNTIFS(${segment.column},${equalsCriterion(segment.value)})` : `ROWS(${term})`;
      return `=COUNTIFS(${term},"<>"${segmentCriteria})/${rows}`;
    }
    case 'tenure': {
      const active = activeMask(d);
      return active && hire ? `=MEDIAN(IF(${active}${segmentMask},(${d}-${hire})/365.25))` : null;
    }
    case 'compa_ratio': {
      const active = activeMask(d);
      if (!active || !map.salary || !map.marketMidpoint) return null;
      const salary = context.column(map.salary);
      const midpoint = context.column(map.marketMidpoint);
      return `=MEDIAN(IF(${active}*(${salary}<>"")*(${midpoint}>0)${segmentMask},${salary}/${midpoint}))`;
    }
    case 'hiring_plan_completion': {
      const day = planDay(context);
      if (!day || !map.filledDate || item.definition !== 'hiring_plan_completion.filled-by-period-end') return null;
      const filled = context.column(map.filledDate);
      const plan = `(${day}>=${context.from})*(${day}<=${context.to})${segmentMask}${plannedHiresFactor(context)}`;
      return `=SUMPRODUCT(${plan}*(${filled}<>"")*(${filled}<=${context.to}))/SUMPRODUCT(${plan})`;
    }
    default:
      return null;
  }
}
