import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom, type Random } from '../../core/demo/random.ts';
import type { CellValue } from '../../core/table/raw-table.ts';
import { excelSerialFromDay } from '../../core/table/day-from-excel-serial.ts';
import { benchScenario } from './bench-scenario.ts';

/** Bumped whenever the generated rows change, so a cached CSV of an older generator is never reused. */
const GENERATOR_VERSION = 1;

/** The 15 headers, in file order, as an HRIS export names them. */
export const rosterHeaders = [
  'Employee ID',
  'Name',
  'Department',
  'Job Title',
  'Job Level',
  'Manager ID',
  'Employment Status',
  'Hire Date',
  'Termination Date',
  'Termination Reason',
  'Salary',
  'Market Midpoint',
  'Gender',
  'Location',
  'Performance Rating',
] as const;

/** Eight departments with their share of rows, titles, pay base and the padded spelling some rows carry (as real exports do). */
const departments = [
  { name: 'Production', weight: 40, padded: 'Production       ', titles: ['Production Technician I', 'Production Technician II', 'Production Manager'], base: 52_000 },
  { name: 'Sales', weight: 14, padded: 'Sales ', titles: ['Area Sales Manager', 'Sales Representative', 'Director of Sales'], base: 68_000 },
  { name: 'Software Engineering', weight: 11, padded: null, titles: ['Software Engineer', 'Senior Software Engineer', 'Engineering Manager'], base: 98_000 },
  { name: 'IT/IS', weight: 9, padded: 'IT/IS  ', titles: ['Network Engineer', 'Database Administrator', 'IT Support'], base: 80_000 },
  { name: 'Customer Service', weight: 10, padded: null, titles: ['Customer Service Agent', 'Team Lead'], base: 45_000 },
  { name: 'Finance', weight: 6, padded: null, titles: ['Accountant I', 'Senior Accountant', 'Controller'], base: 75_000 },
  { name: 'Admin Offices', weight: 7, padded: 'Admin Offices ', titles: ['Administrative Assistant', 'Office Manager'], base: 48_000 },
  { name: 'Executive Office', weight: 3, padded: null, titles: ['Executive Assistant', 'Vice President', 'President & CEO'], base: 120_000 },
] as const;

const departmentWeights = departments.map((d, k) => [k, d.weight] as const);
const firstNames = ['James', 'Mary', 'Wei', 'Fatima', 'Carlos', 'Aisha', 'Ivan', 'Mei', 'John', 'Linda', 'Raj', 'Sofia', 'Kenji', 'Olga', 'Ahmed', 'Grace', 'Luis', 'Emma', 'Noah', 'Chloe', 'Omar', 'Hana', 'Peter', 'Zoe', 'Diego', 'Nora', 'Tariq', 'Ana', 'Lars', 'Priya'];
const lastNames = ['Smith', 'Johnson', 'Wang', 'Garcia', 'Khan', 'Müller', 'Ivanova', 'Nguyen', 'Brown', 'Okafor', 'Rossi', 'Tanaka', 'Silva', 'Cohen', 'Kowalski', 'Dubois', 'Larsen', 'Patel', 'Kim', 'Lopez', "O'Brien", 'Schmidt', 'Chen', 'Haddad', 'Novak', 'Jensen', 'Costa', 'Singh', 'Adams', 'Baker'];
const locations = ['Boston', 'Chicago', 'Dallas', 'Denver', 'Seattle', 'Atlanta', 'Toronto', 'London', 'Berlin', 'Singapore'];
const ratings = ['Exceeds', 'Fully Meets', 'Needs Improvement', 'PIP'];
const ratingWeights = [[0, 20], [1, 65], [2, 12], [3, 3]] as const;

/** Status wordings; only some say whether a departure was voluntary (toDataset then falls back to the reason). */
const statuses = ['Active', 'Leave of Absence', 'Voluntarily Terminated', 'Terminated for Cause', 'Terminated'];
const [ACTIVE, LEAVE, VOLUNTARILY_TERMINATED, TERMINATED_FOR_CAUSE, TERMINATED] = statuses.keys();
/** Reasons: the first six accompany voluntary departures, the rest involuntary ones. */
const reasons = ['Resignation', 'Another position', 'More money', 'Relocation', 'Retirement', 'Career change', 'Layoff', 'Attendance', 'Performance', 'No-call, no-show', 'Dismissed'];
const VOLUNTARY_REASONS = 6;
/** Gender spellings: the main system writes M/F, the second one words; a few are other or blank. */
const genders = ['M', 'F', 'Male', 'Female', 'Non-binary', ''];

