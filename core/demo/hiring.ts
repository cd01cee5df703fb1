import { dayFromYmd, type Day } from '../table/day.ts';
import { asOfDay, weekdayOnOrAfter } from './calendar.ts';
import { departments, hireLevelMixOf, type DepartmentName, type DepartmentProfile, type JobLevel } from './company-profile.ts';
import type { Random } from './random.ts';

/** Candidate stages in the order a candidate passes them; a candidate's last event is Accepted or Declined, or wherever they dropped out. */
export const candidateStages = ['Applied', 'Screened', 'Interviewed', 'Feedback Given', 'Offered', 'Accepted', 'Declined'] as const;
export type CandidateStage = (typeof candidateStages)[number];

export interface Requisition {
  id: string;
  department: DepartmentName;
  role: string;
  level: JobLevel;
  openedDay: Day;
  approvedDay: Day;
  /** Day the offer was accepted, null while open or when cancelled. */
  filledDay: Day | null;
  status: 'Filled' | 'Open' | 'Cancelled';
  hiringManager: string;
}

export interface CandidateEvent {
  candidateId: string;
  requisitionId: string;
  stage: CandidateStage;
  day: Day;
}

export interface Hiring {
  requisitions: Requisition[];
  events: CandidateEvent[];
}

interface CandidatePath {
  appliedDay: Day;
  stages: { stage: CandidateStage; day: Day }[];
}

const screenShare = 0.4;
const interviewShare = 0.55;
const offerShare = 0.45;

/** Share of candidates who give up while waiting for feedback longer than a 3-day SLA: slow feedback loses people. */
function withdrawalChance(feedbackDays: number): number {
  return Math.min(0.55, 0.09 * Math.max(0, feedbackDays - 3));
}

/** Offer acceptance falls as the wait for feedback grows (candidates take other offers meanwhile). */
function acceptanceChance(feedbackDays: number): number {
  return Math.max(0.4, 0.88 - 0.06 * Math.max(0, feedbackDays - 3));
}

/** One candidate's journey from application to wherever it ends, with realistic gaps between stages. */
function candidatePath(random: Random, profile: DepartmentProfile, appliedDay: Day): CandidatePath {
  const stages: CandidatePath['stages'] = [{ stage: 'Applied', day: appliedDay }];
  const path = { appliedDay, stages };
  if (!random.chance(screenShare)) return path;
  const screenedDay = appliedDay + random.int(1, 6);
  stages.push({ stage: 'Screened', day: screenedDay });
  if (!random.chance(interviewShare)) return path;
  const interviewedDay = weekdayOnOrAfter(screenedDay + random.int(2, 9));
  stages.push({ stage: 'Interviewed', day: interviewedDay });
  const feedbackDays = Math.round(random.logNormal(profile.feedbackMedianDays, 0.45));
  stages.push({ stage: 'Feedback Given', day: interviewedDay + feedbackDays });
  if (random.chance(withdrawalChance(feedbackDays)) || !random.chance(offerShare)) return path;
  const offeredDay = interviewedDay + feedbackDays + random.int(1, 4);
  stages.push({ stage: 'Offered', day: offeredDay });
  const accepted = random.chance(acceptanceChance(feedbackDays));
  stages.push({ stage: accepted ? 'Accepted' : 'Declined', day: offeredDay + random.int(1, 5) });
  return path;
}

/** Day a requisition is opened: the 2025 plan is released from January to October. */
function openedDay(random: Random): Day {
  return weekdayOnOrAfter(dayFromYmd(2025, 1, 6) + random.int(0, 295));
}

/**
 * Candidates of one requisition until it is filled, cancelled or the export day: the first accepted offer fills it,
 * and nothing happens to the other candidates after that day (offers not yet answered are dropped with it).
 */
function runRequisition(random: Random, profile: DepartmentProfile, approvedDay: Day, cancelDay: Day | null): { paths: CandidatePath[]; filledDay: Day | null } {
  const lastDay = Math.min(asOfDay, cancelDay ?? asOfDay);
  const paths: CandidatePath[] = [];
  for (let day = approvedDay + random.int(0, 3); day <= lastDay; day += Math.ceil(-Math.log(1 - random.next()) * profile.applicationGapDays)) {
    paths.push(candidatePath(random, profile, day));
  }
  const acceptedDays = paths.flatMap((path) => path.stages.filter((s) => s.stage === 'Accepted' && s.day <= lastDay).map((s) => s.day));
  const filledDay = acceptedDays.length > 0 ? Math.min(...acceptedDays) : null;
  const closeDay = filledDay ?? lastDay;
  const hire = paths.find((path) => path.stages.some((s) => s.stage === 'Accepted' && s.day === filledDay));
  const kept = paths
    .filter((path) => path.appliedDay <= closeDay)
    .map((path) => {
      if (path === hire) return path;
      const stages = path.stages.filter((s) => s.day <= closeDay && s.stage !== 'Accepted');
      return { ...path, stages: stages.at(-1)?.stage === 'Offered' ? stages.slice(0, -1) : stages };
    });
  return { paths: kept, filledDay };
}

/**
 * The 2025 hiring plan: one requisition per planned hire and every candidate's stage events, run until 2025-12-31.
 * Sales' slow interview feedback loses candidates, so its plan ends about half filled and its requisitions stay open longest.
 * @example simulateHiring(createRandom(1, 'hiring'), new Map([['Sales', ['Sun Wei']]])).requisitions[0].id // 'REQ-25-001'
 */
export function simulateHiring(random: Random, hiringManagers: ReadonlyMap<DepartmentName, readonly string[]>): Hiring {
  const drafts: (Requisition & { paths: CandidatePath[] })[] = [];
  for (const profile of departments) {
    for (let i = 0; i < profile.plannedHires2025; i++) {
      const opened = openedDay(random);
      const approved = weekdayOnOrAfter(opened + random.int(1, 5));
      const level = random.weighted(hireLevelMixOf(profile.name));
      const cancelDay = random.chance(0.04) ? Math.min(asOfDay, approved + random.int(20, 80)) : null;
      const { paths, filledDay } = runRequisition(random, profile, approved, cancelDay);
      drafts.push({
        id: '',
        department: profile.name,
        role: profile.titles[Number(level.slice(1)) - 1],
        level,
        openedDay: opened,
        approvedDay: approved,
        filledDay,
        status: filledDay !== null ? 'Filled' : cancelDay !== null ? 'Cancelled' : 'Open',
        hiringManager: random.pick(hiringManagers.get(profile.name) ?? ['']),
        paths,
      });
    }
  }
  drafts.sort((a, b) => a.openedDay - b.openedDay);
  drafts.forEach((draft, index) => (draft.id = `REQ-25-${String(index + 1).padStart(3, '0')}`));
  const candidates = drafts
    .flatMap((draft) => draft.paths.map((path) => ({ requisitionId: draft.id, path })))
    .sort((a, b) => a.path.appliedDay - b.path.appliedDay);
  const events = candidates.flatMap(({ requisitionId, path }, index) => {
    const candidateId = `C${String(index + 1).padStart(5, '0')}`;
    return path.stages.filter((s) => s.day <= asOfDay).map(({ stage, day }) => ({ candidateId, requisitionId, stage, day }));
  });
  const requisitions = drafts.map(({ paths: _paths, ...requisition }) => requisition);
  return { requisitions, events };
}
