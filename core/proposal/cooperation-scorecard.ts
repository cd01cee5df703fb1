import { t } from '../i18n/index.ts';
import { compose } from './compose-text.ts';
import { departmentTable, evidenceColumn, tableDepartments, type DepartmentColumn } from './department-table.ts';
import { createDocumentContext, finishDocument, type DocumentContext } from './document-context.ts';
import { notesSection } from './document-notes.ts';
import type { Block, PeopleCaseDocument } from './document.ts';
import { findingSentence } from './finding-text.ts';
import { cooperationKpi } from './playbook/cooperation-kpi.ts';
import { recoveryLevel } from './playbook/target-rules.ts';
import { metricPhrase } from './phrases.ts';
import { policyRef, recoveryLevelRef } from './plays.ts';
import type { ProposalInput } from './proposal-input.ts';
import { departmentEvidence, type CitableEvidence } from './scope.ts';

/** Shares of department actions done within their deadline: the scores a department head is held to. */
const complianceMetrics = ['interview_feedback_sla', 'cooperation_sla'];
const scorecardMetrics = [...complianceMetrics, 'approval_cycle_time'];

/** A department's lowest compliance item, or undefined when none is measured: what its status and its rank rest on. */
function weakestItem(context: DocumentContext, department: string | null): CitableEvidence | undefined {
  return complianceMetrics
    .flatMap((metric) => departmentEvidence(context.evidence, metric, null, department).slice(0, 1))
    .sort((a, b) => a.value - b.value)[0];
}

function lowestCompliance(context: DocumentContext, department: string | null): number | null {
  return weakestItem(context, department)?.value ?? null;
}

const statusColumn = (header: string): DepartmentColumn => ({
  header,
  cell(context, department) {
    const lowest = lowestCompliance(context, department);
    const key = lowest === null ? 'scorecard.status.unknown' : lowest >= recoveryLevel ? 'scorecard.status.met' : 'scorecard.status.below';
    return [t(context.lang, key)];
  },
});

/**
 * The cooperation scorecard: each department's interview feedback and approvals against their deadlines, best first, with the
 * suggestion to weight it at 10–15% of the department head's objectives and a status against the target — published monthly,
 * it makes cooperation part of how a department is judged.
 * @example buildCooperationScorecard(sampleInput('en', null)).sections.map((section) => section.id) // ['scores', 'focus', 'notes']
 */
export function buildCooperationScorecard(input: ProposalInput): PeopleCaseDocument {
  const context = createDocumentContext(input);
  const { lang, quantities: q } = context;
  const departments = tableDepartments(context, scorecardMetrics).sort(
    (a, b) => (lowestCompliance(context, b) ?? -1) - (lowestCompliance(context, a) ?? -1),
  );
  const table = departmentTable(context, departments, [
    evidenceColumn(t(lang, 'scorecard.header.feedback'), 'interview_feedback_sla', 'value'),
    evidenceColumn(t(lang, 'scorecard.header.approval'), 'approval_cycle_time', 'value'),
    evidenceColumn(t(lang, 'scorecard.header.actions'), 'cooperation_sla', 'value'),
    statusColumn(t(lang, 'scorecard.header.status')),
  ]);
  const scope = context.scope ?? t(lang, 'proposal.scope.company');
  const intro = compose(lang, 'scorecard.intro', {
    weightLow: policyRef(context, cooperationKpi, 'weightLow'),
    weightHigh: policyRef(context, cooperationKpi, 'weightHigh'),
    target: recoveryLevelRef(context),
  });
  const scores: Block[] = table ? [{ kind: 'paragraph', content: intro }, table] : [{ kind: 'paragraph', content: compose(lang, 'scorecard.none', { scope }) }];
  const findings = context.findings.filter((finding) => scorecardMetrics.includes(finding.metric));
  const stated = new Set(findings.map((finding) => finding.department));
  const below = departments.flatMap((department) => {
    const item = weakestItem(context, department);
    return item && item.value < recoveryLevel && !stated.has(department) ? [{ department, item }] : [];
  });
  const focus: Block[] = [
    ...findings.map((finding): Block => ({ kind: 'paragraph', content: findingSentence(context, finding) })),
    ...(below.length > 0
      ? [
          {
            kind: 'list',
            ordered: false,
            items: below.map(({ department, item }) =>
              compose(lang, 'scorecard.focus.below', {
                department,
                metric: metricPhrase(lang, item.metric, item.variant),
                value: q.evidence(item, 'value'),
                target: recoveryLevelRef(context),
              }),
            ),
          } satisfies Block,
        ]
      : findings.length > 0
        ? []
        : [{ kind: 'paragraph', content: compose(lang, table ? 'scorecard.focus.none' : 'scorecard.none', { scope }) } satisfies Block]),
  ];
  const sections = [
    { id: 'scores', title: t(lang, 'scorecard.section.scores'), blocks: scores },
    { id: 'focus', title: t(lang, 'scorecard.section.focus'), blocks: focus },
    notesSection(context, findings),
  ];
  const title = context.scope === null ? t(lang, 'scorecard.title.company') : t(lang, 'scorecard.title', { scope: context.scope });
  return finishDocument(context, 'cooperation-scorecard', title, sections, [], input.now);
}