/** A generated roster, columnar: what both the CSV and the 2D array renderings are written from. */
export interface SyntheticRoster {
  rows: number;
  department: Int8Array;
  /** How the department is written: 0 plain, 1 with trailing spaces, 2 left blank. */
  spelling: Uint8Array;
  title: Int8Array;
  level: Int8Array;
  /** Row index of the manager, −1 for none. */
  manager: Int32Array;
  /** Index into `statuses`. */
  status: Int8Array;
  hire: Float64Array;
  /** NaN = blank. */
  termination: Float64Array;
  /** Index into `reasons`, −1 = blank. */
  reason: Int8Array;
  /** NaN = blank. */
  salary: Float64Array;
  midpoint: Float64Array;
  /** Indexes into `lastNames` and `firstNames`, and the middle initial (0 = A). */
  lastName: Int8Array;
  firstName: Int8Array;
  initial: Int8Array;
  /** Index into `genders`. */
  gender: Int8Array;
  location: Int8Array;
  rating: Int8Array;
  /** 1 for rows from the second HR system, which writes ISO dates and spelled-out genders. */
  isoSystem: Uint8Array;
}

const PLAIN = 0;
const PADDED = 1;
const BLANK = 2;
const MS_PER_DAY = 86_400_000;
/** Hire dates start here; a growing company hires more each year up to as-of. */
const FIRST_HIRE = Date.UTC(2000, 0, 1) / MS_PER_DAY;

/** Days employed (hire day = day 1): a few quit within 90 days, more within a year, the rest stay years (exponential). */
function drawDuration(random: Random): number {
  const u = random.next();
  if (u < 0.05) return random.int(1, 90);
  if (u < 0.12) return random.int(91, 365);
  return 366 + Math.floor(-Math.log(1 - random.next()) * 9 * 365.25);
}

/** Termination day as written, NaN when still employed; some are scheduled after as-of, a rare one is a typo before hire. */
function drawTermination(random: Random, hire: number, asOf: number): number {
  if (random.chance(0.0001)) return hire - random.int(1, 300);
  const termination = hire + drawDuration(random) - 1;
  if (termination <= asOf) return termination;
  return termination <= asOf + 90 && random.chance(0.3) ? termination : NaN;
}

/** Status and reason codes of a row: leavers (and scheduled leavers, still Active) get a voluntary or involuntary wording. */
function drawWording(random: Random, termination: number, asOf: number): [number, number] {
  if (Number.isNaN(termination)) return [random.chance(0.95) ? ACTIVE : LEAVE, -1];
  const voluntary = random.chance(0.7);
  const reason = voluntary ? random.int(0, VOLUNTARY_REASONS - 1) : random.int(VOLUNTARY_REASONS, reasons.length - 1);
  if (termination > asOf) return [ACTIVE, reason];
  const explicit = voluntary ? VOLUNTARILY_TERMINATED : TERMINATED_FOR_CAUSE;
  return [random.chance(0.8) ? explicit : TERMINATED, reason];
}

/** Rows of each department listed together, so managers can be drawn from the same department. */
function rowsByDepartment(department: Int8Array): Int32Array[] {
  const rows = Int32Array.from(department.keys());
  return departments.map((_, d) => rows.filter((i) => department[i] === d));
}

/** Every eighth person of a department manages; everyone (managers too) reports to a manager of their department but never to themself. */
function drawManagers(random: Random, department: Int8Array): Int32Array {
  const manager = new Int32Array(department.length).fill(-1);
  for (const members of rowsByDepartment(department)) {
    const managers = members.filter((_, k) => k % 8 === 0);
    for (const i of members) {
      if (random.chance(0.001) || managers.length < 2) continue;
      let boss = managers[random.int(0, managers.length - 1)];
      while (boss === i) boss = managers[random.int(0, managers.length - 1)];
      manager[i] = boss;
    }
  }
  return manager;
}

/**
 * A seeded roster of `rows` people hired 2000 … as-of (more in recent years, as a growing company), with early quitters,
 * long stayers, scheduled terminations after as-of, a rare termination-before-hire typo, blank salaries and departments,
 * padded department names, two date styles and two gender spellings: what a real HRIS export throws at the pipeline.
 * @example generateRoster(1000, 42).rows // 1000
 */
