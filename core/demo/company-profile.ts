/** Job levels, junior to head of department; L5 are people managers and L6 heads a department. */
export const jobLevels = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'] as const;
export type JobLevel = (typeof jobLevels)[number];

/** The demo company's departments, as they appear in every table. */
export type DepartmentName =
  | 'R&D'
  | 'Sales'
  | 'Marketing'
  | 'Customer Success'
  | 'Operations'
  | 'Finance'
  | 'HR'
  | 'Product'
  | 'Legal';

/** Everything that makes one department behave the way the planted stories need. */
export interface DepartmentProfile {
  name: DepartmentName;
  /** People on 2023-01-01, head and managers included. */
  startHeadcount: number;
  /** Hires in each of 2023 and 2024 (2025 hires come from the requisitions). */
  hiresPerYear: number;
  /** Requisitions opened in 2025, one planned hire each. */
  plannedHires2025: number;
  /** Annual voluntary leaving probability of an individual contributor. */
  voluntaryRate: number;
  /** Annual probability of being terminated for cause. */
  involuntaryRate: number;
  femaleShare: number;
  /** Market midpoint multiplier on the company's level base. */
  payFactor: number;
  /** Median days from interview to feedback: Sales' hiring managers are the slow ones. */
  feedbackMedianDays: number;
  /** Mean days between two applications to one requisition. */
  applicationGapDays: number;
  /** Job title per level L1…L6. */
  titles: readonly [string, string, string, string, string, string];
}

