import { t } from '../i18n/index.ts';
import { compose, joinSentences } from './compose-text.ts';
import { departmentTable, evidenceColumn, noValue, shortfallRef, tableDepartments } from './department-table.ts';
import { createDocumentContext, finishDocument, type DocumentContext } from './document-context.ts';
import { notesSection } from './document-notes.ts';
import type { Block, Inline, PeopleCaseDocument } from './document.ts';
import { recoveryLevel } from './playbook/target-rules.ts';
import { recoveryLevelRef } from './plays.ts';
import type { ProposalInput } from './proposal-input.ts';
import { departmentEvidence, type CitableEvidence } from './scope.ts';

const funnelMetrics = ['hiring_plan_completion', 'offer_acceptance_rate', 'time_to_fill'];

/** Feedback evidence with both counts, so late feedbacks can be counted. */
type CountedEvidence = CitableEvidence & { numerator: number; denominator: number };

function feedbackOf(context: DocumentContext, department: string | null): CountedEvidence | undefined {
  const item = departmentEvidence(context.evidence, 'interview_feedback_sla', null, department)[0];
  return item && item.numerator !== null && item.denominator !== null ? (item as CountedEvidence) : undefined;
}

/**
 * The weekly recruiting progress brief: where hiring stands against plan, the funnel by department (planned, hired, offers made
 * and accepted, time to fill) and interview feedback that missed its deadline, with a named ask to each department behind —
 * the brief a recruiter sends every week so no department is surprised.
 * @example buildProgressBrief(sampleInput('en', 'Sales')).sections.map((section) => section.id) // ['summary', 'funnel', 'sla', 'notes']
 */
export function buildProgressBrief(input: ProposalInput): PeopleCaseDocument {
  const context = createDocumentContext(input);
  const { lang } = context;
  const funnel = departmentTable(context, tableDepartments(context, funnelMetrics), [
    evidenceColumn(t(lang, 'brief.header.planned'), 'hiring_plan_completion', 'denominator'),
    evidenceColumn(t(lang, 'brief.header.hired'), 'hiring_plan_completion', 'numerator'),
    evidenceColumn(t(lang, 'brief.header.completion'), 'hiring_plan_completion', 'value'),
    evidenceColumn(t(lang, 'brief.header.offers'), 'offer_acceptance_rate', 'denominator'),
    evidenceColumn(t(lang, 'brief.header.accepted'), 'offer_acceptance_rate', 'numerator'),
    evidenceColumn(t(lang, 'brief.header.time-to-fill'), 'time_to_fill', 'value'),
  ]);
  const none: Block = { kind: 'paragraph', content: compose(lang, 'brief.none', { scope: context.scope ?? t(lang, 'proposal.scope.company') }) };
  const sections = [
    { id: 'summary', title: t(lang, 'brief.section.summary'), blocks: [summary(context)] },
    { id: 'funnel', title: t(lang, 'brief.section.funnel'), blocks: [funnel ?? none] },
    { id: 'sla', title: t(lang, 'brief.section.sla'), blocks: feedbackBlocks(context, none) },
  ];
  const findings = context.findings.filter((finding) => [...funnelMetrics, 'interview_feedback_sla'].includes(finding.metric));
  const title = context.scope === null ? t(lang, 'brief.title.company') : t(lang, 'brief.title', { scope: context.scope });
  return finishDocument(context, 'progress-brief', title, [...sections, notesSection(context, findings)], [], input.now);
}

function summary(context: DocumentContext): Block {
  const { lang, quantities: q } = context;
  const sentences: Inline[][] = [compose(lang, 'brief.status', { date: q.date(context.today) })];
  const plan = departmentEvidence(context.evidence, 'hiring_plan_completion', null, context.scope)[0];
  if (plan && plan.numerator !== null && plan.denominator !== null) {
    sentences.push(compose(lang, 'brief.plan', { hires: q.evidence(plan, 'numerator'), planned: q.evidence(plan, 'denominator'), completion: q.evidence(plan, 'value') }));
  }
  const feedback = feedbackOf(context, context.scope);
  if (feedback) sentences.push(compose(lang, 'brief.late', { late: late(context, feedback), due: q.evidence(feedback, 'denominator'), slaDays: q.assumption('feedbackSlaDays', 'base') }));
  if (sentences.length === 1) sentences.push(compose(lang, 'brief.none', { scope: context.scope ?? t(lang, 'proposal.scope.company') }));
  return { kind: 'paragraph', content: joinSentences(lang, sentences) };
}

function late(context: DocumentContext, item: CountedEvidence): Inline {
  return shortfallRef(context, item) ?? noValue;
}

/** Feedback counts by department, most late first, then an ask to every department below the recovery level. */
function feedbackBlocks(context: DocumentContext, none: Block): Block[] {
  const { lang, quantities: q } = context;
  const departments = tableDepartments(context, ['interview_feedback_sla'])
    .map((department) => ({ department, item: feedbackOf(context, department) }))
    .filter((entry): entry is { department: string; item: CountedEvidence } => entry.item !== undefined)
    .sort((a, b) => b.item.denominator - b.item.numerator - (a.item.denominator - a.item.numerator));
  const table = departmentTable(
    context,
    departments.map(({ department }) => department),
    [
      evidenceColumn(t(lang, 'brief.header.feedback-due'), 'interview_feedback_sla', 'denominator'),
      evidenceColumn(t(lang, 'brief.header.feedback-late'), 'interview_feedback_sla', 'shortfall'),
      evidenceColumn(t(lang, 'brief.header.feedback-on-time'), 'interview_feedback_sla', 'value'),
    ],
  );
  if (!table) return [none];
  const slaDays = q.assumption('feedbackSlaDays', 'base');
  const behind = departments.filter(({ item }) => item.value < recoveryLevel && item.numerator < item.denominator);
  const asks: Block =
    behind.length > 0
      ? { kind: 'list', ordered: false, items: behind.map(({ department, item }) => compose(lang, 'brief.ask', { department, late: late(context, item), slaDays })) }
      : { kind: 'paragraph', content: compose(lang, 'brief.on-track', { target: recoveryLevelRef(context) }) };
  return [table, asks];
}
