import { dayFromYmd, type Day } from '../table/day.ts';
import { asOfDay, historyStart, monthsBetween, weekdayOnOrAfter } from './calendar.ts';
import {
  coreEngineerLeaveReasons,
  coreEngineerVoluntaryRate,
  departments,
  earlyLeaveReasons,
  forCauseReasons,
  hireAgeRange,
  hireLevelMixOf,
  isCoreEngineer,
  levelMarketBase,
  locations,
  rdStaffLevelMix,
  recruitmentSources,
  staffLevelMix,
  voluntaryLeaveReasons,
  type DepartmentName,
  type DepartmentProfile,
  type JobLevel,
  type PerformanceRating,
} from './company-profile.ts';
import type { Requisition } from './hiring.ts';
import { makeName, type Gender } from './names.ts';
import type { Random } from './random.ts';

export interface Termination {
  day: Day;
  voluntary: boolean;
  reason: string;
}

/** One person employed at some point in 2023–2025, before IDs are assigned. */
export interface Person {
  /** `E10001`…, in order of hire; empty until the whole workforce is known. */
  id: string;
  department: DepartmentName;
  level: JobLevel;
  title: string;
  name: string;
  gender: Gender;
  birthDay: Day;
  hireDay: Day;
  location: string;
  recruitmentSource: string;
  marketMidpoint: number;
  salary: number;
  /** Reports to; null for heads of department, whose manager (the CEO) is outside this export. */
  manager: Person | null;
  termination: Termination | null;
  performanceRating: PerformanceRating | null;
}

const earlyWindowDays = 90;
/** Extra monthly leaving probability in the first 90 days, so about one hire in twenty leaves early. */
const earlyMonthlyHazard = 0.016;

/** Salary ÷ market midpoint: core engineers were left behind the market (about 0.86), everyone else sits near 1.0. */
function drawCompaRatio(random: Random, department: DepartmentName, level: JobLevel): number {
  const [mean, sd] = isCoreEngineer(department, level) ? [0.86, 0.05] : department === 'R&D' ? [0.98, 0.06] : [1.0, 0.07];
  return Math.min(1.3, Math.max(0.72, random.normal(mean, sd)));
}

/** A person as hired: pay, demographics and source drawn for their department and level. */
function hirePerson(random: Random, profile: DepartmentProfile, level: JobLevel, hireDay: Day, manager: Person | null, recruitmentSource: string): Person {
  const gender: Gender = random.chance(profile.femaleShare) ? 'Female' : 'Male';
  const [minAge, maxAge] = hireAgeRange[level];
  const marketMidpoint = Math.round((levelMarketBase[level] * profile.payFactor) / 1000) * 1000;
  return {
    id: '',
    department: profile.name,
    level,
    title: profile.titles[Number(level.slice(1)) - 1],
    name: makeName(random, gender),
    gender,
    birthDay: hireDay - Math.floor((minAge + random.next() * (maxAge - minAge)) * 365.25),
    hireDay,
    location: random.weighted(locations),
    recruitmentSource,
    marketMidpoint,
    salary: Math.round((marketMidpoint * drawCompaRatio(random, profile.name, level)) / 100) * 100,
    manager,
    termination: null,
    performanceRating: null,
  };
}

/** Hire day of someone already on staff on 2023-01-01: tenures skew short, as in a growing company. */
function tenuredHireDay(random: Random, level: JobLevel): Day {
  const years = Math.min(12, random.logNormal(level === 'L6' ? 6 : level === 'L5' ? 4.5 : 2.6, 0.7));
  return weekdayOnOrAfter(historyStart - 7 - Math.floor(years * 365.25));
}

/** Source of a hire: campus for graduates, the usual channel mix otherwise. */
function drawSource(random: Random, level: JobLevel): string {
  return level === 'L1' && random.chance(0.35) ? 'Campus' : random.weighted(recruitmentSources);
}

/** A department on 2023-01-01: its head, its managers (about one per nine people) and its individual contributors. */
function startingDepartment(random: Random, profile: DepartmentProfile): Person[] {
  const head = hirePerson(random, profile, 'L6', tenuredHireDay(random, 'L6'), null, drawSource(random, 'L6'));
  const managerCount = profile.startHeadcount < 10 ? 0 : Math.round((profile.startHeadcount - 1) / 9);
  const managers = Array.from({ length: managerCount }, () => hirePerson(random, profile, 'L5', tenuredHireDay(random, 'L5'), head, drawSource(random, 'L5')));
  const contributors = Array.from({ length: profile.startHeadcount - 1 - managerCount }, () => {
    const level = random.weighted(profile.name === 'R&D' ? rdStaffLevelMix : staffLevelMix);
    return hirePerson(random, profile, level, tenuredHireDay(random, level), managers.length > 0 ? random.pick(managers) : head, drawSource(random, level));
  });
  return [head, ...managers, ...contributors];
}

