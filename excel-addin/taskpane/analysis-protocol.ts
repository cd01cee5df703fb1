import type { Lang } from '../../core/i18n/index.ts';
import type { Assumptions } from '../../core/impact/assumptions.ts';
import type { Evidence } from '../../core/metrics/evidence.ts';
import type { PeopleCaseDocument } from '../../core/proposal/document.ts';
import type { FieldMap } from '../../core/table/dataset.ts';
import type { RosterFieldId } from '../../core/table/fields.ts';
import type { RoleDetection } from '../../core/table/detect-role.ts';
import type { DataIssue, RawTable } from '../../core/table/raw-table.ts';
import type { FindingView } from '../../ui/findings-list.tsx';

/** What the worker knows about a loaded table before analysis: enough to show and edit the field mapping. */
export interface LoadedTable {
  headers: string[];
  rowCount: number;
  fieldMap: FieldMap;
  sources: Partial<Record<RosterFieldId, 'override' | 'synonym' | 'values'>>;
  ambiguities: { field: string; headers: string[] }[];
  role: RoleDetection;
}

/** The dashboard's data: evidence per department, ranked findings in words, issues, and the choices the filters offer. */
export interface AnalysisView {
  fieldMap: FieldMap;
  evidence: Evidence[];
  findings: FindingView[];
  issues: DataIssue[];
  period: { from: string; to: string } | null;
  asOf: string;
  departments: string[];
  years: number[];
}

/** Requests the pane sends to the analysis worker, each answered once. */
export type WorkerRequest =
  | { type: 'load-file'; bytes: ArrayBuffer; fileName: string }
  | { type: 'load-raw'; raw: RawTable }
  | { type: 'analyze'; overrides: FieldMap; period: { from: string; to: string } | null; lang: Lang }
  | { type: 'propose'; scope: string | null; lang: Lang; assumptions: Assumptions }
  | { type: 'snapshot'; scope: string | null; lang: Lang; assumptions: Assumptions; documents: PeopleCaseDocument[] }
  | { type: 'compare'; json: string; lang: Lang }
  | { type: 'render'; doc: PeopleCaseDocument; format: 'markdown' | 'html' };

/** The answer type of each request. */
export interface WorkerReplies {
  'load-file': LoadedTable;
  'load-raw': LoadedTable;
  analyze: AnalysisView;
  propose: PeopleCaseDocument;
  snapshot: string;
  compare: string[];
  render: string;
}

/** A failure the pane can word in the user's language: a catalogue key with its params, or a plain detail. */
export interface WorkerFailure {
  kind: 'read' | 'analysis' | 'storage';
  key: string | null;
  params: Record<string, string | number>;
  detail: string;
}
