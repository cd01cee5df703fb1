import { sexLabels } from '../../core/metrics/sex-of-label.ts';
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
  /** Cell holding the analysis' as-of day, when the sheet shows it (early attrition's windows must have elapsed by then). */
  asOf?: string;
  /** Range holding the period's monthly checkpoint days (first and last day of each month), for SHRM's average headcount. */
  checkpoints: string;
}

/** A text for a formula string literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The mask factor of the evidence's group: the column's text trimmed and compared case-sensitively, as core forms groups
 * (toCategoryColumn trims padded exports such as HRDataset's `"Production       "`; `Sales` and `sales` are two groups), numbers
 * as their text; '' for everyone. Excel's TRIM also joins inner runs of spaces, so the label's are joined alike.
 */
function segmentMaskOf(item: Evidence, context: FormulaContext): string {
  if (!item.segment) return '';
  const header = context.fieldMap[item.segment.field as keyof FieldMap] ?? item.segment.field;
  return `*EXACT(TRIM(${context.column(header)}),${literal(item.segment.value.replace(/ {2,}/g, ' '))})`;
}

/**
 * A weight of each requisition's planned hires as hiring_plan_completion counts them: the number, 1 when empty, 0 (the row
 * left out) when core's field rules reject it (text, negative, over 10,000 on one requisition); '' without the column, where
 * each counts 1.
 */
function plannedHiresFactor(context: FormulaContext): string {
  const header = context.fieldMap.plannedHires;
  if (!header) return '';
  const planned = context.column(header);
  return `*IF(ISNUMBER(${planned}),${planned}*(${planned}>=0)*(${planned}<=10000),--(${planned}=""))`;
}

/**
 * Cost per hire over dated fills: the recruiting costs of the requisitions entering the plan in the period (external total,
 * else agency, advertising and referral parts; plus internal; an empty cell 0) over the planned hires of those filled in it.
 * Rows core's skipMask leaves out stay out of both sums: dates as planDay keeps them, planned hires and every cost cell empty
 * or a number in range (a text or negative cost is invalid). null without a cost column or a filled date (fills then come
 * from the status wording).
 */
function costPerHireFormula(item: Evidence, context: FormulaContext, segmentMask: string): string | null {
  const map = context.fieldMap;
  const entry = planDay(context);
  const external = map.externalCost ? [map.externalCost] : [map.agencyFee, map.advertisingCost, map.referralBonus];
  const costs = [...external, map.internalCost].filter((header) => header !== undefined).map(context.column);
  if (!entry || !map.filledDate || costs.length === 0 || !item.definition.startsWith('cost_per_hire.ansi-shrm-')) return null;
  const filled = context.column(map.filledDate);
  const planned = map.plannedHires ? context.column(map.plannedHires) : null;
  const plannedValid = planned ? `*(ISNUMBER(${planned})*(${planned}>=0)*(${planned}<=10000)+(${planned}=""))` : '';
  const valid = `${entry.valid}${plannedValid}${costs.map((cost) => `*((${cost}="")+ISNUMBER(${cost})*(${cost}>=0))`).join('')}${segmentMask}`;
  const spent = `SUMPRODUCT((${entry.day}>=${context.from})*(${entry.day}<=${context.to})${valid}*(${costs.map((cost) => `IF(ISNUMBER(${cost}),${cost},0)`).join('+')}))`;
  return `=${spent}/SUMPRODUCT((${filled}>=${context.from})*(${filled}<=${context.to})${valid}${plannedHiresFactor(context)})`;
}

/** A requisition's date columns, each null when the table lacks it. */
function requisitionDates(context: FormulaContext): { opened: string | null; approved: string | null; filled: string | null } {
  const { openedDate, approvedDate, filledDate } = context.fieldMap;
  return { opened: openedDate ? context.column(openedDate) : null, approved: approvedDate ? context.column(approvedDate) : null, filled: filledDate ? context.column(filledDate) : null };
}

/**
 * Factors keeping only rows whose dates are in the order core requires (toDataset's date-order rules): a date before the one it
 * must follow (approved before opened, filled before opened or before approved) is invalid and its row left out; pairs
 * where either cell is not a date, or a column is missing, pass.
 */
function datesInOrder(pairs: readonly (readonly [later: string | null, earlier: string | null])[]): string {
  return pairs.map(([later, earlier]) => (later && earlier ? `*(1-ISNUMBER(${later})*ISNUMBER(${earlier})*(${later}<${earlier}))` : '')).join('');
}

/**
 * The day a requisition entered the plan: its opening date, else its approval date (as requisitionFills reads it); with the
 * factor keeping only rows whose dates are empty or dates, since core leaves out a row with text in any of them ('TBD'), and
 * in order.
 */
function planDay(context: FormulaContext): { day: string; valid: string } | null {
  const { opened, approved, filled } = requisitionDates(context);
  const day = opened && approved ? `IF(ISNUMBER(${opened}),${opened},${approved})` : (opened ?? approved);
  if (!day) return null;
  const dates = [opened, approved, filled].filter((column) => column !== null);
  const inOrder = datesInOrder([[approved, opened], [filled, opened], [filled, approved]]);
  return { day, valid: dates.map((column) => `*((${column}="")+ISNUMBER(${column}))`).join('') + inOrder };
}

