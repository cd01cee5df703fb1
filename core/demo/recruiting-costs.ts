import { asOfDay } from './calendar.ts';
import { departments, levelMarketBase, recruitmentSources } from './company-profile.ts';
import type { Requisition } from './hiring.ts';
import type { Random } from './random.ts';

/** Share of the hire's annual market midpoint a contingency search firm charges, due only when it fills the role. */
const agencyFeeShare = 0.2;
/** Recruiter and interviewer time: a set-up cost, then a cost per day the requisition stays open (CNY). */
const internalSetupCost = 2500;
const internalCostPerDay = 60;

/**
 * The recruiting costs of each requisition (CNY), as an ATS cost report lists them — Agency Fee, Advertising, Referral
 * Bonus, Internal Cost — so cost per hire has its ANSI/SHRM inputs: every requisition buys job-board advertising
 * (2,000–6,000) and recruiter time (2,500 + 60 a day from approval to fill or the export day); a filled one came through a
 * channel drawn from the roster's recruitment-source mix, an agency charging 20% of the level's market midpoint, a referral
 * earning a bonus (5,000 below L3, 10,000 from L3). Empty cells where nothing was paid. Drawn from its own stream, so
 * adding costs left every other table unchanged.
 * @example recruitingCosts(createRandom(22, 'recruiting-costs'), requisitions)[0].length // 4
 */
export function recruitingCosts(random: Random, requisitions: readonly Requisition[]): (number | null)[][] {
  return requisitions.map((requisition) => {
    const payFactor = departments.find((d) => d.name === requisition.department)?.payFactor ?? 1;
    const midpoint = Math.round((levelMarketBase[requisition.level] * payFactor) / 1000) * 1000;
    const advertising = random.int(20, 60) * 100;
    const daysOpen = (requisition.filledDay ?? asOfDay) - requisition.approvedDay;
    const internal = Math.round((internalSetupCost + internalCostPerDay * daysOpen) / 100) * 100;
    const channel = requisition.filledDay === null ? null : random.weighted(recruitmentSources);
    const agencyFee = channel === 'Agency' ? Math.round((agencyFeeShare * midpoint) / 100) * 100 : null;
    const referralBonus = channel === 'Referral' ? (requisition.level === 'L1' || requisition.level === 'L2' ? 5000 : 10_000) : null;
    return [agencyFee, advertising, referralBonus, internal];
  });
}
