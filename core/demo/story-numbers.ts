import { dayFromIso, dayFromYmd, type Day } from '../table/day.ts';
import type { DemoCell, DemoCompany, DemoTable } from './demo-company.ts';

/**
 * The planted stories' numbers, computed straight from the demo tables' cells with nothing from the product's metrics,
 * so tests of the metrics, findings and proposals can check their results against an independent reckoning.
 * Definitions: turnover = separations in the year ÷ mean of the 12 month-end headcounts; compa-ratio = Salary ÷
 * Market Midpoint; feedback delay = days from a candidate's Interviewed to Feedback Given event; time to fill =
 * Approved Date → Filled Date; conversion windows = the 6 months before the course started vs the 6 after it ended.
 */
export interface StoryNumbers {
  turnover2025: { rdVoluntary: Rate; companyVoluntary: Rate; restVoluntary: Rate; coreEngineersVoluntary: Rate };
  compaRatio: {
    /** R&D people who left voluntarily in 2025. */
    rdLeavers2025Median: number;
    /** R&D people active on 2025-12-31. */
    rdStayersMedian: number;
    /** Everyone outside R&D active on 2025-12-31. */
    restActiveMedian: number;
    coreEngineersActiveMedian: number;
  };
  /** Share of R&D core engineers' (L3–L4) voluntary exits in 2023–2025 whose reason is Career path. */
  coreEngineerCareerPathShare: Rate;
  hiring: Record<string, { planned: number; filled: number; completion: number; feedbackMedianDays: number; feedbackWithin3DaysShare: number; timeToFillMedianDays: number; offerAcceptance: Rate }>;
  conversion: { salesBefore: number; salesAfter: number; comparisonBefore: number; comparisonAfter: number; differenceInDifferences: number };
}

export interface Rate {
  numerator: number;
  denominator: number;
  value: number;
}

/** A table's rows as records keyed by header. */
function records(table: DemoTable): Record<string, DemoCell>[] {
  const [header, ...rows] = table;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [String(name), row[i]])));
}

/** Day of an ISO date cell; NaN for an empty cell. */
function dayOf(cell: DemoCell): Day {
  return typeof cell === 'string' ? dayFromIso(cell) : NaN;
}

/** Median of numbers (mean of the middle two for an even count); NaN when empty. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0 ? NaN : sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Mean of numbers; NaN when empty. */
function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: numerator / denominator };
}

type Employee = Record<string, DemoCell>;

/** Voluntary separations in a year ÷ mean of the 12 month-end headcounts of the given people. */
function voluntaryTurnover(employees: readonly Employee[], year: number): Rate {
  const monthEnds = Array.from({ length: 12 }, (_, m) => (m === 11 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, m + 2, 1)) - 1);
  const isActiveOn = (e: Employee, day: Day) => dayOf(e['Hire Date']) <= day && !(dayOf(e['Termination Date']) <= day);
  const averageHeadcount = mean(monthEnds.map((day) => employees.filter((e) => isActiveOn(e, day)).length));
  const separations = employees.filter((e) => e['Employment Status'] === 'Voluntarily Terminated' && String(e['Termination Date']).startsWith(`${year}-`)).length;
  return rate(separations, averageHeadcount);
}

const isCore = (e: Employee) => e.Department === 'R&D' && (e['Job Level'] === 'L3' || e['Job Level'] === 'L4');
const compa = (e: Employee) => Number(e.Salary) / Number(e['Market Midpoint']);

