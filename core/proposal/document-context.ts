import type { Assumptions } from '../impact/assumptions.ts';
import type { Finding, Impact } from '../findings/finding.ts';
import type { Lang } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { isoFromDay, todayDay } from '../table/day.ts';
import type { ChartSpec, DocumentKind, PeopleCaseDocument, Section } from './document.ts';
import type { DataSource, DepartmentGoal, ProposalInput } from './proposal-input.ts';
import { createQuantityRegistry, type QuantityRegistry } from './quantities.ts';
import { indexEvidence, scopedFindings } from './scope.ts';

/** What every part of a document builder reads: the input, indexed, the scope's statable findings and one quantity registry. */
export interface DocumentContext {
  lang: Lang;
  scope: string | null;
  evidence: readonly Evidence[];
  evidenceById: ReadonlyMap<string, Evidence>;
  /** The scope's findings that can be stated without a suppressed number, strongest first. */
  findings: Finding[];
  impacts: readonly Impact[];
  assumptions: Assumptions;
  goals: readonly DepartmentGoal[];
  sources: readonly DataSource[];
  quantities: QuantityRegistry;
  /** The document date, ISO. */
  today: string;
}

/**
 * The shared context of one document from the builders' common input: evidence indexed, findings narrowed to the scope and
 * ranked, a fresh quantity registry in the assumptions' currency, and the document date from `now`.
 * @example createDocumentContext(input).today // '2025-03-14'
 */
export function createDocumentContext(input: ProposalInput): DocumentContext {
  const evidenceById = indexEvidence(input.evidence);
  return {
    lang: input.lang,
    scope: input.scope,
    evidence: input.evidence,
    evidenceById,
    findings: scopedFindings(input.findings, evidenceById, input.scope),
    impacts: input.impacts,
    assumptions: input.assumptions,
    goals: input.goals,
    sources: input.sources ?? [],
    quantities: createQuantityRegistry(input.assumptions),
    today: isoFromDay(todayDay(input.now)),
  };
}

/**
 * The finished document: its sections with every quantity they refer to, so a document is always self-contained.
 * @example finishDocument(context, 'progress-brief', 'Recruiting progress brief', sections, [], now).kind // 'progress-brief'
 */
export function finishDocument(
  context: DocumentContext,
  kind: DocumentKind,
  title: string,
  sections: Section[],
  charts: ChartSpec[],
  now: Date,
): PeopleCaseDocument {
  return { kind, lang: context.lang, title, scope: context.scope, createdAt: now.toISOString(), sections, quantities: context.quantities.quantities(), charts };
}
