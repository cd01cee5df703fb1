import type { Finding } from '../findings/finding.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { findingChart } from './charts.ts';
import { capitalizeFirst, capitalizeText, compose, joinInlines, joinSentences } from './compose-text.ts';
import { createDocumentContext, finishDocument, type DocumentContext } from './document-context.ts';
import { appendixBlocks, dataCaveats } from './document-notes.ts';
import type { Block, ChartSpec, Inline, PeopleCaseDocument, Section } from './document.ts';
import { findingSentence, findingShort, latestCited } from './finding-text.ts';
import { assumptionTable, impactOfFinding, impactSentence, shownImpacts, usedAssumptions, type ShownImpact } from './impacts.ts';
import { metricPhrase } from './phrases.ts';
import { planPlays, plannedSteps, playText, type PlannedPlay } from './plays.ts';
import type { ProposalInput } from './proposal-input.ts';
import { goalsOf, goalText } from './goals.ts';
import { departmentEvidence } from './scope.ts';

/** Findings the evidence section states: enough to make the case, few enough to read in two minutes. */
export const maxEvidenceFindings = 5;

/** Department goals a company-wide proposal quotes. */
const maxGoals = 3;

/**
 * The proposal (DESIGN.md §5) for a department or the whole company: decision requested, situation, evidence, business impact,
 * recommendation, targets, cooperation needed, plan, risks and data caveats, appendix — in that order, in one language. Every
 * number is a quantity reference traced to the evidence, impact, assumption or target it comes from; suppressed evidence never
 * appears; inconclusive findings are worded as such. With no findings every section still says where things stand.
 * @example buildProposal({ lang: 'en', scope: 'R&D', evidence, findings, impacts: [], assumptions: defaultAssumptions, goals: [], now }).sections.length // 10
 */
export function buildProposal(input: ProposalInput): PeopleCaseDocument {
  const context = createDocumentContext(input);
  const { lang } = context;
  const shown = context.findings.slice(0, maxEvidenceFindings);
  const plays = planPlays(context);
  const impacts = shownImpacts(context, [...shown, ...plays.map((play) => play.primary)]);
  const charts: ChartSpec[] = [];
  const section = (id: string, key: MessageKey, blocks: Block[]): Section => ({ id, title: t(lang, key), blocks });
  const sections = [
    section('decision', 'proposal.section.decision', decisionBlocks(context, plays)),
    section('situation', 'proposal.section.situation', situationBlocks(context, plays)),
    section('evidence', 'proposal.section.evidence', evidenceBlocks(context, shown, charts)),
    section('impact', 'proposal.section.impact', impactBlocks(context, impacts)),
    section('recommendation', 'proposal.section.recommendation', recommendationBlocks(context, plays)),
    section('targets', 'proposal.section.targets', targetBlocks(context, plays)),
    section('cooperation', 'proposal.section.cooperation', cooperationBlocks(context, plays)),
    section('plan', 'proposal.section.plan', planBlocks(context, plays)),
  ];
  const risks = [...uniqueTexts(context, plays, (play) => play.recommendation.risks), ...dataCaveats(context, shown, impacts.map(({ impact }) => impact))];
  sections.push(section('risks', 'proposal.section.risks', [list(risks.length > 0 ? risks : [compose(lang, 'proposal.risk.none')])]));
  sections.push(section('appendix', 'proposal.section.appendix', appendixBlocks(context, true)));
  const title = context.scope === null ? t(lang, 'proposal.title.company') : t(lang, 'proposal.title', { scope: context.scope });
  return finishDocument(context, 'proposal', title, sections, charts, input.now);
}

function paragraph(content: Inline[]): Block {
  return { kind: 'paragraph', content };
}

function list(items: Inline[][]): Block {
  return { kind: 'list', ordered: false, items };
}

/** The scope as a sentence names it: the department, or the whole company. */
function scopeName(context: DocumentContext): string {
  return context.scope ?? t(context.lang, 'proposal.scope.company');
}

/** Texts of the plays from one of their key lists, each key once (two plays never ask the same thing twice). */
function uniqueTexts(context: DocumentContext, plays: readonly PlannedPlay[], keys: (play: PlannedPlay) => readonly MessageKey[]): Inline[][] {
  const seen = new Map<MessageKey, Inline[]>();
  for (const play of plays) for (const key of keys(play)) if (!seen.has(key)) seen.set(key, playText(context, play, key));
  return [...seen.values()];
}

/**
 * Share of an impact a target avoids: the cost scales with the rate for "less is better" metrics, with the shortfall from 100%
 * for shares to raise, with the distance from 0 for a signed gap (toward-zero); none for a neutral metric.
 */
