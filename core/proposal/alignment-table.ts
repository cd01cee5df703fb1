import { t } from '../i18n/index.ts';
import { compose, joinInlines, joinSentences } from './compose-text.ts';
import { createDocumentContext, finishDocument, type DocumentContext } from './document-context.ts';
import { notesSection } from './document-notes.ts';
import type { Block, Inline, PeopleCaseDocument } from './document.ts';
import { goalsOf, goalText } from './goals.ts';
import { planPlays, playText, type PlannedPlay } from './plays.ts';
import type { ProposalInput } from './proposal-input.ts';

/** Projects an alignment table lists: one page, every department's main plays. */
export const maxAlignedProjects = 8;

/**
 * The alignment table (HR project | department goal | value link | cooperation required): each play the findings call for,
 * beside the goal of the department it serves, how it serves it (with its dated target) and what it needs from the department
 * — the one-page answer to "why should my department help HR with this?".
 * @example buildAlignmentTable(sampleInput('en', null)).sections[0].blocks[1].kind // 'table'
 */
export function buildAlignmentTable(input: ProposalInput): PeopleCaseDocument {
  const context = createDocumentContext(input);
  const { lang } = context;
  const plays = planPlays(context, maxAlignedProjects);
  const scope = context.scope ?? t(lang, 'proposal.scope.company');
  const blocks: Block[] =
    plays.length === 0
      ? [{ kind: 'paragraph', content: compose(lang, 'alignment.none', { scope }) }]
      : [
          { kind: 'paragraph', content: compose(lang, 'alignment.intro') },
          {
            kind: 'table',
            header: [t(lang, 'alignment.header.project'), t(lang, 'alignment.header.goal'), t(lang, 'alignment.header.link'), t(lang, 'alignment.header.cooperation')],
            rows: plays.map((play) => alignmentRow(context, play)),
          },
        ];
  const sections = [{ id: 'alignment', title: t(lang, 'alignment.section.table'), blocks }, notesSection(context, plays.flatMap((play) => play.findings))];
  const title = context.scope === null ? t(lang, 'alignment.title.company') : t(lang, 'alignment.title', { scope: context.scope });
  return finishDocument(context, 'alignment-table', title, sections, [], input.now);
}

function alignmentRow(context: DocumentContext, play: PlannedPlay): Inline[][] {
  const { lang } = context;
  const department = play.primary.department;
  const goals = department === null ? [] : goalsOf(context, [department]);
  const { metric, target, date } = play.params;
  return [
    compose(lang, 'alignment.project', { title: playText(context, play, play.recommendation.title), group: play.params.group }),
    goals.length > 0 ? joinInlines(lang, goals.map((goal) => goalText(context, goal)), 'clauses') : compose(lang, 'alignment.no-goal'),
    compose(lang, 'alignment.link', { link: playText(context, play, play.recommendation.valueLink), metric, target, date }),
    joinSentences(lang, play.recommendation.departmentGives.map((key) => playText(context, play, key))),
  ];
}
