import type { Finding } from '../findings/finding.ts';
import { compose, type TextParam } from './compose-text.ts';
import { isoMonthEndAfter, isoPlusWeeks } from './dates.ts';
import type { DocumentContext } from './document-context.ts';
import type { Inline, QuantityRef } from './document.ts';
import { latestCited } from './finding-text.ts';
import { groupPhrase, metricPhrase } from './phrases.ts';
import { matchPlaybook, type PlaybookMatch } from './playbook/index.ts';
import type { Checkpoint, Recommendation } from './playbook/recommendation.ts';
import { recoveryLevel } from './playbook/target-rules.ts';
import { evidenceFormat } from './quantities.ts';
import type { CitableEvidence } from './scope.ts';

/** Plays a proposal recommends at most: more would not be read in two minutes. */
export const maxPlays = 4;

/** A play tailored to the finding it answers: its target, due date and the params every one of its texts is composed with. */
export interface PlannedPlay {
  recommendation: Recommendation;
  findings: Finding[];
  primary: Finding;
  /** The primary finding's current value. */
  evidence: CitableEvidence;
  targetValue: number;
  /** ISO date the target is due. */
  due: string;
  /** Whether an earlier play of the document set this play's target (the same metric in the same group): it is stated once. */
  sharesTarget: boolean;
  /** `{group}`, `{metric}`, `{current}`, `{target}`, `{date}` and the play's own numbers. */
  params: Record<string, TextParam>;
}

/** A dated step of a planned play. */
export interface PlannedStep {
  date: string;
  play: PlannedPlay;
  checkpoint: Checkpoint;
}

/**
 * The plays for a document's findings, tailored and capped: taken in turn across the findings they answer (the strongest
 * finding's first play, then the next finding's, …) so one problem cannot crowd out the others.
 * @example planPlays(context).map((play) => play.recommendation.id) // ['dual-career-track-pilot', 'precise-role-profiles', …]
 */
export function planPlays(context: DocumentContext, limit = maxPlays): PlannedPlay[] {
  const matches = matchPlaybook(context.findings, { scope: context.scope, evidence: context.evidenceById, goals: context.goals });
  const targets = new Map<string, PlannedPlay>();
  return interleaveByFinding(matches)
    .slice(0, limit)
    .map((match) => planPlay(context, match, targets));
}

/** What a target is set on: a metric (and variant) in a group, whichever finding or period cites it. */
function targetSubject(evidence: CitableEvidence): string {
  return JSON.stringify([evidence.metric, evidence.variant, evidence.segment?.field ?? null, evidence.segment?.value ?? null]);
}

/** Matches reordered round-robin over their primary findings, keeping each finding's plays in playbook order. */
function interleaveByFinding(matches: readonly PlaybookMatch[]): PlaybookMatch[] {
  const byFinding = new Map<string, PlaybookMatch[]>();
  for (const match of matches) {
    const id = match.findings[0].id;
    byFinding.set(id, [...(byFinding.get(id) ?? []), match]);
  }
  const queues = [...byFinding.values()];
  const out: PlaybookMatch[] = [];
  for (let round = 0; out.length < matches.length; round++) for (const queue of queues) if (queue[round]) out.push(queue[round]);
  return out;
}

/**
 * A play tailored to its primary finding. The first play on a metric in a group sets its target; a later play on the same
 * metric and group shares that target, value, quantity and due date, so a document never asks for one figure by two deadlines
 * (a pilot's 12 months and stay interviews' 9 once gave "17.0% by Nov 30, 2027" and "17.0% by Aug 31, 2027").
 */