/** The p90 variant's PERCENTILE.INC (type 7, as core's quantile) or the median, over the days from start to fill. */
function timeToFillFormula(item: Evidence, context: FormulaContext, segmentMask: string): string | null {
  const { opened, approved, filled } = requisitionDates(context);
  const fromApproval = item.definition.startsWith('time_to_fill.approved');
  const start = fromApproval ? approved : opened;
  if (!filled || !start || (item.variant !== null && item.variant !== 'p90')) return null;
  // A start that is empty or text is no date: the row is left out (core: missing start, or an invalid row); so is a fill
  // before the opening or the approval, or an approval (the start) before the opening.
  const inOrder = datesInOrder([...(fromApproval ? [[approved, opened] as const] : []), [filled, opened], [filled, approved]]);
  const days = `IF((${filled}>=${context.from})*(${filled}<=${context.to})*ISNUMBER(${start})${inOrder}${segmentMask},${filled}-${start})`;
  return item.variant === 'p90' ? `=PERCENTILE.INC(${days},0.9)` : `=MEDIAN(${days})`;
}

/**
 * The raw pay gap (median men − median women) ÷ median men over a population mask, each sex as core's sexOfLabel reads the
 * gender cell: trimmed and compared with each label by `=`, which in Excel ignores case (no wildcards, unlike MATCH); pay a
 * number, never negative. null without the gender or salary column.
 */
function payGapFormula(context: FormulaContext, population: string, segmentMask: string): string | null {
  const { gender: genderHeader, salary: salaryHeader } = context.fieldMap;
  if (!genderHeader || !salaryHeader) return null;
  const gender = context.column(genderHeader);
  const salary = context.column(salaryHeader);
  const median = (labels: readonly string[]) => `MEDIAN(IF(${population}*ISNUMBER(${salary})*(${salary}>=0)*(${labels.map((label) => `(TRIM(${gender})=${literal(label)})`).join('+')})${segmentMask},${salary}))`;
  return `=(${median(sexLabels.man)}-${median(sexLabels.woman)})/${median(sexLabels.man)}`;
}

/**
 * The median of salary ÷ market midpoint over the rows of a mask, pay as core's field rules take it: a number, never negative
 * (other rows are left out), and a midpoint above 0 to divide by; null without the pay columns.
 */
function medianCompaRatio(context: FormulaContext, mask: string, segmentMask: string): string | null {
  const { salary: salaryHeader, marketMidpoint } = context.fieldMap;
  if (!salaryHeader || !marketMidpoint) return null;
  const salary = context.column(salaryHeader);
  const midpoint = context.column(marketMidpoint);
  return `=MEDIAN(IF(${mask}*ISNUMBER(${salary})*(${salary}>=0)*ISNUMBER(${midpoint})*(${midpoint}>0)${segmentMask},${salary}/${midpoint}))`;
}

/**
 * Early attrition (variant null: 90 days, `1y`: 365) as core counts it: hires in the period whose window has elapsed by the
 * as-of day (hire + days − 1 ≤ as-of, whether or not they left), and of those the ones whose days employed (termination −
 * hire + 1) fit in the window. Rows core's skipMask leaves out stay out: a hire date that is no date, a termination date that
 * is text or falls before the hire. The per-row day count sits inside IF, so a text hire date never reaches the arithmetic.
 */
function earlyAttritionFormula(item: Evidence, context: FormulaContext, hire: string | null, term: string | null, segmentMask: string): string | null {
  const days = item.variant === null ? 90 : item.variant === '1y' ? 365 : null;
  if (days === null || item.definition !== `early_attrition.left-within-${days}-days` || !hire || !term || !context.asOf || !item.period) return null;
  const valid = `ISNUMBER(${hire})*((${term}="")+ISNUMBER(${term})*(${term}>=${hire}))`;
  const hires = `${valid}*(${hire}>=${context.from})*(${hire}<=${context.to})*(${hire}<=${context.asOf}-${days - 1})${segmentMask}`;
  return `=SUM(IF(${hires},ISNUMBER(${term})*(${term}-${hire}+1<=${days})))/SUMPRODUCT(${hires})`;
}

