import fc from 'fast-check';
import { dayFromIso, isoFromDay } from '../table/day.ts';
import { INVALID, type TestCell, type TestColumns, type TestDatasetOptions } from './build-test-dataset.ts';

/** A random small roster for property tests: columns for buildTestDataset plus its options. */
export interface RandomRoster {
  columns: TestColumns;
  options: TestDatasetOptions;
}

/** The as-of day of every random roster; no termination falls after it, as the Dataset builder guarantees. */
export const rosterAsOf = '2022-06-30';

const firstHire = dayFromIso('2019-01-01');
const asOfDay = dayFromIso(rosterAsOf);

const rosterRow = fc.record({
  department: fc.constantFrom('R&D', 'Sales', 'HR'),
  hireOffset: fc.option(fc.integer({ min: 0, max: asOfDay - firstHire }), { freq: 8 }),
  stayDays: fc.option(fc.integer({ min: 0, max: 900 }), { freq: 2 }),
  voluntary: fc.option(fc.boolean(), { freq: 4 }),
  leaver: fc.option(fc.boolean(), { freq: 6 }),
  salary: fc.option(fc.integer({ min: 20_000, max: 90_000 }), { freq: 8 }),
  marketMidpoint: fc.option(fc.integer({ min: 30_000, max: 70_000 }), { freq: 8 }),
  gender: fc.constantFrom<TestCell>('M', 'F', 'Male', 'female ', '男', '女', 'X', null),
  jobLevel: fc.constantFrom('L1', 'L2'),
  managerId: fc.option(fc.constantFrom('m1', 'm2', 'm3', 'm4'), { freq: 5 }),
  tenureYears: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 8 }),
  invalidField: fc.option(fc.constantFrom('hireDate', 'terminationDate', 'voluntary', 'leaver', 'salary', 'marketMidpoint', 'tenureYears'), { freq: 6 }),
  excluded: fc.integer({ min: 0, max: 4 }).map((draw) => draw === 0),
});

/**
 * Random rosters of 0–40 rows, every row in one of three departments, with missing and invalid cells, excluded rows and
 * terminations never after `rosterAsOf`, so properties (segment numerators sum to the total, rates within [0, 1]) are tried
 * on the awkward cases the hand-worked examples miss. `withDates: false` drops hire and termination dates (snapshot data).
 * @example fc.assert(fc.property(randomRoster(), ({ columns, options }) => buildTestDataset(columns, options).rowCount <= 40))
 */
export function randomRoster({ withDates = true }: { withDates?: boolean } = {}): fc.Arbitrary<RandomRoster> {
  return fc.array(rosterRow, { maxLength: 40 }).map((rows) => {
    const cells = (pick: (row: (typeof rows)[number]) => TestCell, field: string): TestCell[] =>
      rows.map((row) => (row.invalidField === field ? INVALID : pick(row)));
    const dates: TestColumns = {
      hireDate: cells((row) => (row.hireOffset === null ? null : isoFromDay(firstHire + row.hireOffset)), 'hireDate'),
      terminationDate: cells((row) => {
        if (row.hireOffset === null || row.stayDays === null) return null;
        const day = firstHire + row.hireOffset + row.stayDays;
        return day > asOfDay ? null : isoFromDay(day);
      }, 'terminationDate'),
    };
    return {
      columns: {
        department: rows.map((row) => row.department),
        ...(withDates ? dates : {}),
        voluntary: cells((row) => row.voluntary, 'voluntary'),
        leaver: cells((row) => row.leaver, 'leaver'),
        salary: cells((row) => row.salary, 'salary'),
        marketMidpoint: cells((row) => row.marketMidpoint, 'marketMidpoint'),
        gender: rows.map((row) => row.gender),
        jobLevel: rows.map((row) => row.jobLevel),
        managerId: rows.map((row) => row.managerId),
        tenureYears: cells((row) => row.tenureYears, 'tenureYears'),
      },
      options: { asOf: rosterAsOf, excludedRows: rows.flatMap((row, index) => (row.excluded ? [index] : [])) },
    };
  });
}