function shareAvoided(play: PlannedPlay): number | null {
  const current = play.evidence.value;
  const target = play.targetValue;
  switch (play.evidence.direction) {
    case 'down':
      return current > 0 && target < current ? (current - target) / current : null;
    case 'up':
      return play.evidence.unit === 'ratio' && current < 1 && target > current ? (target - current) / (1 - current) : null;
    case 'toward-zero':
      return Math.abs(target) < Math.abs(current) ? (Math.abs(current) - Math.abs(target)) / Math.abs(current) : null;
    case 'neutral':
      return null;
  }
}

/** A saving estimate to three significant figures: the inputs are ranges, so more digits would be false precision. */
function roundMoney(amount: number): number {
  return Number(amount.toPrecision(3));
}

function decisionBlocks(context: DocumentContext, plays: readonly PlannedPlay[]): Block[] {
  const { lang, quantities: q } = context;
  if (plays.length === 0) return [paragraph(compose(lang, 'proposal.decision.none', { scope: scopeName(context) }))];
  const ownScope = context.scope !== null && plays.every((play) => play.primary.department === context.scope);
  const items = plays.map((play) => {
    const ask = playText(context, play, play.recommendation.ask);
    return ownScope ? ask : compose(lang, 'proposal.decision.item', { ask, group: play.params.group });
  });
  const sentences = [
    ownScope
      ? compose(lang, 'proposal.decision.ask-for', { scope: scopeName(context), items: joinInlines(lang, items) })
      : compose(lang, 'proposal.decision.ask', { items: joinInlines(lang, items) }),
  ];
  const costed = plays
    .map((play) => ({ play, impact: impactOfFinding(context, play.primary) }))
    .filter((entry): entry is { play: PlannedPlay; impact: NonNullable<typeof entry.impact> } => entry.impact !== null)
    .sort((a, b) => b.impact.base - a.impact.base)[0];
  if (costed) {
    const { play, impact } = costed;
    sentences.push(
      compose(lang, 'proposal.decision.cost-now', {
        problem: findingShort(context, play.primary),
        base: q.impact(impact, 'base'),
        low: q.impact(impact, 'low'),
        high: q.impact(impact, 'high'),
      }),
    );
    const share = shareAvoided(play);
    if (share !== null) {
      const saving = q.derived(`saving:${play.recommendation.id}:${play.primary.id}`, roundMoney(impact.base * share), 'currency', [...new Set([...impact.evidenceIds, play.evidence.id])]);
      sentences.push(compose(lang, 'proposal.decision.return', { date: play.params.date, saving }));
    }
  } else {
    sentences.push(compose(lang, 'proposal.decision.no-impact'));
  }
  sentences.push(compose(lang, 'proposal.decision.price', { costs: joinInlines(lang, uniqueTexts(context, plays, (play) => [play.recommendation.cost]), 'clauses') }));
  return [paragraph(joinSentences(lang, sentences))];
}

function situationBlocks(context: DocumentContext, plays: readonly PlannedPlay[]): Block[] {
  const { lang, quantities: q } = context;
  const scope = scopeName(context);
  const departments = context.scope !== null ? [context.scope] : [...new Set(plays.map((play) => play.primary.department).filter((name) => name !== null))];
  const goals = goalsOf(context, departments).slice(0, context.scope === null ? maxGoals : undefined);
  const sentences: Inline[][] = goals.map((goal) => compose(lang, 'proposal.situation.goal', { scope: goal.department, goal: goalText(context, goal) }));
  if (goals.length === 0) sentences.push(compose(lang, 'proposal.situation.no-goal', { scope }));
  const headcount = departmentEvidence(context.evidence, 'headcount', null, context.scope)[0];
  if (headcount) sentences.push(capitalizeFirst(lang, compose(lang, 'proposal.situation.headcount', { scope, headcount: q.evidence(headcount, 'value') })));
  if (context.findings.length === 0) {
    sentences.push(capitalizeFirst(lang, compose(lang, 'proposal.situation.quiet', { scope })));
  } else {
    const ids = context.findings.flatMap((finding) => finding.evidenceIds).filter((id) => context.evidenceById.get(id)?.suppressed === false);
    const count = q.derived(`findings:${context.scope ?? '*'}`, context.findings.length, 'integer', [...new Set(ids)]);
    const significant = q.derived(`significant:${context.scope ?? '*'}`, context.findings.filter((finding) => finding.significant).length, 'integer', [...new Set(ids)]);
    sentences.push(compose(lang, 'proposal.situation.standing', { count, significant, scope }));
  }
  return [paragraph(joinSentences(lang, sentences))];
}

