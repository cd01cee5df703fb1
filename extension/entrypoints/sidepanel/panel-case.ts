import { analyzeCase, type CaseAnalysis, type CaseTables } from '../../../core/analyze-case.ts';
import { currentEvidence } from '../../../core/case/current-evidence.ts';
import { metricSettingsOf } from '../../../core/case/metric-settings-of.ts';
import { buildCase, type Case } from '../../../core/case/build-case.ts';
import { compareWithBaseline, type BaselineComparison } from '../../../core/findings/compare-with-baseline.ts';
import type { Lang } from '../../../core/i18n/index.ts';
import { defaultAssumptions, type Assumptions } from '../../../core/impact/assumptions.ts';
import { editAssumptions } from '../../../core/impact/edit-assumptions.ts';
import type { Evidence } from '../../../core/metrics/evidence.ts';
import { findingViews, type FindingView } from '../../../core/proposal/finding-views.ts';
import type { FieldMap } from '../../../core/table/dataset.ts';
import { dayFromYmd, ymdFromDay, type Day, type Period } from '../../../core/table/day.ts';
import type { RoleDetection } from '../../../core/table/detect-role.ts';
import type { FieldId, TableRole } from '../../../core/table/fields.ts';
import { inferFieldMap, type FieldInference } from '../../../core/table/infer-fields.ts';
import type { RawTable } from '../../../core/table/raw-table.ts';
import { fieldIdsOf, roleVocabularies } from '../../../core/table/role-fields.ts';

/** A table the panel holds with the role it plays: the page's as the user chose it, a baseline's as core detected it. */
export interface RoledTable {
  raw: RawTable;
  role: TableRole;
}

/** A baseline file as the case sees it: its stored id and name, and the table read from it. */
export interface BaselineTable extends RoledTable {
  id: string;
  name: string;
}

/** Everything the panel shows for the page: its role and column matching, the case's current evidence and findings, the comparison. */
export interface PanelView {
  role: TableRole;
  /** Every role the user can switch the page's table to. */
  roles: TableRole[];
  fields: FieldId[];
  inference: Pick<FieldInference, 'fieldMap' | 'sources' | 'ambiguities'>;
  evidence: Evidence[];
  findings: FindingView[];
  /** The baselines that joined the case, by name and role. */
  joined: { name: string; role: TableRole }[];
  comparison: { name: string; lines: BaselineComparison[] } | null;
  currency: string;
}

/** The analysed case the worker keeps for snapshots. */
export interface PanelCase {
  analysis: CaseAnalysis;
  theCase: Case;
}

/** A table's role when core proposes none: a roster, the table every people figure starts from (analyzeTable's reading too). */
export function roleOf(detection: RoleDetection): TableRole {
  return detection.role ?? 'roster';
}

/** Core's default assumptions in the browser language's currency (CNY for Chinese, USD otherwise), since the panel has no assumptions editor. */
export function panelAssumptions(browserLang: string): Assumptions {
  return editAssumptions(defaultAssumptions, { currency: browserLang.toLowerCase().startsWith('zh') ? 'CNY' : 'USD' });
}

/** The baselines that join the page's case: each under its role while no page or earlier baseline holds that role. */
export function joiningBaselines(page: RoledTable, baselines: readonly BaselineTable[]): BaselineTable[] {
  const taken = new Set<TableRole>([page.role]);
  return baselines.filter((baseline) => !taken.has(baseline.role) && taken.add(baseline.role));
}

/** The twelve months ending on the as-of day: the period of a page read now, and of a case without a roster. */
export function yearTo(asOf: Day): Period {
  const [year, month, day] = ymdFromDay(asOf);
  return { from: dayFromYmd(year - 1, month, day) + 1, to: asOf };
}

/** The user's overrides limited to the role's fields, so a mapping kept from another role never makes core refuse the table. */
function overridesFor(role: TableRole, overrides: FieldMap | null): FieldMap {
  const fields = new Set<string>(fieldIdsOf(role));
  return Object.fromEntries(Object.entries(overrides ?? {}).filter(([field]) => fields.has(field))) as FieldMap;
}

/**
 * Core's case over tables by role (analyzeCase → buildCase, as the CLI and Excel pane run it), the metric settings taken from
 * the assumptions as the CLI takes them. A page is read now (`live`), so its case covers the year to the as-of day, as does a
 * case without a roster; a baseline file alone is analysed over its roster's own last year (core's default), as an export
 * may be old.
 */
export function runCase(tables: readonly RoledTable[], options: { asOf: Day; live: boolean; overrides: Partial<Record<TableRole, FieldMap>>; assumptions: Assumptions }): PanelCase {
  const byRole = Object.fromEntries(tables.map((table) => [table.role, table.raw])) as CaseTables;
  const settings = metricSettingsOf(options.assumptions);
  const period = options.live || !byRole.roster ? yearTo(options.asOf) : null;
  const analysis = analyzeCase(byRole, { asOf: options.asOf, period, overrides: options.overrides, settings });
  return { analysis, theCase: buildCase(analysis, options.assumptions) };
}


/**
 * The page's case and what the panel shows of it: the page under its role with the user's overrides, every baseline of another
 * role joined, and the chosen baseline of the page's own role analysed alone and compared with the page.
 */
export function panelCase(page: RoledTable, baselines: readonly BaselineTable[], options: { asOf: Day; overrides: FieldMap | null; compareWith: string | null; lang: Lang; assumptions: Assumptions; now: Date }): { view: PanelView; kept: PanelCase } {
  const overrides = overridesFor(page.role, options.overrides);
  const joined = joiningBaselines(page, baselines);
  const kept = runCase([page, ...joined], { asOf: options.asOf, live: true, overrides: { [page.role]: overrides }, assumptions: options.assumptions });
  const evidence = currentEvidence(kept.analysis);
  const compared = baselines.find((baseline) => baseline.id === options.compareWith && baseline.role === page.role);
  const baselineEvidence = compared ? currentEvidence(runCase([compared], { asOf: options.asOf, live: false, overrides: {}, assumptions: options.assumptions }).analysis) : null;
  const inference = inferFieldMap(page.raw, { role: page.role, overrides });
  const { currency } = options.assumptions;
  return {
    kept,
    view: {
      role: page.role,
      roles: Object.keys(roleVocabularies) as TableRole[],
      fields: fieldIdsOf(page.role),
      inference: { fieldMap: inference.fieldMap, sources: inference.sources, ambiguities: inference.ambiguities },
      evidence,
      findings: findingViews(options.lang, kept.analysis.evidence, kept.theCase.findings, options.now),
      joined: joined.map(({ name, role }) => ({ name, role })),
      comparison: compared && baselineEvidence ? { name: compared.name, lines: compareWithBaseline(options.lang, evidence, baselineEvidence, compared.name, currency) } : null,
      currency,
    },
  };
}
