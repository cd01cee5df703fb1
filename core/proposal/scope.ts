import type { Finding } from '../findings/finding.ts';
import type { Evidence } from '../metrics/evidence.ts';

/** Evidence that may be shown: present, not suppressed, with a value. */
export type CitableEvidence = Evidence & { value: number; suppressed: false };

/**
 * Whether an evidence item may appear in a document: it exists, is not suppressed and has a value, so a small group's number
 * can never reach the text, a table or a chart.
 * @example isCitable({ ...item, suppressed: true }) // false
 */
export function isCitable(item: Evidence | undefined): item is CitableEvidence {
  return item !== undefined && !item.suppressed && item.value !== null && Number.isFinite(item.value);
}

/**
 * The evidence items a finding's sentence quotes: the primary item for gaps and targets, current and previous for a change,
 * every period for a trend, none for an association (it quotes r and n, not a group's value).
 * @example citedEvidenceIds({ kind: 'period-change', evidenceIds: ['now', 'before', 'extra'] }) // ['now', 'before']
 */
export function citedEvidenceIds(finding: Pick<Finding, 'kind' | 'evidenceIds'>): string[] {
  switch (finding.kind) {
    case 'segment-gap':
    case 'off-target':
      return finding.evidenceIds.slice(0, 1);
    case 'period-change':
      return finding.evidenceIds.slice(0, 2);
    case 'trend':
      return [...finding.evidenceIds];
    case 'association':
      return [];
  }
}

/**
 * Whether a finding can be stated without showing a suppressed or missing number: every item it quotes is citable, a change has
 * both periods, a trend at least two (each dated), an association carries its r and n.
 * @example isStatable(finding, evidenceById) // false when its primary evidence is suppressed
 */
export function isStatable(finding: Finding, evidenceById: ReadonlyMap<string, Evidence>): boolean {
  const cited = citedEvidenceIds(finding);
  if (!cited.every((id) => isCitable(evidenceById.get(id)))) return false;
  switch (finding.kind) {
    case 'period-change':
      return cited.length === 2 && cited.every((id) => evidenceById.get(id)?.period);
    case 'trend':
      return cited.length >= 2 && cited.every((id) => evidenceById.get(id)?.period);
    case 'association':
      return finding.association !== null;
    default:
      return cited.length === 1;
  }
}

/**
 * Whether a finding belongs in a document for this scope: a department document uses only that department's findings, a
 * company document all of them.
 * @example isInScope({ department: 'Sales' }, 'R&D') // false
 */
export function isInScope(finding: Pick<Finding, 'department'>, scope: string | null): boolean {
  return scope === null || finding.department === scope;
}

/**
 * The findings a document for this scope may state, strongest first: significant findings before inconclusive ones, then by
 * score, so the reader's first numbers are the ones that hold.
 * @example scopedFindings(findings, evidenceById, 'R&D').length // R&D's statable findings
 */
export function scopedFindings(findings: readonly Finding[], evidenceById: ReadonlyMap<string, Evidence>, scope: string | null): Finding[] {
  return findings
    .filter((finding) => isInScope(finding, scope) && isStatable(finding, evidenceById))
    .sort((a, b) => Number(b.significant) - Number(a.significant) || b.score - a.score);
}

/**
 * Evidence indexed by id, for lookups from findings and impacts.
 * @example indexEvidence([item]).get(item.id) === item // true
 */
export function indexEvidence(evidence: readonly Evidence[]): Map<string, Evidence> {
  return new Map(evidence.map((item) => [item.id, item]));
}

/**
 * The citable evidence of one metric for a department (or the whole company when department is null), latest period first,
 * so situation lines and companion tables quote the current value.
 * @example departmentEvidence(evidence, 'headcount', null, 'R&D')[0]?.value // R&D's latest headcount
 */
export function departmentEvidence(
  evidence: readonly Evidence[],
  metric: string,
  variant: string | null,
  department: string | null,
): CitableEvidence[] {
  return evidence
    .filter(
      (item): item is CitableEvidence =>
        item.metric === metric &&
        item.variant === variant &&
        (department === null ? item.segment === null : item.segment?.field === 'department' && item.segment.value === department) &&
        isCitable(item),
    )
    .sort((a, b) => (b.period?.to ?? '').localeCompare(a.period?.to ?? ''));
}

/**
 * Departments named by department-segmented evidence, in first-seen order, for documents that list every department.
 * @example departmentsOf(evidence) // ['R&D', 'Sales']
 */
export function departmentsOf(evidence: readonly Evidence[]): string[] {
  const seen = new Set<string>();
  for (const item of evidence) if (item.segment?.field === 'department') seen.add(item.segment.value);
  return [...seen];
}
