import { t } from '../i18n/index.ts';
import { compose } from './compose-text.ts';
import { departmentTable, evidenceColumn, noValue, tableDepartments } from './department-table.ts';
import { createDocumentContext, finishDocument, type DocumentContext } from './document-context.ts';
import { notesSection } from './document-notes.ts';
import type { Block, PeopleCaseDocument } from './document.ts';
import { findingSentence } from './finding-text.ts';
import { groupPhrase } from './phrases.ts';
import { planPlays, playText } from './plays.ts';
import type { ProposalInput } from './proposal-input.ts';
import { isCitable, type CitableEvidence } from './scope.ts';

/** Metrics a retrospective looks back on: how hires did at three months, whether they stayed, what training changed. */
const retrospectiveMetrics = ['quality_of_hire', 'early_attrition', 'training_effect'];

/**
 * The retrospective: did the hires meet expectations at three months, did the trained groups' business metric move more than
 * a comparison group's, and which plays to keep or change — the look back that earns HR the next project.
 * @example buildRetrospective(sampleInput('en', 'Sales')).sections.map((section) => section.id) // ['hires', 'training', 'next', 'notes']
 */
export function buildRetrospective(input: ProposalInput): PeopleCaseDocument {
  const context = createDocumentContext(input);
  const { lang } = context;
  const findings = context.findings.filter((finding) => retrospectiveMetrics.includes(finding.metric));
  const sections = [
    { id: 'hires', title: t(lang, 'retro.section.hires'), blocks: hireBlocks(context) },
    { id: 'training', title: t(lang, 'retro.section.training'), blocks: trainingBlocks(context) },
    { id: 'next', title: t(lang, 'retro.section.next'), blocks: nextBlocks({ ...context, findings }) },
  ];
  const title = context.scope === null ? t(lang, 'retro.title.company') : t(lang, 'retro.title', { scope: context.scope });
  return finishDocument(context, 'retrospective', title, [...sections, notesSection(context, findings)], [], input.now);
}

function scopeName(context: DocumentContext): string {
  return context.scope ?? t(context.lang, 'proposal.scope.company');
}

function sentencesFor(context: DocumentContext, metric: string): Block[] {
  return context.findings.filter((finding) => finding.metric === metric).map((finding) => ({ kind: 'paragraph', content: findingSentence(context, finding) }));
}

function hireBlocks(context: DocumentContext): Block[] {
  const { lang } = context;
  const table = departmentTable(context, tableDepartments(context, ['quality_of_hire']), [
    evidenceColumn(t(lang, 'retro.header.assessed'), 'quality_of_hire', 'denominator'),
    evidenceColumn(t(lang, 'retro.header.meeting'), 'quality_of_hire', 'numerator'),
    evidenceColumn(t(lang, 'retro.header.share'), 'quality_of_hire', 'value'),
    evidenceColumn(t(lang, 'retro.header.rest'), 'quality_of_hire', 'restValue'),
  ]);
  if (!table) return [{ kind: 'paragraph', content: compose(lang, 'retro.hires.none', { scope: scopeName(context) }) }];
  return [{ kind: 'paragraph', content: compose(lang, 'retro.hires.intro') }, table, ...sentencesFor(context, 'quality_of_hire')];
}

/** Every measured training of the scope (by department or by course), with its comparison group where there was one. */
function trainingBlocks(context: DocumentContext): Block[] {
  const { lang, quantities: q } = context;
  const trainings = context.evidence.filter(
    (item): item is CitableEvidence =>
      item.metric === 'training_effect' && isCitable(item) && (context.scope === null || (item.segment?.field === 'department' && item.segment.value === context.scope)),
  );
  if (trainings.length === 0) return [{ kind: 'paragraph', content: compose(lang, 'retro.training.none', { scope: scopeName(context) }) }];
  return [
    { kind: 'paragraph', content: compose(lang, 'retro.training.intro') },
    {
      kind: 'table',
      header: [t(lang, 'retro.header.group'), t(lang, 'retro.header.participants'), t(lang, 'retro.header.effect'), t(lang, 'retro.header.comparison')],
      rows: trainings.map((item) => [
        [groupPhrase(lang, item.segment)],
        [q.evidence(item, 'n')],
        [q.evidence(item, 'value')],
        item.restValue === null ? [noValue] : [q.evidence(item, 'restValue')],
      ]),
    },
    ...sentencesFor(context, 'training_effect'),
  ];
}

function nextBlocks(context: DocumentContext): Block[] {
  const { lang } = context;
  const plays = planPlays(context);
  if (plays.length === 0) return [{ kind: 'paragraph', content: compose(lang, 'retro.next.none') }];
  return [
    {
      kind: 'list',
      ordered: false,
      items: plays.map((play) =>
        compose(lang, 'retro.next.item', { title: playText(context, play, play.recommendation.title), target: playText(context, play, play.recommendation.target.key) }),
      ),
    },
  ];
}
