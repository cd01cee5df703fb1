import type { Target } from '../findings/detect-context.ts';
import { detectFindings } from '../findings/detect-findings.ts';
import type { Finding, Impact } from '../findings/finding.ts';
import type { Assumptions } from '../impact/assumptions.ts';
import type { Lang } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { buildAlignmentTable } from '../proposal/alignment-table.ts';
import { buildProposal } from '../proposal/build-proposal.ts';
import { buildCooperationScorecard } from '../proposal/cooperation-scorecard.ts';
import type { PeopleCaseDocument } from '../proposal/document.ts';
import { buildProgressBrief } from '../proposal/progress-brief.ts';
import type { DataSource, DepartmentGoal, ProposalInput } from '../proposal/proposal-input.ts';
import { buildRetrospective } from '../proposal/retrospective.ts';
import type { Dataset } from '../table/dataset.ts';
import type { TableRole } from '../table/fields.ts';
import { attachImpacts } from './attach-impacts.ts';

/** What the analysis of a company's tables hands to the case: evidence over every role, the datasets, goals and their targets. */
export interface CaseEvidence {
  datasets: Partial<Record<TableRole, Dataset>>;
  evidence: readonly Evidence[];
  goals: readonly DepartmentGoal[];
  targets: readonly Target[];
  /** Metric ids that measure the business, for the association detector. */
  businessMetrics?: readonly string[];
  sources?: readonly DataSource[];
}

/** The argument a proposal makes: ranked findings with their business impact, on top of the evidence. */
export interface Case extends CaseEvidence {
  findings: Finding[];
  impacts: Impact[];
  assumptions: Assumptions;
}

/**
 * Find what stands out in the evidence and cost it: detectors → impact estimates → ranking, the same for the CLI and both hosts.
 * @example buildCase(caseEvidence, defaultAssumptions).findings[0].kind // 'segment-gap'
 */
export function buildCase(input: CaseEvidence, assumptions: Assumptions): Case {
  const found = detectFindings(input.evidence, { targets: input.targets, businessMetrics: input.businessMetrics ?? [] });
  const evidenceById = new Map(input.evidence.map((item) => [item.id, item]));
  const { findings, impacts } = attachImpacts(found, { evidenceById, datasets: input.datasets, assumptions });
  return { ...input, findings, impacts, assumptions };
}

/** The document builders of a case, in the order a reader meets them (DESIGN.md §5): the proposal, then its companions. */
export const documentBuilders = [buildProposal, buildAlignmentTable, buildProgressBrief, buildRetrospective, buildCooperationScorecard] as const;

/**
 * Every document of a case in one language for one scope (a department, or null for the whole company).
 * @example caseDocuments(theCase, { lang: 'zh-CN', scope: 'R&D', now }).map((doc) => doc.kind) // ['proposal', 'alignment-table', …]
 */
export function caseDocuments(theCase: Case, options: { lang: Lang; scope: string | null; now: Date }): PeopleCaseDocument[] {
  const input: ProposalInput = {
    lang: options.lang,
    scope: options.scope,
    evidence: theCase.evidence,
    findings: theCase.findings,
    impacts: theCase.impacts,
    assumptions: theCase.assumptions,
    goals: theCase.goals,
    sources: theCase.sources,
    now: options.now,
  };
  return documentBuilders.map((build) => build(input));
}