function planPlay(context: DocumentContext, match: PlaybookMatch, targets: Map<string, PlannedPlay>): PlannedPlay {
  const { lang, quantities: q } = context;
  const { recommendation } = match;
  const primary = match.findings[0];
  const evidence = latestCited(context, primary);
  const subject = targetSubject(evidence);
  const lead = targets.get(subject);
  const { value: targetValue, due } = lead ? { value: lead.targetValue, due: lead.due } : targetFor(context, recommendation, primary, evidence);
  const numbers = Object.fromEntries(Object.keys(recommendation.numbers).map((name) => [name, policyRef(context, recommendation, name)]));
  const play: PlannedPlay = {
    recommendation,
    findings: match.findings,
    primary,
    evidence,
    targetValue,
    due,
    sharesTarget: lead !== undefined,
    params: {
      ...numbers,
      group: groupPhrase(lang, primary.segment),
      metric: metricPhrase(lang, primary.metric, primary.variant),
      current: q.evidence(evidence, 'value'),
      target: lead ? lead.params.target : q.target(`play:${recommendation.id}:${primary.id}`, targetValue, evidenceFormat(evidence), [evidence.id]),
      date: q.date(due),
    },
  };
  if (!lead) targets.set(subject, play);
  return play;
}

/**
 * A policy number of a play as a quantity: the editable assumption it names, or its fixed value as a target — one quantity per
 * play and name, whichever document quotes it.
 * @example policyRef(context, cooperationKpi, 'weightLow') // { ref: 'target:policy:cooperation-kpi:weightLow' }
 */
export function policyRef(context: DocumentContext, recommendation: Recommendation, name: string): QuantityRef {
  const number = recommendation.numbers[name];
  if (!number) throw new Error(`play "${recommendation.id}" has no number "${name}"`);
  return 'assumption' in number
    ? context.quantities.assumption(number.assumption, 'base')
    : context.quantities.target(`policy:${recommendation.id}:${name}`, number.value, number.format, []);
}

/**
 * The recovery level (the share of a plan or of actions within deadline a department is asked to reach) as a target quantity.
 * @example recoveryLevelRef(context) // { ref: 'target:policy:recovery-level' }
 */
export function recoveryLevelRef(context: DocumentContext): QuantityRef {
  return context.quantities.target('policy:recovery-level', recoveryLevel, 'percent', []);
}

/**
 * The target a play sets: the finding's own goal when it missed one, else a department goal on the same metric, else the
 * play's rule; due at the goal's deadline when it is still ahead, else the play's months after the document date.
 */
function targetFor(context: DocumentContext, recommendation: Recommendation, primary: Finding, evidence: CitableEvidence): { value: number; due: string } {
  const computedDue = isoMonthEndAfter(context.today, recommendation.target.months);
  const goal =
    primary.target ??
    context.goals
      .filter((candidate) => candidate.department === primary.department && candidate.metric === evidence.metric && candidate.target !== null)
      .map((candidate) => ({ value: candidate.target as number, deadline: candidate.deadline }))[0];
  if (goal) return { value: goal.value, due: goal.deadline && goal.deadline > context.today ? goal.deadline : computedDue };
  return { value: recommendation.target.value(evidence), due: computedDue };
}

/**
 * One of a play's texts composed with its params.
 * @example playText(context, play, play.recommendation.title) // ['Dual career track pilot']
 */
export function playText(context: DocumentContext, play: PlannedPlay, key: Parameters<typeof compose>[1]): Inline[] {
  return compose(context.lang, key, play.params);
}

/**
 * Every checkpoint of the plays, dated from the document date, earliest first (plan before do before check before act on a tie).
 * @example plannedSteps(context, plays)[0].checkpoint.phase // 'plan'
 */
export function plannedSteps(context: DocumentContext, plays: readonly PlannedPlay[]): PlannedStep[] {
  const order = { plan: 0, do: 1, check: 2, act: 3 } as const;
  return plays
    .flatMap((play) => play.recommendation.checkpoints.map((checkpoint) => ({ date: isoPlusWeeks(context.today, checkpoint.weeks), play, checkpoint })))
    .sort((a, b) => a.date.localeCompare(b.date) || order[a.checkpoint.phase] - order[b.checkpoint.phase]);
}
