import type { Finding } from '../../findings/finding.ts';
import { approvalChainSimplification } from './approval-chain-simplification.ts';
import { cooperationKpi } from './cooperation-kpi.ts';
import { dualCareerTrackPilot } from './dual-career-track-pilot.ts';
import { exitInterviewProgramme } from './exit-interview-programme.ts';
import { internalMobility } from './internal-mobility.ts';
import { interviewFeedbackSla } from './interview-feedback-sla.ts';
import { managerSpanRebalancing } from './manager-span-rebalancing.ts';
import { offerCompetitiveness } from './offer-competitiveness.ts';
import { onboardingProgramme } from './onboarding-programme.ts';
import { payEquityReview } from './pay-equity-review.ts';
import { payToMarketMedian } from './pay-to-market-median.ts';
import { preciseRoleProfiles } from './precise-role-profiles.ts';
import type { PlaybookContext, Recommendation } from './recommendation.ts';
import { sourcingChannelMix } from './sourcing-channel-mix.ts';
import { stayInterviews } from './stay-interviews.ts';
import { structuredInterviewKit } from './structured-interview-kit.ts';
import { trainingRedesignOrStop } from './training-redesign-or-stop.ts';
import { trainingScaleUp } from './training-scale-up.ts';

/** THE playbook. Order breaks ties between plays answering the same finding: the more decisive play first. */
export const playbook = [
  dualCareerTrackPilot,
  payToMarketMedian,
  stayInterviews,
  exitInterviewProgramme,
  internalMobility,
  onboardingProgramme,
  preciseRoleProfiles,
  interviewFeedbackSla,
  structuredInterviewKit,
  sourcingChannelMix,
  offerCompetitiveness,
  approvalChainSimplification,
  cooperationKpi,
  trainingScaleUp,
  trainingRedesignOrStop,
  payEquityReview,
  managerSpanRebalancing,
] as const satisfies readonly Recommendation[];

/** A play that applies, with the findings it answers (the first is the one its target is set on). */
export interface PlaybookMatch {
  recommendation: Recommendation;
  findings: Finding[];
}

/**
 * Every play that applies to the findings, strongest answered finding first, a confirmed (significant) one before any unconfirmed
 * one as the findings are ranked (playbook order on ties). Associations are left out:
 * two measures moving together across departments shows no cause to act on, so they inform the text but trigger no play.
 * @example matchPlaybook(findings, context)[0]?.recommendation.id // 'dual-career-track-pilot' for R&D's significant turnover gap
 */
export function matchPlaybook(findings: readonly Finding[], context: PlaybookContext): PlaybookMatch[] {
  const actionable = findings.filter((finding) => finding.kind !== 'association');
  const matches: PlaybookMatch[] = [];
  for (const recommendation of playbook as readonly Recommendation[]) {
    const matched = recommendation.appliesWhen(actionable, context);
    if (matched) matches.push({ recommendation, findings: matched });
  }
  return matches
    .map((match, order) => ({ match, order }))
    .sort((a, b) => Number(b.match.findings[0].significant) - Number(a.match.findings[0].significant) || b.match.findings[0].score - a.match.findings[0].score || a.order - b.order)
    .map(({ match }) => match);
}