export function generateRoster(rows: number, seed: number): SyntheticRoster {
  const random = createRandom(seed, 'bench-roster');
  const department = Int8Array.from({ length: rows }, () => random.weighted(departmentWeights));
  const roster: SyntheticRoster = {
    rows,
    department,
    spelling: new Uint8Array(rows),
    title: new Int8Array(rows),
    level: new Int8Array(rows),
    manager: drawManagers(random, department),
    status: new Int8Array(rows),
    hire: new Float64Array(rows),
    termination: new Float64Array(rows),
    reason: new Int8Array(rows),
    salary: new Float64Array(rows),
    midpoint: new Float64Array(rows),
    lastName: new Int8Array(rows),
    firstName: new Int8Array(rows),
    initial: new Int8Array(rows),
    gender: new Int8Array(rows),
    location: new Int8Array(rows),
    rating: new Int8Array(rows),
    isoSystem: new Uint8Array(rows),
  };
  for (let i = 0; i < rows; i++) drawPerson(random, roster, i);
  return roster;
}

/** Row i's fields after its department: title, level, dates, wording, pay (women's a little lower), name, gender and the rest. */
function drawPerson(random: Random, roster: SyntheticRoster, i: number): void {
  const { asOf } = benchScenario;
  const spec = departments[roster.department[i]];
  const iso = random.chance(0.15);
  roster.isoSystem[i] = iso ? 1 : 0;
  roster.spelling[i] = random.chance(0.005) ? BLANK : spec.padded !== null && random.chance(0.5) ? PADDED : PLAIN;
  roster.title[i] = random.int(0, spec.titles.length - 1);
  roster.level[i] = Math.min(6, 1 + roster.title[i] * 2 + random.int(0, 1));
  roster.hire[i] = Math.floor(FIRST_HIRE + (asOf - FIRST_HIRE) * Math.cbrt(random.next()));
  roster.termination[i] = drawTermination(random, roster.hire[i], asOf);
  [roster.status[i], roster.reason[i]] = drawWording(random, roster.termination[i], asOf);
  const woman = random.chance(0.48);
  const other = random.chance(0.02);
  roster.gender[i] = other ? random.int(4, 5) : (iso ? 2 : 0) + (woman ? 1 : 0);
  roster.midpoint[i] = Math.round((spec.base * 1.18 ** (roster.level[i] - 1)) / 100) * 100;
  roster.salary[i] = random.chance(0.001) ? NaN : Math.round(roster.midpoint[i] * random.logNormal(woman ? 0.96 : 1, 0.12));
  roster.lastName[i] = random.int(0, lastNames.length - 1);
  roster.firstName[i] = random.int(0, firstNames.length - 1);
  roster.initial[i] = random.int(0, 25);
  roster.location[i] = random.int(0, locations.length - 1);
  roster.rating[i] = random.weighted(ratingWeights);
}

/** Employee ids are numbers, as most HRIS exports write them. */
function employeeId(row: number): number {
  return 100_001 + row;
}

/** The department as the row writes it: plain, padded with trailing spaces, or blank. */
function departmentText(roster: SyntheticRoster, i: number): string {
  const spec = departments[roster.department[i]];
  if (roster.spelling[i] === BLANK) return '';
  return roster.spelling[i] === PADDED && spec.padded !== null ? spec.padded : spec.name;
}

/** `Last, First M` as HRIS exports write names. */
function nameText(roster: SyntheticRoster, i: number): string {
  return `${lastNames[roster.lastName[i]]}, ${firstNames[roster.firstName[i]]} ${String.fromCharCode(65 + roster.initial[i])}`;
}

/** m/d/yyyy for the main system, yyyy-mm-dd for the second one; memoised, since a million rows share a few thousand days. */
const dateText = (() => {
  const texts = new Map<number, string>();
  return (day: number, iso: boolean): string => {
    if (Number.isNaN(day)) return '';
    const key = day * 2 + (iso ? 1 : 0);
    let text = texts.get(key);
    if (text === undefined) {
      const ymd = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
      text = iso ? ymd : `${Number(ymd.slice(5, 7))}/${Number(ymd.slice(8, 10))}/${ymd.slice(0, 4)}`;
      texts.set(key, text);
    }
    return text;
  };
})();

