import type { Lang, MessageKey } from '../../core/i18n/index.ts';
import type { RoleIssue } from '../../core/analyze-case.ts';
import type { Assumptions } from '../../core/impact/assumptions.ts';
import type { Impact } from '../../core/findings/finding.ts';
import type { Evidence } from '../../core/metrics/evidence.ts';
import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import type { DocumentFormat, RenderedFile } from '../../core/render/index.ts';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.ts';
import type { FieldMap } from '../../core/table/dataset.ts';
import type { RoleDetection } from '../../core/table/detect-role.ts';
import type { FieldId, TableRole } from '../../core/table/fields.ts';
import type { RawTable } from '../../core/table/raw-table.ts';
import type { FindingView } from '../../ui/findings-list.tsx';

/** A table the worker holds, as the pane lists it before analysis: its name, size, headers and core's role proposal. */
export interface LoadedTable {
  id: string;
  label: string;
  headers: string[];
  rowCount: number;
  detection: RoleDetection;
}

/** Core's field inference for one table read as one role, for the field mapper: the role's fields and what core matched them to. */
export interface FieldInferenceView {
  fields: FieldId[];
  fieldMap: FieldMap;
  sources: Partial<Record<FieldId, 'override' | 'synonym' | 'values'>>;
  ambiguities: { field: string; headers: string[] }[];
}

/** One table of the case: which loaded table, read as which role, with the mapping the user confirmed. */
export interface CaseTableChoice {
  id: string;
  role: TableRole;
  fieldMap: FieldMap;
}

/** A finding as the dashboard lists it, with the department it concerns for the department filter. */
export interface DashboardFinding extends FindingView {
  department: string | null;
}

/** A costed finding's low / base / high, for the group it concerns. */
export interface ImpactView {
  id: string;
  kind: Impact['kind'];
  department: string | null;
  low: number;
  base: number;
  high: number;
  currency: string;
}

/** The dashboard's data: the period's evidence over every table, ranked findings in words, impacts, issues and the filters' choices. */
export interface AnalysisView {
  /** The period's evidence and the point-in-time figures; the previous period stays in the worker. */
  evidence: Evidence[];
  findings: DashboardFinding[];
  impacts: ImpactView[];
  issues: RoleIssue[];
  fieldMaps: Partial<Record<TableRole, FieldMap>>;
  period: { from: string; to: string } | null;
  asOf: string;
  departments: string[];
  years: number[];
}

/** Two snapshots compared: the scope's changes in one line each ("Turnover rate: 18.0% → 11.0% since 3 Mar 2025") and the Check document. */
export interface ComparisonView {
  lines: string[];
  doc: PeopleCaseDocument;
}

/** Requests the pane sends to the analysis worker, each answered once. */
export type WorkerRequest =
  | { type: 'load-file'; bytes: ArrayBuffer; fileName: string; sheet?: string }
  | { type: 'load-raw'; raw: RawTable; label: string }
  | { type: 'drop'; id: string }
  | { type: 'infer'; id: string; role: TableRole; remembered: FieldMap | null }
  | { type: 'analyze'; tables: CaseTableChoice[]; period: { from: string; to: string } | null; lang: Lang; assumptions: Assumptions }
  | { type: 'assume'; assumptions: Assumptions; lang: Lang }
  | { type: 'documents'; scope: string | null; lang: Lang }
  | { type: 'snapshot'; scope: string | null; lang: Lang; documents: PeopleCaseDocument[] }
  | { type: 'parse-snapshots'; entries: { id: string; json: string }[] }
  | { type: 'compare'; before: string; after: string | null; lang: Lang }
  | { type: 'export'; doc: PeopleCaseDocument; format: DocumentFormat };

/** The answer type of each request. */
export interface WorkerReplies {
  'load-file': LoadedTable;
  'load-raw': LoadedTable;
  drop: null;
  infer: FieldInferenceView;
  analyze: AnalysisView;
  assume: AnalysisView;
  documents: PeopleCaseDocument[];
  snapshot: string;
  'parse-snapshots': { id: string; snapshot: Snapshot }[];
  compare: ComparisonView;
  export: RenderedFile;
}

/** A failure the pane can word in the user's language: a catalogue key with its params, or a plain detail. */
export interface WorkerFailure {
  kind: 'read' | 'analysis' | 'storage';
  key: string | null;
  params: Record<string, string | number>;
  detail: string;
}

/** A refusal the pane words from the catalogue (a comparison across scopes), thrown by the worker's case session. */
export class PaneError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'PaneError';
  }
}
