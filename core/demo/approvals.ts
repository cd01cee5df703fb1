import { dayFromYmd, isoFromDay, type Day } from '../table/day.ts';
import { asOfDay, weekdayOnOrAfter } from './calendar.ts';
import { departments, type DepartmentName } from './company-profile.ts';
import type { Requisition } from './hiring.ts';
import type { Random } from './random.ts';
import { courses } from './training.ts';

interface ApprovalRequest {
  department: DepartmentName;
  type: string;
  requestedDay: Day;
  /** Null while still pending on the export day. */
  approvedDay: Day | null;
}

const departmentWeights = departments.map((d) => [d.name, d.startHeadcount] as const);

/** A request approved after a working-day lag; still pending when that falls after the export day. */
function request(department: DepartmentName, type: string, requestedDay: Day, lagDays: number): ApprovalRequest {
  const approvedDay = weekdayOnOrAfter(requestedDay + lagDays);
  return { department, type, requestedDay, approvedDay: approvedDay <= asOfDay ? approvedDay : null };
}

/** Requests spread over 2023–2025 at a monthly volume, from departments in proportion to their size. */
function routineRequests(random: Random, type: string, perMonth: number, maxLagDays: number): ApprovalRequest[] {
  const first = dayFromYmd(2023, 1, 2);
  return Array.from({ length: perMonth * 36 }, () =>
    request(random.weighted(departmentWeights), type, weekdayOnOrAfter(first + random.int(0, asOfDay - first)), random.int(0, maxLagDays)),
  );
}

/**
 * The approval log (Request ID, Department, Type, Requested Date, Approved Date): every 2025 headcount request as in
 * the requisitions, one training request per course and department, and routine salary adjustments and overtime.
 * Approval times are ordinary everywhere: no planted story here.
 * @example approvalRows(createRandom(1, 'approvals'), [])[0][0] // 'APR-00001'
 */
export function approvalRows(random: Random, requisitions: readonly Requisition[]): (string | null)[][] {
  const headcount = requisitions.map((r) => ({ department: r.department, type: 'Headcount Request', requestedDay: r.openedDay, approvedDay: r.approvedDay }));
  const training = courses.flatMap((course) =>
    (course.departments === 'all' ? ['HR' as const] : course.departments).map((department) =>
      request(department, 'Training Request', weekdayOnOrAfter(course.startDay - random.int(14, 30)), random.int(1, 6)),
    ),
  );
  const requests = [...headcount, ...training, ...routineRequests(random, 'Salary Adjustment', 5, 8), ...routineRequests(random, 'Overtime', 8, 2)];
  requests.sort((a, b) => a.requestedDay - b.requestedDay);
  return requests.map((r, index) => [
    `APR-${String(index + 1).padStart(5, '0')}`,
    r.department,
    r.type,
    isoFromDay(r.requestedDay),
    r.approvedDay === null ? null : isoFromDay(r.approvedDay),
  ]);
}
