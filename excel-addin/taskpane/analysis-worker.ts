import { analyzeTable, type Analysis } from '../../core/analyze.ts';
import { detectFindings } from '../../core/findings/detect-findings.ts';
import type { Finding } from '../../core/findings/finding.ts';
import { formatDate, t, type Lang } from '../../core/i18n/index.ts';
import { buildProposal } from '../../core/proposal/build-proposal.ts';
import { createDocumentContext } from '../../core/proposal/document-context.ts';
import { findingSentence } from '../../core/proposal/finding-text.ts';
import { metricPhrase } from '../../core/proposal/phrases.ts';
import { evidenceFormat } from '../../core/proposal/quantities.ts';
import { defaultAssumptions } from '../../core/impact/assumptions.ts';
import { formatValue } from '../../core/render/format-value.ts';
import { renderHtml } from '../../core/render/html.ts';
import { inlineText } from '../../core/render/inline-text.ts';
import { renderMarkdown } from '../../core/render/markdown.ts';
import { createSnapshot } from '../../core/snapshot/create-snapshot.ts';
import { parseSnapshot } from '../../core/snapshot/parse-snapshot.ts';
import { dayFromIso, isoFromDay, ymdFromDay } from '../../core/table/day.ts';
import { inferFieldMap } from '../../core/table/infer-fields.ts';
import { detectRole } from '../../core/table/detect-role.ts';
import type { RawTable } from '../../core/table/raw-table.ts';
import { readTableFile } from '../../core/table/read-table-file.ts';
import type { AnalysisView, LoadedTable, WorkerFailure, WorkerReplies, WorkerRequest } from './analysis-protocol.ts';

/** The table and analysis the pane works on; kept here so megabytes of rows never cross back to the page. */
let raw: RawTable | null = null;
let analysis: Analysis | null = null;
let findings: Finding[] = [];

function loaded(table: RawTable): LoadedTable {
  raw = table;
  analysis = null;
  const headers = table.columns.map((column) => column.header);
  const inference = inferFieldMap(table);
  return { headers, rowCount: table.rowCount, fieldMap: inference.fieldMap, sources: inference.sources, ambiguities: inference.ambiguities, role: detectRole(table) };
}

function requireAnalysis(): Analysis {
  if (!analysis) throw new Error('No analysis yet');
  return analysis;
}

/** Calendar years that hold hire or termination dates, newest first, for the period filter. */
function yearsOf(current: Analysis): number[] {
  const years = new Set<number>();
  for (const field of ['hireDate', 'terminationDate'] as const) {
    const column = current.dataset.fields[field];
    if (column?.type === 'date') for (const day of column.days) if (day <= current.dataset.asOf) years.add(ymdFromDay(day)[0]);
  }
  return [...years].sort((a, b) => b - a).slice(0, 6);
}

function analyze(request: Extract<WorkerRequest, { type: 'analyze' }>): AnalysisView {
  if (!raw) throw new Error('No table loaded');
  const period = request.period ? { from: dayFromIso(request.period.from), to: dayFromIso(request.period.to) } : null;
  analysis = analyzeTable(raw, { by: 'department', overrides: request.overrides, period });
  findings = detectFindings(analysis.evidence);
  const context = createDocumentContext({ lang: request.lang, scope: null, evidence: analysis.evidence, findings, impacts: [], assumptions: defaultAssumptions, goals: [], now: new Date() });
  const sentences = context.findings.map((finding) => findingSentence(context, finding));
  const doc = { lang: request.lang, quantities: context.quantities.quantities() };
  const views = context.findings.map((finding, index) => ({ id: finding.id, text: inlineText(doc, sentences[index]), significant: finding.significant, confidence: finding.confidence }));
  const departments = [...new Set(analysis.evidence.flatMap((item) => (item.segment?.field === 'department' ? [item.segment.value] : [])))];
  return {
    fieldMap: analysis.fieldMap,
    evidence: analysis.evidence,
    findings: views,
    issues: analysis.issues,
    period: analysis.period ? { from: isoFromDay(analysis.period.from), to: isoFromDay(analysis.period.to) } : null,
    asOf: isoFromDay(analysis.dataset.asOf),
    departments,
    years: yearsOf(analysis),
  };
}

/** "Turnover rate: 18.0% → 11.0% since 3 Mar 2025" for each whole-company or same-segment figure that changed. */
function compare(json: string, lang: Lang): string[] {
  const snapshot = parseSnapshot(json);
  const current = new Map(requireAnalysis().evidence.map((item) => [`${item.metric}|${item.variant}|${item.segment?.field}=${item.segment?.value}`, item]));
  const date = formatDate(lang, snapshot.createdAt.slice(0, 10));
  return snapshot.evidence.flatMap((before) => {
    const after = current.get(`${before.metric}|${before.variant}|${before.segment?.field}=${before.segment?.value}`);
    if (!after || before.segment !== null || before.value === null || after.value === null || after.suppressed || before.value === after.value) return [];
    const show = (value: number) => formatValue(lang, value, evidenceFormat(before), snapshot.assumptions.currency);
    return [t(lang, 'ui.snapshots.change', { metric: metricPhrase(lang, before.metric, before.variant), before: show(before.value), after: show(after.value), date })];
  });
}

async function handle(request: WorkerRequest): Promise<WorkerReplies[WorkerRequest['type']]> {
  switch (request.type) {
    case 'load-file':
      return loaded(await readTableFile(new Uint8Array(request.bytes), request.fileName));
    case 'load-raw':
      return loaded(request.raw);
    case 'analyze':
      return analyze(request);
    case 'propose': {
      const current = requireAnalysis();
      return buildProposal({ lang: request.lang, scope: request.scope, evidence: current.evidence, findings, impacts: [], assumptions: request.assumptions, goals: [], now: new Date() });
    }
    case 'snapshot': {
      const current = requireAnalysis();
      return JSON.stringify(createSnapshot({ lang: request.lang, scope: request.scope, datasets: [current.dataset], assumptions: request.assumptions, evidence: current.evidence, findings, documents: request.documents }));
    }
    case 'compare':
      return compare(request.json, request.lang);
    case 'render':
      return request.format === 'markdown' ? renderMarkdown(request.doc) : renderHtml(request.doc, { chartImages: {} });
  }
}

/** A thrown error as something the pane can translate: read and snapshot errors carry a code, anything else its message. */
function failure(request: WorkerRequest, error: unknown): WorkerFailure {
  const { code, params, message, name } = error as { code?: string; params?: Record<string, string | number>; message?: string; name?: string };
  const kind = request.type === 'load-file' ? 'read' : name === 'SnapshotError' || request.type === 'compare' ? 'storage' : 'analysis';
  const key = code ? (name === 'SnapshotError' ? `snapshot.error.${code}` : `readError.${code}`) : null;
  return { kind, key, params: params ?? {}, detail: message ?? String(error) };
}

self.onmessage = async (event: MessageEvent<{ id: number; request: WorkerRequest }>) => {
  const { id, request } = event.data;
  try {
    self.postMessage({ id, reply: await handle(request) });
  } catch (error) {
    self.postMessage({ id, failure: failure(request, error) });
  }
};
