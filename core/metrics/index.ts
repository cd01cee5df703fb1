import type { Metric } from './metric.ts';
import { attritionShare } from './attrition-share.ts';
import { businessMetric } from './business-metric.ts';
import { compaRatio } from './compa-ratio.ts';
import { earlyAttrition } from './early-attrition.ts';
import { exitReasonShare } from './exit-reason-share.ts';
import { headcount } from './headcount.ts';
import { leaverCompaRatio } from './leaver-compa-ratio.ts';
import { payGap } from './pay-gap.ts';
import { retentionRate } from './retention-rate.ts';
import { spanOfControl } from './span-of-control.ts';
import { tenure } from './tenure.ts';
import { turnoverRate } from './turnover-rate.ts';
import { approvalCycleTime } from './approval-cycle-time.ts';
import { costOfVacancy } from './cost-of-vacancy.ts';
import { costPerHire } from './cost-per-hire.ts';
import { hiringPlanCompletion } from './hiring-plan-completion.ts';
import { interviewFeedbackSla } from './interview-feedback-sla.ts';
import { offerAcceptanceRate } from './offer-acceptance-rate.ts';
import { qualityOfHire } from './quality-of-hire.ts';
import { revenuePerHead } from './revenue-per-head.ts';
import { timeToFill } from './time-to-fill.ts';
import { timeToHire } from './time-to-hire.ts';
import { trainingCompletion } from './training-completion.ts';
import { trainingEffect } from './training-effect.ts';

/** THE metric registry (DESIGN.md §3): adding a metric is one file plus one line here; registry.test.ts checks both. */
export const allMetrics = [
  headcount,
  turnoverRate,
  attritionShare,
  retentionRate,
  earlyAttrition,
  tenure,
  compaRatio,
  leaverCompaRatio,
  exitReasonShare,
  payGap,
  spanOfControl,
  qualityOfHire,
  revenuePerHead,
  timeToFill,
  hiringPlanCompletion,
  costPerHire,
  costOfVacancy,
  timeToHire,
  offerAcceptanceRate,
  interviewFeedbackSla,
  trainingCompletion,
  trainingEffect,
  approvalCycleTime,
  businessMetric,
] as const satisfies readonly Metric[];
