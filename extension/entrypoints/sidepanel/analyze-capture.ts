import { analyzeTable, type Analysis } from '../../../core/analyze.ts';
import { detectFindings } from '../../../core/findings/detect-findings.ts';
import type { Finding } from '../../../core/findings/finding.ts';
import type { FieldMap } from '../../../core/table/dataset.ts';
import { inferFieldMap, type FieldInference } from '../../../core/table/infer-fields.ts';
import type { RawTable } from '../../../core/table/raw-table.ts';

/** Everything the panel shows for one table: how its columns were matched, and the evidence and findings from them. */
export interface TableAnalysis {
  inference: FieldInference;
  analysis: Analysis;
  findings: Finding[];
}

/**
 * Analyse a table read from a page or a baseline file, broken down by department when a department column is known
 * (a page listing one team has none); the user's overrides win over inference.
 */
export function analyzeRaw(raw: RawTable, overrides: FieldMap | null): TableAnalysis {
  const inference = inferFieldMap(raw, { overrides: overrides ?? undefined });
  const analysis = analyzeTable(raw, { overrides: overrides ?? undefined, by: inference.fieldMap.department ? 'department' : null });
  return { inference, analysis, findings: detectFindings(analysis.evidence) };
}

/**
 * The user's mapping as overrides: every field inference or the user touched, an empty header keeping a field unmapped on
 * purpose (so inference does not bring it back).
 */
export function overridesFrom(inferred: FieldMap, chosen: FieldMap): FieldMap {
  const fields = new Set([...Object.keys(inferred), ...Object.keys(chosen)]) as Set<keyof FieldMap>;
  return Object.fromEntries([...fields].map((field) => [field, chosen[field] ?? ''])) as FieldMap;
}