/** Plan, fill, feedback, time to fill and offer acceptance of each department's 2025 requisitions. */
function hiringByDepartment(company: DemoCompany): StoryNumbers['hiring'] {
  const requisitions = records(company.requisitions);
  const candidates = new Map<string, Map<string, Day>>();
  const requisitionOf = new Map<string, string>();
  for (const event of records(company.candidates)) {
    const id = String(event['Candidate ID']);
    requisitionOf.set(id, String(event['Requisition ID']));
    candidates.set(id, (candidates.get(id) ?? new Map()).set(String(event.Stage), dayOf(event.Date)));
  }
  const departmentOf = new Map(requisitions.map((r) => [String(r['Requisition ID']), String(r.Department)]));
  const result: StoryNumbers['hiring'] = {};
  for (const department of new Set(requisitions.map((r) => String(r.Department)))) {
    const own = requisitions.filter((r) => r.Department === department);
    const filled = own.filter((r) => r['Filled Date'] !== null);
    const stages = [...candidates].filter(([id]) => departmentOf.get(requisitionOf.get(id)!) === department).map(([, s]) => s);
    const delays = stages.filter((s) => s.has('Interviewed') && s.has('Feedback Given')).map((s) => s.get('Feedback Given')! - s.get('Interviewed')!);
    const planned = own.reduce((sum, r) => sum + Number(r['Planned Hires']), 0);
    result[department] = {
      planned,
      filled: filled.length,
      completion: filled.length / planned,
      feedbackMedianDays: median(delays),
      feedbackWithin3DaysShare: delays.filter((d) => d <= 3).length / delays.length,
      timeToFillMedianDays: median(filled.map((r) => dayOf(r['Filled Date']) - dayOf(r['Approved Date']))),
      offerAcceptance: rate(stages.filter((s) => s.has('Accepted')).length, stages.filter((s) => s.has('Offered')).length),
    };
  }
  return result;
}

/** Mean monthly Conversion Rate of some departments over a set of periods. */
function meanConversion(business: readonly Record<string, DemoCell>[], departments: readonly string[], periods: readonly string[]): number {
  return mean(business.filter((r) => r.Metric === 'Conversion Rate' && departments.includes(String(r.Department)) && periods.includes(String(r.Period))).map((r) => Number(r.Value)));
}

/**
 * The planted stories' numbers (see StoryNumbers for the definitions).
 * @example storyNumbers(generateDemoCompany()).hiring.Sales.planned // 50
 */
export function storyNumbers(company: DemoCompany): StoryNumbers {
  const employees = records(company.roster);
  const rd = employees.filter((e) => e.Department === 'R&D');
  const rest = employees.filter((e) => e.Department !== 'R&D');
  const coreExits = employees.filter((e) => isCore(e) && e['Employment Status'] === 'Voluntarily Terminated');
  const business = records(company.business);
  const before = ['2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03'];
  const after = ['2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10'];
  const comparison = ['Marketing', 'Customer Success'];
  const conversion = {
    salesBefore: meanConversion(business, ['Sales'], before),
    salesAfter: meanConversion(business, ['Sales'], after),
    comparisonBefore: meanConversion(business, comparison, before),
    comparisonAfter: meanConversion(business, comparison, after),
  };
  return {
    turnover2025: {
      rdVoluntary: voluntaryTurnover(rd, 2025),
      companyVoluntary: voluntaryTurnover(employees, 2025),
      restVoluntary: voluntaryTurnover(rest, 2025),
      coreEngineersVoluntary: voluntaryTurnover(employees.filter(isCore), 2025),
    },
    compaRatio: {
      rdLeavers2025Median: median(rd.filter((e) => e['Employment Status'] === 'Voluntarily Terminated' && String(e['Termination Date']).startsWith('2025-')).map(compa)),
      rdStayersMedian: median(rd.filter((e) => e['Employment Status'] === 'Active').map(compa)),
      restActiveMedian: median(rest.filter((e) => e['Employment Status'] === 'Active').map(compa)),
      coreEngineersActiveMedian: median(employees.filter((e) => isCore(e) && e['Employment Status'] === 'Active').map(compa)),
    },
    coreEngineerCareerPathShare: rate(coreExits.filter((e) => e['Termination Reason'] === 'Career path').length, coreExits.length),
    hiring: hiringByDepartment(company),
    conversion: {
      ...conversion,
      differenceInDifferences: conversion.salesAfter - conversion.salesBefore - (conversion.comparisonAfter - conversion.comparisonBefore),
    },
  };
}
