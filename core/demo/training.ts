import { dayFromYmd, isoFromDay, type Day } from '../table/day.ts';
import type { DepartmentName, JobLevel } from './company-profile.ts';
import type { Random } from './random.ts';
import type { Person } from './workforce.ts';

/** A course as run once: who was enrolled, when, at what cost per participant. */
export interface Course {
  name: string;
  startDay: Day;
  endDay: Day;
  costPerParticipant: number;
  completionRate: number;
  /** Share of the eligible people enrolled. */
  enrolledShare: number;
  departments: readonly DepartmentName[] | 'all';
  levels: readonly JobLevel[];
}

const contributorLevels: readonly JobLevel[] = ['L1', 'L2', 'L3', 'L4'];

/**
 * The courses of 2023–2025. Consultative Selling (April 2025, all of Sales' sellers) is the one that moved a business
 * metric; the others are the ordinary mix whose business metrics stay flat.
 */
export const courses: readonly Course[] = [
  { name: 'Excel Modelling for Finance', startDay: dayFromYmd(2023, 5, 8), endDay: dayFromYmd(2023, 5, 19), costPerParticipant: 2000, completionRate: 0.9, enrolledShare: 0.6, departments: ['Finance'], levels: contributorLevels },
  { name: 'New Manager Essentials', startDay: dayFromYmd(2024, 3, 11), endDay: dayFromYmd(2024, 3, 15), costPerParticipant: 5000, completionRate: 0.9, enrolledShare: 1, departments: 'all', levels: ['L5'] },
  { name: 'Customer Empathy Workshop', startDay: dayFromYmd(2024, 6, 3), endDay: dayFromYmd(2024, 6, 5), costPerParticipant: 1200, completionRate: 0.92, enrolledShare: 0.7, departments: ['Customer Success'], levels: ['L1', 'L2', 'L3'] },
  { name: 'Data Privacy & Security', startDay: dayFromYmd(2024, 9, 2), endDay: dayFromYmd(2024, 9, 30), costPerParticipant: 40, completionRate: 0.95, enrolledShare: 1, departments: 'all', levels: ['L1', 'L2', 'L3', 'L4', 'L5', 'L6'] },
  { name: 'Cloud Architecture Fundamentals', startDay: dayFromYmd(2024, 10, 14), endDay: dayFromYmd(2024, 11, 8), costPerParticipant: 4500, completionRate: 0.8, enrolledShare: 0.2, departments: ['R&D'], levels: ['L2', 'L3', 'L4'] },
  { name: 'Consultative Selling', startDay: dayFromYmd(2025, 4, 7), endDay: dayFromYmd(2025, 4, 18), costPerParticipant: 3200, completionRate: 0.93, enrolledShare: 1, departments: ['Sales'], levels: contributorLevels },
];

/** True when the person worked there on the day. */
function isEmployedOn(person: Person, day: Day): boolean {
  return person.hireDay <= day && (person.termination === null || person.termination.day >= day);
}

/**
 * Training records, one row per participant and course: Course, Participant (employee ID), Department, Start Date,
 * End Date, Completed (Yes/No: people who left before the end never completed), Cost.
 * @example trainingRows(createRandom(1, 'training'), people)[0][0] // 'Excel Modelling for Finance'
 */
export function trainingRows(random: Random, people: readonly Person[]): (string | number)[][] {
  return courses.flatMap((course) =>
    people
      .filter(
        (person) =>
          isEmployedOn(person, course.startDay) &&
          (course.departments === 'all' || course.departments.includes(person.department)) &&
          course.levels.includes(person.level) &&
          random.chance(course.enrolledShare),
      )
      .map((person) => {
        const completed = isEmployedOn(person, course.endDay) && random.chance(course.completionRate);
        return [course.name, person.id, person.department, isoFromDay(course.startDay), isoFromDay(course.endDay), completed ? 'Yes' : 'No', course.costPerParticipant];
      }),
  );
}