function evidenceBlocks(context: DocumentContext, shown: readonly Finding[], charts: ChartSpec[]): Block[] {
  if (shown.length === 0) return [paragraph(capitalizeFirst(context.lang, compose(context.lang, 'proposal.situation.quiet', { scope: scopeName(context) })))];
  return shown.flatMap((finding): Block[] => {
    const chart = findingChart(context, finding);
    charts.push(chart.spec);
    return [paragraph(findingSentence(context, finding)), { kind: 'chart', chartId: chart.spec.id, caption: chart.caption }];
  });
}

function impactBlocks(context: DocumentContext, impacts: readonly ShownImpact[]): Block[] {
  const { lang } = context;
  if (impacts.length === 0) return [paragraph(compose(lang, 'proposal.decision.no-impact'))];
  return [
    paragraph(joinSentences(lang, impacts.map((shown) => impactSentence(context, shown)))),
    paragraph(compose(lang, 'proposal.impact.assumptions')),
    assumptionTable(context, usedAssumptions(impacts.map(({ impact }) => impact)), false),
  ];
}

/**
 * The findings a play answers in its primary finding's group, primary first, one per number they quote: the problem and what
 * goes with it there (its leavers' pay, their reasons), where a gap and a change on the same figure would repeat it.
 */
function answeredInGroup(context: DocumentContext, play: PlannedPlay): Finding[] {
  const group = JSON.stringify(play.primary.segment);
  const byFigure = new Map<string, Finding>();
  for (const finding of play.findings) {
    const figure = latestCited(context, finding).id;
    if (JSON.stringify(finding.segment) === group && !byFigure.has(figure)) byFigure.set(figure, finding);
  }
  return [...byFigure.values()];
}

function recommendationBlocks(context: DocumentContext, plays: readonly PlannedPlay[]): Block[] {
  const { lang } = context;
  if (plays.length === 0) return [paragraph(compose(lang, 'proposal.recommendation.none'))];
  return plays.flatMap((play): Block[] => [
    paragraph(
      compose(lang, 'proposal.recommendation.responds', {
        title: playText(context, play, play.recommendation.title),
        finding: joinInlines(lang, answeredInGroup(context, play).map((finding) => findingShort(context, finding))),
      }),
    ),
    list(play.recommendation.actions.map((key) => playText(context, play, key))),
  ]);
}

/** One line per target: a play sharing an earlier play's target (the same metric in the same group) does not state it again. */
function targetBlocks(context: DocumentContext, plays: readonly PlannedPlay[]): Block[] {
  if (plays.length === 0) return [paragraph(compose(context.lang, 'proposal.targets.none'))];
  const setting = plays.filter((play) => !play.sharesTarget);
  return [list(setting.map((play) => capitalizeFirst(context.lang, playText(context, play, play.recommendation.target.key))))];
}

function cooperationBlocks(context: DocumentContext, plays: readonly PlannedPlay[]): Block[] {
  const { lang } = context;
  if (plays.length === 0) return [paragraph(compose(lang, 'proposal.cooperation.none'))];
  return [
    paragraph(
      context.scope === null
        ? compose(lang, 'proposal.cooperation.departments')
        : capitalizeFirst(lang, compose(lang, 'proposal.cooperation.department', { scope: context.scope })),
    ),
    list(uniqueTexts(context, plays, (play) => play.recommendation.departmentGives)),
    paragraph(compose(lang, 'proposal.cooperation.hr')),
    list(uniqueTexts(context, plays, (play) => play.recommendation.hrGives)),
  ];
}

function planBlocks(context: DocumentContext, plays: readonly PlannedPlay[]): Block[] {
  const { lang, quantities: q } = context;
  if (plays.length === 0) return [paragraph(compose(lang, 'proposal.plan.none'))];
  const phaseKeys = { plan: 'proposal.phase.plan', do: 'proposal.phase.do', check: 'proposal.phase.check', act: 'proposal.phase.act' } as const;
  return [
    paragraph(compose(lang, 'proposal.plan.intro')),
    {
      kind: 'table',
      header: [t(lang, 'proposal.table.date'), t(lang, 'proposal.table.phase'), t(lang, 'proposal.table.action'), t(lang, 'proposal.table.metric-checked')],
      rows: plannedSteps(context, plays).map(({ date, play, checkpoint }) => [
        [q.date(date)],
        [t(lang, phaseKeys[checkpoint.phase])],
        playText(context, play, checkpoint.step),
        [capitalizeText(lang, checkpoint.metric === null ? metricPhrase(lang, play.primary.metric, play.primary.variant) : metricPhrase(lang, checkpoint.metric, null))],
      ]),
    },
  ];
}
