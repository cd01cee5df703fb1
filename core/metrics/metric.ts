import type { Dataset } from '../table/dataset.ts';
import type { FieldId, TableRole } from '../table/fields.ts';
import type { Period } from '../table/day.ts';
import type { Direction, Evidence } from './evidence.ts';

/** Rows split into groups by one categorical column; code -1 rows belong to no group (but still to the total). */
export interface Grouping {
  /** Canonical field id or source header the groups come from. */
  field: string;
  codes: Int32Array;
  labels: string[];
}

/** Settings a metric's definition takes; each metric states its default and puts the value used in its definition id. */
export interface MetricSettings {
  /** Days within which interview feedback counts as on time (interview_feedback_sla); default 3. */
  slaDays?: number;
  /** Working days a year, for a day's revenue per head (cost_of_vacancy); default 260 (52 weeks × 5 days). */
  workingDaysPerYear?: number;
}

/** What a metric is computed for. */
export interface MetricContext {
  /** null = no period: a snapshot metric (e.g. attrition share) or "as of today". */
  period: Period | null;
  grouping: Grouping | null;
  /** The case's other tables by role, for metrics that read more than one (cost of vacancy: revenue and headcount). */
  related?: Partial<Record<TableRole, Dataset>>;
  settings?: MetricSettings;
}

/**
 * One group's tally. Rates set numerator/denominator; medians give the sample so the evidence layer can
 * compute a CI and a Mann–Whitney test against the rest; counts set value.
 */
export interface GroupTally {
  numerator: number;
  denominator: number;
  /** People behind the value (used for suppression). */
  n: number;
  /** Men and women behind a value comparing them (pay gap): the figure is hidden when either is under k, as it reveals that sex's pay in the group. */
  sexes?: { men: number; women: number };
  /** Metric value; for rates numerator ÷ denominator (NaN when the denominator is 0). */
  value: number;
  /** Per-person values behind a median (compa-ratio, tenure); absent for rates and counts. */
  sample?: Float64Array;
  /** A test the metric ran itself (e.g. pay gap: Mann–Whitney between the two groups); overrides the evidence layer's test vs the rest. */
  pValue?: number;
  /** The test behind a metric-supplied pValue, so the evidence can name it. */
  test?: 'two-proportion-z' | 'fisher-exact' | 'mann-whitney';
  /** A confidence interval the metric computed itself; overrides the evidence layer's. */
  ci95?: [number, number];
  /** What the value is compared with when the metric knows it better than "the rest" (a training effect: the comparison group's change); overrides the evidence layer's. */
  restValue?: number;
  /** People behind a metric-supplied restValue (a leaver's stayers); under k the rest value is withheld like a small group's own figure. */
  restN?: number;
}

/** A metric's answer for one variant: the whole population and each group of the grouping. */
export interface MetricResult {
  /** null for the headline value; e.g. 'voluntary', 'involuntary', '90d', '1y'. */
  variant: string | null;
  total: GroupTally;
  /** Indexed like grouping.labels; empty when no grouping was asked. */
  groups: GroupTally[];
  /** Rows left out because a value this metric needs was invalid or the row was excluded. */
  excluded: number;
  /** Definition id of the variant, e.g. `turnover_rate.shrm-average-monthly-headcount`. */
  definition: string;
  caveats: string[];
  /** For a median-kind result: the quantile its values are (0.9 for a P90 variant), so CIs and rest values match; default 0.5. */
  quantile?: number;
  /** For a median-kind result: the groups' samples merged in group order, when the metric has it, so the rank tests against the rest of the groups need no merge of their own. */
  groupsSample?: Float64Array;
  /** The result's unit when it is not the metric's (a training effect is in its business metric's own unit). */
  unit?: Evidence['unit'];
  /** Which way is good for this result when it is not the metric's (a training effect on defects is good when negative). */
  direction?: Direction;
}

/**
 * How evidence is derived from tallies: `rate` gets a Wilson CI and a two-proportion / Fisher test vs the rest;
 * `median` an order-statistic CI and Mann–Whitney; `count` and `mean` neither.
 */
export type MetricKind = 'rate' | 'median' | 'count' | 'mean';

/** A metric of the catalogue (DESIGN.md §4): one file each, registered in metrics/index.ts. */
export interface Metric {
  /** snake_case id; its file is the kebab-case form (`turnover_rate` → turnover-rate.ts). */
  id: string;
  kind: MetricKind;
  unit: Evidence['unit'];
  direction: Direction;
  /** The kind of table the metric computes over (its rows are what `requires`, the grouping and n refer to); absent = roster. */
  role?: TableRole;
  /** Other tables the metric reads from `context.related`; it is skipped when one is missing. */
  relatedRoles?: readonly TableRole[];
  /** Fields that must all be mapped for the metric to apply. */
  requires: readonly FieldId[];
  /** Whether the metric needs a period (turnover) or reads a snapshot (attrition share). */
  needsPeriod: boolean;
  /** True when the metric reads a period if one is given though it can do without (headcount at the period's end), so its evidence names the period. */
  usesPeriod?: boolean;
  /** One-line formula shown to the user, in English; i18n key `metric.<id>.definition` holds both languages. */
  formula: string;
  /** Where the definition comes from (SHRM, ISO 30414, …). */
  source: string;
  /** True when this dataset has what the metric needs (beyond `requires`, e.g. a leaver flag but no dates). */
  appliesTo(dataset: Dataset): boolean;
  compute(dataset: Dataset, context: MetricContext): MetricResult[];
}

/** Identity helper that checks a metric against the Metric type where it is declared. */
export function defineMetric<M extends Metric>(metric: M): M {
  return metric;
}
