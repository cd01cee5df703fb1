import { analyzeCase, type CaseAnalysis, type CaseTables } from '../../core/analyze-case.ts';
import { currentEvidence } from '../../core/case/current-evidence.ts';
import { metricSettingsOf } from '../../core/case/metric-settings-of.ts';
import { buildCase, caseDocuments, type Case } from '../../core/case/build-case.ts';
import { formatDate, t, type Lang } from '../../core/i18n/index.ts';
import type { Assumptions } from '../../core/impact/assumptions.ts';
import { createDocumentContext } from '../../core/proposal/document-context.ts';
import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import { findingSentence } from '../../core/proposal/finding-text.ts';
import { shownImpacts } from '../../core/proposal/impacts.ts';
import { capitalizeText } from '../../core/proposal/compose-text.ts';
import { metricPhrase } from '../../core/proposal/phrases.ts';
import { evidenceFormat } from '../../core/proposal/quantities.ts';
import { departmentsOf } from '../../core/proposal/scope.ts';
import { formatValue } from '../../core/render/format-value.ts';
import { inlineText } from '../../core/render/inline-text.ts';
import { checkDocument } from '../../core/snapshot/check-document.ts';
import { compareSnapshots } from '../../core/snapshot/compare-snapshots.ts';
import { createSnapshot } from '../../core/snapshot/create-snapshot.ts';
import { parseSnapshot } from '../../core/snapshot/parse-snapshot.ts';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.ts';
import type { FieldMap } from '../../core/table/dataset.ts';
import { dayFromIso, isoFromDay, todayDay, ymdFromDay } from '../../core/table/day.ts';
import { detectRole } from '../../core/table/detect-role.ts';
import { inferFieldMap } from '../../core/table/infer-fields.ts';
import type { TableRole } from '../../core/table/fields.ts';
import { fieldIdsOf } from '../../core/table/role-fields.ts';
import type { RawTable } from '../../core/table/raw-table.ts';
import { PaneError, type AnalysisView, type CaseTableChoice, type ComparisonView, type FieldInferenceView, type LoadedTable } from './analysis-protocol.ts';

/** The scope's changes a comparison lists in words; the Check document holds them all. */
const listedChanges = 6;

/** Calendar years holding roster hire or termination dates up to the as-of day, newest first, for the period filter. */
function rosterYears(analysis: CaseAnalysis, asOf: number): number[] {
  const years = new Set<number>();
  const roster = analysis.datasets.roster;
  for (const field of ['hireDate', 'terminationDate'] as const) {
    const column = roster?.fields[field];
    if (column?.type === 'date') for (const day of column.days) if (day <= asOf) years.add(ymdFromDay(day)[0]);
  }
  return [...years].sort((a, b) => b - a).slice(0, 6);
}

/** A table's name as the user picked it: the file (and sheet) or the workbook label given when it was read. */
function fileLabel(raw: RawTable): string {
  const { fileName, sheet } = raw.provenance;
  return [fileName, sheet].filter(Boolean).join(' › ') || 'table';
}

/**
 * The pane's case, held where the rows are (the analysis worker): tables by id, then the CLI's pipeline over them —
 * analyzeCase over every role for the period and the one before, buildCase for ranked, costed findings, caseDocuments for
 * the five documents — and snapshots compared into the Check document. Pure apart from its own state; `now` is passed in.
 * @example const session = createCaseSession(); session.analyze({ tables, period: null, lang: 'en', assumptions }, new Date())
 */