/** RFC 4180 quoting where a field needs it. */
function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row's cells as text, in header order. */
function rowTexts(roster: SyntheticRoster, i: number): string[] {
  const iso = roster.isoSystem[i] === 1;
  const spec = departments[roster.department[i]];
  return [
    String(employeeId(i)),
    nameText(roster, i),
    departmentText(roster, i),
    spec.titles[roster.title[i]],
    String(roster.level[i]),
    roster.manager[i] < 0 ? '' : String(employeeId(roster.manager[i])),
    statuses[roster.status[i]],
    dateText(roster.hire[i], iso),
    dateText(roster.termination[i], iso),
    roster.reason[i] < 0 ? '' : reasons[roster.reason[i]],
    Number.isNaN(roster.salary[i]) ? '' : String(roster.salary[i]),
    String(roster.midpoint[i]),
    genders[roster.gender[i]],
    locations[roster.location[i]],
    ratings[roster.rating[i]],
  ];
}

/** The roster as CSV text chunks (header first), so a million rows never sit in one string. */
function* csvChunks(roster: SyntheticRoster): Generator<string> {
  yield `${rosterHeaders.map(csvField).join(',')}\n`;
  const chunkRows = 20_000;
  for (let start = 0; start < roster.rows; start += chunkRows) {
    const lines: string[] = [];
    for (let i = start; i < Math.min(roster.rows, start + chunkRows); i++) lines.push(rowTexts(roster, i).map(csvField).join(','));
    yield `${lines.join('\n')}\n`;
  }
}

/**
 * The CSV file of the seeded roster, generated once into `cacheDir` and reused (the name carries rows, seed and generator
 * version); written to a temporary name and renamed so a concurrent reader never sees half a file.
 * @example rosterCsvFile(20_000, 42, tmpdir()) // '/tmp/roster-20000-seed42-v1.csv'
 */
export function rosterCsvFile(rows: number, seed: number, cacheDir: string): string {
  const file = join(cacheDir, `roster-${rows}-seed${seed}-v${GENERATOR_VERSION}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  const fd = openSync(partial, 'w');
  for (const chunk of csvChunks(generateRoster(rows, seed))) writeSync(fd, chunk);
  closeSync(fd);
  renameSync(partial, file);
  return file;
}

/** Excel number format of the date columns, as Office.js reports it for cells Excel read as dates. */
export const rosterNumberFormats = rosterHeaders.map((header) => (header.endsWith('Date') ? 'm/d/yyyy' : null));

/** One row as Office.js `values` hold it: numbers as numbers, dates as Excel serials, blanks as '', text as typed. */
function rowValues(roster: SyntheticRoster, i: number): CellValue[] {
  const spec = departments[roster.department[i]];
  const serial = (day: number): CellValue => (Number.isNaN(day) ? '' : excelSerialFromDay(day));
  return [
    employeeId(i),
    nameText(roster, i),
    departmentText(roster, i),
    spec.titles[roster.title[i]],
    roster.level[i],
    roster.manager[i] < 0 ? '' : employeeId(roster.manager[i]),
    statuses[roster.status[i]],
    serial(roster.hire[i]),
    serial(roster.termination[i]),
    roster.reason[i] < 0 ? '' : reasons[roster.reason[i]],
    Number.isNaN(roster.salary[i]) ? '' : roster.salary[i],
    roster.midpoint[i],
    genders[roster.gender[i]],
    locations[roster.location[i]],
    ratings[roster.rating[i]],
  ];
}

/** Rows per range read, as an add-in pages a large sheet (Microsoft suggests 5k–20k rows per request). */
const ROWS_PER_READ = 10_000;

/**
 * The roster as Office.js hands a used range over (header row first), read in blocks of rows the way the add-in does: each
 * block passes through JSON as Office.js responses do, so every cell is its own flat string or number (Excel parses both
 * date styles, so dates are serials; padding is kept).
 * @example rosterValues(generateRoster(2, 42))[1][0] // 100001
 */
export function rosterValues(roster: SyntheticRoster): CellValue[][] {
  const values: CellValue[][] = [rosterHeaders.slice()];
  for (let start = 0; start < roster.rows; start += ROWS_PER_READ) {
    const block = Array.from({ length: Math.min(ROWS_PER_READ, roster.rows - start) }, (_, k) => rowValues(roster, start + k));
    for (const row of JSON.parse(JSON.stringify(block)) as CellValue[][]) values.push(row);
  }
  return values;
}