/** Annual voluntary leaving probability of one person in one year; core engineers paid further below market leave more. */
function voluntaryRate(person: Person, profile: DepartmentProfile, year: number): number {
  if (!isCoreEngineer(person.department, person.level)) return profile.voluntaryRate;
  return coreEngineerVoluntaryRate(year) * Math.exp(-3 * (person.salary / person.marketMidpoint - 0.86));
}

/** Monthly probability equivalent to an annual one. */
function monthlyFromAnnual(annual: number): number {
  return 1 - (1 - Math.min(annual, 0.95)) ** (1 / 12);
}

/** Walk a non-manager month by month through 2023–2025 and draw whether and why they left. Managers stay, so reporting lines hold. */
function drawTermination(random: Random, person: Person, profile: DepartmentProfile): Termination | null {
  if (person.level === 'L5' || person.level === 'L6') return null;
  for (const [year, month] of monthsBetween([2023, 1], [2025, 12])) {
    const monthStart = dayFromYmd(year, month, 1);
    const monthEnd = (month === 12 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, month + 1, 1)) - 1;
    const from = Math.max(monthStart, person.hireDay + 1);
    if (from > monthEnd) continue;
    const exposure = (monthEnd - from + 1) / (monthEnd - monthStart + 1);
    const isEarly = from - person.hireDay < earlyWindowDays;
    const voluntary = (monthlyFromAnnual(voluntaryRate(person, profile, year)) + (isEarly ? earlyMonthlyHazard : 0)) * exposure;
    const forCause = monthlyFromAnnual(profile.involuntaryRate) * exposure;
    const draw = random.next();
    if (draw >= voluntary + forCause) continue;
    const day = from + random.int(0, monthEnd - from);
    const isVoluntary = draw < voluntary;
    const reasons = !isVoluntary
      ? forCauseReasons
      : day - person.hireDay < earlyWindowDays
        ? earlyLeaveReasons
        : isCoreEngineer(person.department, person.level)
          ? coreEngineerLeaveReasons
          : voluntaryLeaveReasons;
    return { day, voluntary: isVoluntary, reason: random.weighted(reasons) };
  }
  return null;
}

/** Latest rating, none for people with under 90 days of service; the core engineers who quit were often top performers. */
function drawRating(random: Random, person: Person): PerformanceRating | null {
  const lastDay = person.termination?.day ?? asOfDay;
  if (lastDay - person.hireDay < earlyWindowDays) return null;
  if (person.termination && !person.termination.voluntary) return random.weighted([['Needs Improvement', 0.55], ['PIP', 0.45]] as const);
  if (person.termination && isCoreEngineer(person.department, person.level)) {
    return random.weighted([['Exceeds', 0.36], ['Fully Meets', 0.54], ['Needs Improvement', 0.1]] as const);
  }
  return random.weighted([['Exceeds', 0.18], ['Fully Meets', 0.67], ['Needs Improvement', 0.12], ['PIP', 0.03]] as const);
}

/** The company on 2023-01-01, before anyone is hired or leaves. */
export function startingStaff(random: Random): Person[] {
  return departments.flatMap((profile) => startingDepartment(random, profile));
}

/**
 * Everyone employed at some point in 2023–2025: the starting staff, the 2023–2024 hires, the 2025 hires from filled
 * requisitions who started by 2025-12-31, each with a drawn termination and rating, numbered in order of hire.
 * @example simulateWorkforce(createRandom(1, 'workforce'), startingStaff(createRandom(1, 'staff')), []).length // ≈ 1,000
 */
export function simulateWorkforce(random: Random, staff: readonly Person[], requisitions: readonly Requisition[]): Person[] {
  const people = [...staff];
  const managersOf = (department: DepartmentName): Person[] => {
    const managers = staff.filter((person) => person.department === department && person.level === 'L5');
    return managers.length > 0 ? managers : staff.filter((person) => person.department === department && person.level === 'L6');
  };
  for (const profile of departments) {
    for (const year of [2023, 2024]) {
      for (let i = 0; i < profile.hiresPerYear; i++) {
        const level = random.weighted(hireLevelMixOf(profile.name));
        const hireDay = weekdayOnOrAfter(dayFromYmd(year, 1, 3) + random.int(0, 355));
        people.push(hirePerson(random, profile, level, hireDay, random.pick(managersOf(profile.name)), drawSource(random, level)));
      }
    }
  }
  for (const requisition of requisitions) {
    if (requisition.filledDay === null) continue;
    const hireDay = weekdayOnOrAfter(requisition.filledDay + random.int(14, 42));
    if (hireDay > asOfDay) continue;
    const profile = departments.find((d) => d.name === requisition.department)!;
    people.push(hirePerson(random, profile, requisition.level, hireDay, random.pick(managersOf(profile.name)), drawSource(random, requisition.level)));
  }
  for (const person of people) {
    const profile = departments.find((d) => d.name === person.department)!;
    person.termination = drawTermination(random, person, profile);
    person.performanceRating = drawRating(random, person);
  }
  people.sort((a, b) => a.hireDay - b.hireDay);
  people.forEach((person, index) => (person.id = `E${10001 + index}`));
  return people;
}