/**
 * A live Excel formula recomputing an evidence value from its source table (SUMPRODUCT, MEDIAN(IF(…)), PERCENTILE.INC), so a
 * sceptic can check PeopleCase's figure in Excel itself: headcount, turnover, retention, early attrition (both windows),
 * tenure, compa ratio, the leavers' compa ratio without a voluntary flag, the raw pay gap, hiring plan completion, time to
 * fill (median, P90) and cost per hire over dated fills. null where no formula follows core's definition faithfully:
 * variants split by a voluntary flag (voluntary and involuntary turnover, voluntary leavers' compa ratio) and exit reason
 * shares (voluntary leavers), since core reads the flag from yes/no words or from status and reason wording by pattern
 * (voluntaryFromWording); quality of hire (ratings read by pattern, meetsExpectations); the level-adjusted pay gap (a
 * women-weighted mean of per-level median gaps); span of control (distinct managers, trimmed and case-sensitive, which only
 * a rows × rows comparison counts); leaver shares read from yes/no words; fills read from status wording; offers and
 * feedback paired across candidate events; completion read from LMS status words; early attrition when the sheet has no
 * as-of cell. Follows the metrics' definitions: active on a day = hired on or before it and not terminated before it
 * (isActiveOn); a date cell that is not a date, dates out of core's order (termination before hire, fill before opening…)
 * and text or negative pay leave their row out as core's invalid values do; groups as segmentMaskOf. Not followed: core's
 * exclusion of a repeated record id, its date horizons (a termination over 50 years after the as-of day is invalid), and
 * text cells core parses as dates or money ('2025-03-01', '$52,000' typed as text), which a formula reads as no value; the
 * check cell then says ✗. The sheet relies on Excel's array evaluation (Excel 365 and 2021).
 * @example evidenceFormula(headcountAll, context) // '=SUMPRODUCT(ISNUMBER(Roster[Hire Date])*(Roster[Hire Date]<=$B$2)*…)'
 */
export function evidenceFormula(item: Evidence, context: FormulaContext): string | null {
  const map = context.fieldMap;
  const segmentMask = segmentMaskOf(item, context);
  const hire = map.hireDate ? context.column(map.hireDate) : null;
  const term = map.terminationDate ? context.column(map.terminationDate) : null;
  if (item.metric === 'time_to_fill') return timeToFillFormula(item, context, segmentMask);
  if (item.metric === 'early_attrition') return earlyAttritionFormula(item, context, hire, term, segmentMask);
  if (item.metric === 'cost_per_hire') return item.variant === null ? costPerHireFormula(item, context, segmentMask) : null;
  if (item.variant !== null) return null;
  // A day or, for turnover, a row of checkpoint days: each person against each day.
  const activeMask = (day: string): string | null => (hire && term ? `ISNUMBER(${hire})*(${hire}<=${day})*((${term}="")+ISNUMBER(${term})*(${term}>=${day}))` : null);
  // Left in the period: a termination date in it, on or after a hire date (core leaves out a row without a valid hire date
  // or with a termination before it, so such a row is no separation).
  const leftInPeriod = hire && term ? `ISNUMBER(${term})*(${term}>=${context.from})*(${term}<=${context.to})*ISNUMBER(${hire})*(${term}>=${hire})` : null;
  const d = context.day;
  switch (item.metric) {
    case 'headcount': {
      const active = activeMask(d);
      return active && `=SUMPRODUCT(${active}${segmentMask})`;
    }
    case 'turnover_rate': {
      const active = activeMask(`TRANSPOSE(${context.checkpoints})`);
      if (!active || !item.period) return null;
      const separations = `SUMPRODUCT(${leftInPeriod}${segmentMask})`;
      return `=${separations}/(SUMPRODUCT(${active}${segmentMask})/ROWS(${context.checkpoints}))`;
    }
    case 'retention_rate': {
      // Active on the first day (so validly hired and not gone before it), and of those the ones still active on the last.
      const started = activeMask(context.from);
      const stayed = activeMask(context.to);
      if (!started || !stayed || !item.period) return null;
      return `=SUMPRODUCT(${started}*${stayed}${segmentMask})/SUMPRODUCT(${started}${segmentMask})`;
    }
    case 'tenure': {
      const active = activeMask(d);
      return active && `=MEDIAN(IF(${active}${segmentMask},(${d}-${hire})/365.25))`;
    }
    case 'compa_ratio': {
      const active = activeMask(d);
      return active && medianCompaRatio(context, active, segmentMask);
    }
    case 'pay_gap': {
      const active = activeMask(d);
      return active && item.definition === 'pay_gap.active-on-date' ? payGapFormula(context, active, segmentMask) : null;
    }
    case 'leaver_compa_ratio':
      // Variant null: every leaver (the file has no voluntary flag; core's `voluntary` variant reads one, often from status wording).
      if (!leftInPeriod || !item.period || item.definition !== 'leaver_compa_ratio.leavers-vs-stayers') return null;
      return medianCompaRatio(context, leftInPeriod, segmentMask);
    case 'hiring_plan_completion': {
      const entry = planDay(context);
      if (!entry || !map.filledDate || item.definition !== 'hiring_plan_completion.filled-by-period-end') return null;
      const filled = context.column(map.filledDate);
      const plan = `(${entry.day}>=${context.from})*(${entry.day}<=${context.to})${entry.valid}${segmentMask}${plannedHiresFactor(context)}`;
      return `=SUMPRODUCT(${plan}*(${filled}<>"")*(${filled}<=${context.to}))/SUMPRODUCT(${plan})`;
    }
    default:
      return null;
  }
}