export const departments: readonly DepartmentProfile[] = [
  {
    name: 'R&D',
    startHeadcount: 220,
    hiresPerYear: 52,
    plannedHires2025: 45,
    voluntaryRate: 0.05,
    involuntaryRate: 0.02,
    femaleShare: 0.24,
    payFactor: 1.2,
    feedbackMedianDays: 1.8,
    applicationGapDays: 2.5,
    titles: ['Associate Engineer', 'Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'Engineering Manager', 'VP Engineering'],
  },
  {
    name: 'Sales',
    startHeadcount: 150,
    hiresPerYear: 34,
    plannedHires2025: 50,
    voluntaryRate: 0.085,
    involuntaryRate: 0.03,
    femaleShare: 0.44,
    payFactor: 1.0,
    feedbackMedianDays: 6.5,
    applicationGapDays: 10,
    titles: ['Sales Development Rep', 'Account Executive', 'Senior Account Executive', 'Key Account Manager', 'Sales Manager', 'VP Sales'],
  },
  {
    name: 'Marketing',
    startHeadcount: 55,
    hiresPerYear: 9,
    plannedHires2025: 8,
    voluntaryRate: 0.07,
    involuntaryRate: 0.02,
    femaleShare: 0.62,
    payFactor: 0.95,
    feedbackMedianDays: 2,
    applicationGapDays: 3,
    titles: ['Marketing Assistant', 'Marketing Specialist', 'Senior Marketing Specialist', 'Marketing Lead', 'Marketing Manager', 'Head of Marketing'],
  },
  {
    name: 'Customer Success',
    startHeadcount: 115,
    hiresPerYear: 17,
    plannedHires2025: 16,
    voluntaryRate: 0.075,
    involuntaryRate: 0.025,
    femaleShare: 0.56,
    payFactor: 0.85,
    feedbackMedianDays: 2,
    applicationGapDays: 3,
    titles: ['Support Associate', 'Customer Success Specialist', 'Senior Customer Success Manager', 'Customer Success Lead', 'Customer Success Manager', 'Head of Customer Success'],
  },
  {
    name: 'Operations',
    startHeadcount: 130,
    hiresPerYear: 13,
    plannedHires2025: 12,
    voluntaryRate: 0.06,
    involuntaryRate: 0.025,
    femaleShare: 0.4,
    payFactor: 0.8,
    feedbackMedianDays: 2.2,
    applicationGapDays: 3,
    titles: ['Operations Assistant', 'Operations Specialist', 'Senior Operations Specialist', 'Operations Lead', 'Operations Manager', 'Head of Operations'],
  },
  {
    name: 'Finance',
    startHeadcount: 40,
    hiresPerYear: 4,
    plannedHires2025: 4,
    voluntaryRate: 0.05,
    involuntaryRate: 0.01,
    femaleShare: 0.6,
    payFactor: 0.95,
    feedbackMedianDays: 1.5,
    applicationGapDays: 4,
    titles: ['Accounting Assistant', 'Accountant', 'Senior Accountant', 'Finance Lead', 'Finance Manager', 'Head of Finance'],
  },
  {
    name: 'HR',
    startHeadcount: 30,
    hiresPerYear: 3,
    plannedHires2025: 3,
    voluntaryRate: 0.06,
    involuntaryRate: 0.01,
    femaleShare: 0.74,
    payFactor: 0.9,
    feedbackMedianDays: 1.2,
    applicationGapDays: 4,
    titles: ['HR Assistant', 'HR Specialist', 'HR Business Partner', 'Senior HR Business Partner', 'HR Manager', 'Head of HR'],
  },
  {
    name: 'Product',
    startHeadcount: 60,
    hiresPerYear: 8,
    plannedHires2025: 8,
    voluntaryRate: 0.06,
    involuntaryRate: 0.015,
    femaleShare: 0.46,
    payFactor: 1.15,
    feedbackMedianDays: 2,
    applicationGapDays: 3,
    titles: ['Associate Product Manager', 'Product Manager', 'Senior Product Manager', 'Lead Product Manager', 'Group Product Manager', 'Head of Product'],
  },
  {
    name: 'Legal',
    startHeadcount: 3,
    hiresPerYear: 0,
    plannedHires2025: 0,
    voluntaryRate: 0,
    involuntaryRate: 0,
    femaleShare: 0.5,
    payFactor: 1.2,
    feedbackMedianDays: 2,
    applicationGapDays: 4,
    titles: ['Legal Assistant', 'Legal Counsel', 'Senior Legal Counsel', 'Lead Counsel', 'Legal Manager', 'General Counsel'],
  },
];

/** Annual market midpoint (CNY) of each level before the department's pay factor. */
export const levelMarketBase: Record<JobLevel, number> = {
  L1: 150_000,
  L2: 220_000,
  L3: 320_000,
  L4: 450_000,
  L5: 600_000,
  L6: 900_000,
};

/** Level mix of individual contributors already on staff. */
export const staffLevelMix: readonly (readonly [JobLevel, number])[] = [['L1', 0.18], ['L2', 0.35], ['L3', 0.3], ['L4', 0.17]];
/** R&D's staff is more senior: most of its engineers are the mid and senior "core" the business depends on. */
export const rdStaffLevelMix: readonly (readonly [JobLevel, number])[] = [['L1', 0.1], ['L2', 0.3], ['L3', 0.35], ['L4', 0.25]];
const hireLevelMix: readonly (readonly [JobLevel, number])[] = [['L1', 0.3], ['L2', 0.38], ['L3', 0.22], ['L4', 0.1]];
/** R&D keeps backfilling the mid and senior engineers it loses; other departments hire juniors first. */
const rdHireLevelMix: readonly (readonly [JobLevel, number])[] = [['L2', 0.3], ['L3', 0.45], ['L4', 0.25]];

/**
 * Level mix of a department's new hires.
 * @example hireLevelMixOf('R&D')[0] // ['L2', 0.3]
 */
export function hireLevelMixOf(department: DepartmentName): readonly (readonly [JobLevel, number])[] {
  return department === 'R&D' ? rdHireLevelMix : hireLevelMix;
}

/** Age range at hire per level, so birth dates look like real careers. */
export const hireAgeRange: Record<JobLevel, [number, number]> = {
  L1: [21, 27],
  L2: [23, 32],
  L3: [26, 38],
  L4: [29, 45],
  L5: [31, 48],
  L6: [37, 55],
};

export const locations: readonly (readonly [string, number])[] = [
  ['Shanghai', 0.5],
  ['Beijing', 0.2],
  ['Shenzhen', 0.15],
  ['Chengdu', 0.1],
  ['Remote', 0.05],
];

export const recruitmentSources: readonly (readonly [string, number])[] = [
  ['Referral', 0.22],
  ['LinkedIn', 0.18],
  ['Job Board', 0.25],
  ['Campus', 0.1],
  ['Agency', 0.13],
  ['Company Website', 0.12],
];

export const performanceRatings = ['Exceeds', 'Fully Meets', 'Needs Improvement', 'PIP'] as const;
export type PerformanceRating = (typeof performanceRatings)[number];

export const employmentStatuses = { active: 'Active', voluntary: 'Voluntarily Terminated', forCause: 'Terminated for Cause' } as const;

/** Why people leave; core engineers mostly cite the missing career path, in line with the exit interviews HRBPs describe. */
export const coreEngineerLeaveReasons: readonly (readonly [string, number])[] = [
  ['Career path', 0.56],
  ['Pay', 0.2],
  ['Work-life balance', 0.08],
  ['Relocation', 0.06],
  ['Manager relationship', 0.04],
  ['Personal', 0.06],
];
export const voluntaryLeaveReasons: readonly (readonly [string, number])[] = [
  ['Career path', 0.2],
  ['Pay', 0.17],
  ['Relocation', 0.15],
  ['Work-life balance', 0.15],
  ['Manager relationship', 0.1],
  ['Personal', 0.16],
  ['Return to study', 0.07],
];
export const earlyLeaveReasons: readonly (readonly [string, number])[] = [
  ['Role not as expected', 0.6],
  ['Better offer', 0.25],
  ['Personal', 0.15],
];
export const forCauseReasons: readonly (readonly [string, number])[] = [
  ['Performance', 0.6],
  ['Attendance', 0.2],
  ['Misconduct', 0.2],
];

/**
 * Core engineers: R&D's mid and senior levels, the group whose pay fell behind the market.
 * @example isCoreEngineer('R&D', 'L3') // true
 */
export function isCoreEngineer(department: DepartmentName, level: JobLevel): boolean {
  return department === 'R&D' && (level === 'L3' || level === 'L4');
}

/**
 * Annual voluntary leaving probability of a core engineer in a year: rising each year, the trend an HRBP is asked about.
 * @example coreEngineerVoluntaryRate(2025) // 0.27
 */
export function coreEngineerVoluntaryRate(year: number): number {
  return year <= 2023 ? 0.14 : year === 2024 ? 0.2 : 0.27;
}
