import { isoFromDay } from '../table/day.ts';
import { approvalRows } from './approvals.ts';
import { businessRows } from './business.ts';
import { departments, employmentStatuses } from './company-profile.ts';
import { goalRows } from './goals.ts';
import { simulateHiring } from './hiring.ts';
import { createRandom } from './random.ts';
import { recruitingCosts } from './recruiting-costs.ts';
import { trainingRows } from './training.ts';
import { simulateWorkforce, startingStaff, type Person } from './workforce.ts';

export type DemoCell = string | number | null;
/** A table as a spreadsheet holds it: the header row, then one row of cell values per record; dates are ISO strings. */
export type DemoTable = DemoCell[][];

export const demoTableNames = ['roster', 'requisitions', 'candidates', 'training', 'goals', 'business', 'approvals'] as const;
export type DemoTableName = (typeof demoTableNames)[number];
export type DemoCompany = Record<DemoTableName, DemoTable>;

/** The seed of the committed examples/ files. */
export const demoSeed = 22;

/** How a column is shown in a workbook, by header: dates as real dates, money with thousands separators. */
export const demoColumnFormats: Readonly<Record<string, 'date' | 'money'>> = {
  'Hire Date': 'date',
  'Termination Date': 'date',
  'Birth Date': 'date',
  'Opened Date': 'date',
  'Approved Date': 'date',
  'Filled Date': 'date',
  Date: 'date',
  'Start Date': 'date',
  'End Date': 'date',
  Deadline: 'date',
  'Requested Date': 'date',
  Salary: 'money',
  'Market Midpoint': 'money',
  Cost: 'money',
  'Agency Fee': 'money',
  Advertising: 'money',
  'Referral Bonus': 'money',
  'Internal Cost': 'money',
};

const rosterHeader = [
  'Employee ID', 'Name', 'Department', 'Job Title', 'Job Level', 'Manager ID', 'Employment Status', 'Hire Date',
  'Termination Date', 'Termination Reason', 'Salary', 'Market Midpoint', 'Performance Rating', 'Gender', 'Birth Date',
  'Location', 'Recruitment Source',
];

/** One roster row as an HRIS export shows it. */
function rosterRow(person: Person): DemoCell[] {
  const { termination } = person;
  const status = termination === null ? employmentStatuses.active : termination.voluntary ? employmentStatuses.voluntary : employmentStatuses.forCause;
  return [
    person.id, person.name, person.department, person.title, person.level, person.manager?.id ?? null, status,
    isoFromDay(person.hireDay), termination ? isoFromDay(termination.day) : null, termination?.reason ?? null,
    person.salary, person.marketMidpoint, person.performanceRating, person.gender, isoFromDay(person.birthDay),
    person.location, person.recruitmentSource,
  ];
}

/**
 * The demo company, every table from one seed: about 1,200 people employed at some point in 2023–2025 (export day
 * 2025-12-31) with the 2025 hiring plan and its recruiting costs, its candidates, training, goals, monthly business metrics and approvals.
 * Planted: R&D's core engineers paid about 15% below market leave for career path; Sales' plan half filled with slow
 * interview feedback; Consultative Selling followed by a lift in Sales' conversion. Same seed, same tables, byte for byte.
 * @example generateDemoCompany().roster.length // 1194: the header and 1,193 people
 */
export function generateDemoCompany(seed: number = demoSeed): DemoCompany {
  const staff = startingStaff(createRandom(seed, 'staff'));
  const hiringManagers = new Map(departments.map((d) => [d.name, staff.filter((p) => p.department === d.name && p.level === 'L5').map((p) => p.name)]));
  const hiring = simulateHiring(createRandom(seed, 'hiring'), hiringManagers);
  const people = simulateWorkforce(createRandom(seed, 'workforce'), staff, hiring.requisitions);
  const costs = recruitingCosts(createRandom(seed, 'recruiting-costs'), hiring.requisitions);
  return {
    roster: [rosterHeader, ...people.map(rosterRow)],
    requisitions: [
      ['Requisition ID', 'Department', 'Role', 'Planned Hires', 'Opened Date', 'Approved Date', 'Filled Date', 'Status', 'Hiring Manager', 'Agency Fee', 'Advertising', 'Referral Bonus', 'Internal Cost'],
      ...hiring.requisitions.map((r, i) => [
        r.id, r.department, r.role, 1, isoFromDay(r.openedDay), isoFromDay(r.approvedDay),
        r.filledDay === null ? null : isoFromDay(r.filledDay), r.status, r.hiringManager, ...costs[i],
      ]),
    ],
    candidates: [
      ['Candidate ID', 'Requisition ID', 'Stage', 'Date'],
      ...hiring.events.map((e) => [e.candidateId, e.requisitionId, e.stage, isoFromDay(e.day)]),
    ],
    training: [['Course', 'Participant', 'Department', 'Start Date', 'End Date', 'Completed', 'Cost'], ...trainingRows(createRandom(seed, 'training'), people)],
    goals: [['Department', 'Goal', 'Metric', 'Target', 'Deadline'], ...goalRows.map((row) => [...row])],
    business: [['Department', 'Period', 'Metric', 'Value'], ...businessRows(createRandom(seed, 'business'))],
    approvals: [['Request ID', 'Department', 'Type', 'Requested Date', 'Approved Date'], ...approvalRows(createRandom(seed, 'approvals'), hiring.requisitions)],
  };
}