export function createCaseSession() {
  const tables = new Map<string, RawTable>();
  let serial = 0;
  let current: { choices: CaseTableChoice[]; period: { from: string; to: string } | null; analysis: CaseAnalysis; theCase: Case; asOf: number } | null = null;

  const add = (raw: RawTable, label: string): LoadedTable => {
    const id = `t${++serial}`;
    tables.set(id, raw);
    return { id, label, headers: raw.columns.map((column) => column.header), rowCount: raw.rowCount, detection: detectRole(raw) };
  };

  const tableOf = (id: string): RawTable => {
    const raw = tables.get(id);
    if (!raw) throw new Error(`No table ${id} is loaded`);
    return raw;
  };

  const requireCase = () => {
    if (!current) throw new Error('Nothing is analysed yet');
    return current;
  };

  /** Overrides for analyzeCase: the user's mapping, and every field core inferred but the user cleared set to '' (left out). */
  const overridesOf = (choice: CaseTableChoice): FieldMap => {
    const inferred = inferFieldMap(tableOf(choice.id), { role: choice.role }).fieldMap;
    const chosen = Object.entries(choice.fieldMap).filter(([, header]) => header !== undefined);
    return { ...Object.fromEntries(Object.keys(inferred).map((field) => [field, ''])), ...Object.fromEntries(chosen) };
  };

  const run = (choices: CaseTableChoice[], period: { from: string; to: string } | null, assumptions: Assumptions, now: Date) => {
    const byRole: Partial<Record<TableRole, RawTable>> = {};
    const overrides: Partial<Record<TableRole, FieldMap>> = {};
    for (const choice of choices) {
      byRole[choice.role] = tableOf(choice.id);
      overrides[choice.role] = overridesOf(choice);
    }
    if (!byRole.roster) throw new PaneError('ui.sources.needRoster');
    const asOf = todayDay(now);
    const span = period ? { from: dayFromIso(period.from), to: dayFromIso(period.to) } : null;
    const analysis = analyzeCase(byRole as CaseTables, { asOf, period: span, overrides, settings: metricSettingsOf(assumptions) });
    current = { choices, period, analysis, theCase: buildCase(analysis, assumptions), asOf };
  };

  const view = (lang: Lang, now: Date): AnalysisView => {
    const { analysis, theCase, asOf } = requireCase();
    const evidence = currentEvidence(analysis);
    const context = createDocumentContext({ lang, scope: null, evidence: [...analysis.evidence], findings: theCase.findings, impacts: theCase.impacts, assumptions: theCase.assumptions, goals: theCase.goals, now });
    const sentences = context.findings.map((finding) => findingSentence(context, finding));
    const doc = { lang, quantities: context.quantities.quantities() };
    const findings = context.findings.map((finding, index) => ({ id: finding.id, department: finding.department, text: inlineText(doc, sentences[index]), significant: finding.significant, confidence: finding.confidence }));
    const impacts = shownImpacts(context, context.findings).map(({ impact, finding }) => ({
      id: impact.id,
      kind: impact.kind,
      department: finding.department,
      low: impact.low,
      base: impact.base,
      high: impact.high,
      currency: impact.currency,
    }));
    return {
      evidence,
      findings,
      impacts,
      issues: analysis.issues,
      fieldMaps: analysis.fieldMaps,
      period: analysis.period ? { from: isoFromDay(analysis.period.from), to: isoFromDay(analysis.period.to) } : null,
      asOf: isoFromDay(asOf),
      departments: departmentsOf(evidence),
      years: rosterYears(analysis, asOf),
    };
  };

  /** The current data as a snapshot of one scope, so it can be compared with a stored one like any other snapshot. */
  const snapshotOf = (scope: string | null, lang: Lang, documents: readonly PeopleCaseDocument[], now: Date): Snapshot => {
    const { analysis, theCase } = requireCase();
    return createSnapshot({ lang, scope, datasets: Object.values(analysis.datasets), assumptions: theCase.assumptions, evidence: analysis.evidence, findings: theCase.findings, documents, now });
  };

  return {
    /** Keep a table read from a file or the workbook; its rows never leave the worker. */
    addFile: (raw: RawTable) => add(raw, fileLabel(raw)),
    addRaw: add,
    drop(id: string): void {
      tables.delete(id);
    },

    /** Core's field inference for a table read as a role, with a remembered mapping applied where it still names real headers. */
    infer(id: string, role: TableRole, remembered: FieldMap | null): FieldInferenceView {
      const raw = tableOf(id);
      const headers = new Set(raw.columns.map((column) => column.header));
      const usable = Object.fromEntries(Object.entries(remembered ?? {}).filter(([, header]) => header !== undefined && headers.has(header)));
      const inference = inferFieldMap(raw, { role, overrides: usable });
      return { fields: fieldIdsOf(role), fieldMap: inference.fieldMap, sources: inference.sources, ambiguities: inference.ambiguities };
    },

    /** Analyse the chosen tables for a period (null: the twelve months ending at the roster's latest date) and cost the findings. */
    analyze(request: { tables: CaseTableChoice[]; period: { from: string; to: string } | null; lang: Lang; assumptions: Assumptions }, now: Date): AnalysisView {
      run(request.tables, request.period, request.assumptions, now);
      return view(request.lang, now);
    },

    /** New assumptions: findings re-costed by buildCase; the metrics run again only when a setting they read (SLA, working days) changed. */
    assume(assumptions: Assumptions, lang: Lang, now: Date): AnalysisView {
      const state = requireCase();
      const settings = metricSettingsOf(assumptions);
      const before = metricSettingsOf(state.theCase.assumptions);
      if (settings.slaDays !== before.slaDays || settings.workingDaysPerYear !== before.workingDaysPerYear) run(state.choices, state.period, assumptions, now);
      else current = { ...state, theCase: buildCase(state.analysis, assumptions) };
      return view(lang, now);
    },

    /** The five documents of the case for a scope, in the reader's order. */
    documents(scope: string | null, lang: Lang, now: Date): PeopleCaseDocument[] {
      return caseDocuments(requireCase().theCase, { lang, scope, now });
    },

    /** A snapshot of the current case with the documents as the user left them (edits included), as JSON to store. */
    snapshot(scope: string | null, lang: Lang, documents: readonly PeopleCaseDocument[], now: Date): string {
      return JSON.stringify(snapshotOf(scope, lang, documents, now));
    },

    /** Stored snapshots that still validate; a damaged one is left out of the list rather than breaking it. */
    parseSnapshots(entries: readonly { id: string; json: string }[]): { id: string; snapshot: Snapshot }[] {
      return entries.flatMap(({ id, json }) => {
        try {
          return [{ id, snapshot: parseSnapshot(json) }];
        } catch {
          return [];
        }
      });
    },

    /**
     * Two snapshots of one scope compared (the later one the current data when `after` is null): the Check document, and the
     * scope's changes in one line each, those beyond chance first.
     */
    compare(beforeJson: string, afterJson: string | null, lang: Lang, now: Date): ComparisonView {
      const before = parseSnapshot(beforeJson);
      const after = afterJson === null ? snapshotOf(before.scope, lang, [], now) : parseSnapshot(afterJson);
      const company = t(lang, 'ui.proposal.company');
      if (before.scope !== after.scope) throw new PaneError('ui.error.compareScopes', { first: before.scope ?? company, second: after.scope ?? company });
      const comparison = compareSnapshots(before, after);
      const date = formatDate(lang, comparison.before.day);
      const inScope = comparison.changes.filter((change) => (before.scope === null ? change.after.segment === null : change.after.segment?.field === 'department' && change.after.segment.value === before.scope));
      const lines = inScope.filter((change) => change.change !== 0).slice(0, listedChanges).map((change) => {
        const show = (value: number) => formatValue(lang, value, evidenceFormat(change.after), comparison.currency);
        return t(lang, 'ui.snapshots.change', { metric: capitalizeText(lang, metricPhrase(lang, change.after.metric, change.after.variant)), before: show(change.before.value), after: show(change.after.value), date });
      });
      return { lines, doc: checkDocument(comparison, lang) };
    },
  };
}

/** The pane's case session, as the worker holds it. */
export type CaseSession = ReturnType<typeof createCaseSession>;
