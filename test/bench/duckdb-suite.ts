import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { meetsExpectations } from '../../core/metrics/meets-expectations.ts';
import { sexOfLabel } from '../../core/metrics/sex-of-label.ts';
import { voluntaryFromWording } from '../../core/table/voluntary-from-wording.ts';
import { benchScenario, monthlyCheckpointDays } from './bench-scenario.ts';
import { addAdjustedGap, addExitReasonShare, addPeerFigures, type PeerTallies } from './peer-figures.ts';
import type { SuiteResult } from './suite-result.ts';

type Row = Record<string, unknown>;

/** A SQL string literal. */
const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

async function rowsOf(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJS();
}

/**
 * A CASE expression classifying a text column of `people` by a JS classifier over its distinct values (NULL where it says
 * nothing). The wording and gender classifiers are definitions shared by every path, not part of what is benchmarked;
 * applying them to the few distinct values keeps the SQL honest (it still reads every row through the CASE).
 */
async function classifierSql(connection: DuckDBConnection, column: string, classify: (text: string) => number): Promise<string> {
  const labels = (await rowsOf(connection, `SELECT DISTINCT ${column} AS label FROM people WHERE ${column} IS NOT NULL`)).map((row) => String(row.label));
  const cases = labels.flatMap((label) => {
    const code = classify(label);
    return Number.isNaN(code) || code < 0 ? [] : [`WHEN ${literal(label)} THEN ${code}`];
  });
  return cases.length === 0 ? 'NULL' : `CASE ${column} ${cases.join(' ')} END`;
}

/** The segment of a GROUPING SETS row: null for the total, undefined for the group of rows with no department (total only). */
function segmentOf(row: Row): string | null | undefined {
  if (Number(row.is_total) === 1) return null;
  return row.dept === null ? undefined : String(row.dept);
}

/** A date column written as m/d/yyyy or yyyy-mm-dd, as a DATE. */
const dateColumnSql = (column: string): string => `CAST(try_strptime("${column}", ['%m/%d/%Y', '%Y-%m-%d']) AS DATE)`;

/** A day number (days since 1970-01-01) as a DATE literal. */
const dateSql = (day: number): string => `DATE '${new Date(day * 86_400_000).toISOString().slice(0, 10)}'`;

/** Active on `day` as core defines it: hired on or before it, termination absent or on/after it. */
const activeSql = (day: number): string => `(hire <= ${dateSql(day)} AND (term IS NULL OR term >= ${dateSql(day)}))`;

/**
 * How many of the year's 24 monthly checkpoints (first and last day of each month) fall on or before the DATE `day`: two per
 * earlier month, the month's first day, and its last day when `day` is it. Valid because the scenario's period is a calendar
 * year; it replaces 24 comparisons per row by date arithmetic, as an SQL author would.
 */
function checkpointsUpToSql(day: string): string {
  const { from, to } = benchScenario;
  const all = monthlyCheckpointDays().length;
  return `(CASE WHEN ${day} < ${dateSql(from)} THEN 0 WHEN ${day} > ${dateSql(to)} THEN ${all} ELSE 2 * month(${day}) - 1 + (${day} = last_day(${day}))::INTEGER END)`;
}

/**
 * The cleaned roster, read straight from the file with only the columns the suite needs: trimmed department (blank = none)
 * and wordings, dates, scheduled terminations (after as-of) cleared; rows with a termination before hire are dropped,
 * as core's validation leaves them out of every metric.
 */
async function createPeople(connection: DuckDBConnection, file: string): Promise<void> {
  const { asOf } = benchScenario;
  await connection.run(`
    CREATE TABLE people AS
    WITH parsed AS (
      SELECT NULLIF(trim("Department"), '') AS dept, "Job Level" AS level, "Manager ID" AS manager,
             ${dateColumnSql('Hire Date')} AS hire, ${dateColumnSql('Termination Date')} AS written_term,
             NULLIF(trim("Employment Status"), '') AS status, NULLIF(trim("Termination Reason"), '') AS reason,
             NULLIF(trim("Gender"), '') AS gender, NULLIF(trim("Performance Rating"), '') AS rating,
             CAST("Salary" AS DOUBLE) AS salary, CAST("Market Midpoint" AS DOUBLE) AS midpoint
      FROM read_csv(${literal(file)}, header = true, types = {'Hire Date': 'VARCHAR', 'Termination Date': 'VARCHAR'})),
    cleared AS (SELECT * EXCLUDE (written_term), CASE WHEN written_term > ${dateSql(asOf)} THEN NULL ELSE written_term END AS term FROM parsed)
    SELECT * FROM cleared WHERE NOT coalesce(term < hire, false)`);
}

/** `people` with the voluntary flag (status wording, else reason), sex (0 man, 1 woman) and whether the rating meets expectations. */
async function classifiedSql(connection: DuckDBConnection): Promise<string> {
  const status = await classifierSql(connection, 'status', voluntaryFromWording);
  const reason = await classifierSql(connection, 'reason', voluntaryFromWording);
  const sex = await classifierSql(connection, 'gender', sexOfLabel);
  const meets = await classifierSql(connection, 'rating', meetsExpectations);
  return `(SELECT *, coalesce(${status}, ${reason}) AS voluntary, ${sex} AS sex, ${meets} AS meets FROM people)`;
}

/** Every figure but the level-adjusted pay gap, per department (GROUPING SETS) and overall, in one scan. */
function suiteSql(classified: string): string {
  const { from, to, asOf } = benchScenario;
  const presence = `${checkpointsUpToSql(`coalesce(term, ${dateSql(to)})`)} - ${checkpointsUpToSql('(hire - 1)')}`;
  const inPeriod = `hire <= ${dateSql(to)} AND (term IS NULL OR term >= ${dateSql(from)})`;
  const separated = `hire <= ${dateSql(to)} AND term BETWEEN ${dateSql(from)} AND ${dateSql(to)}`;
  const hired = `hire BETWEEN ${dateSql(from)} AND ${dateSql(to)}`;
  const leftWithin = (days: number) => `(term IS NOT NULL AND term - hire + 1 <= ${days})`;
  const elapsed = (days: number) => `hire + ${days - 1} <= ${dateSql(asOf)}`;
  const served90 = `coalesce(term, ${dateSql(asOf)}) - hire + 1 >= 90`;
  const leftVoluntarily = `salary IS NOT NULL AND midpoint > 0 AND hire <= ${dateSql(to)} AND term BETWEEN ${dateSql(from)} AND ${dateSql(to)} AND voluntary = 1`;
  const member = activeSql(to);
  const paid = `${member} AND salary IS NOT NULL`;
  return `
    SELECT dept, grouping(dept) AS is_total,
      count(*) FILTER (${member}) AS headcount,
      count(*) FILTER (${inPeriod}) AS people,
      sum(${presence}) FILTER (${inPeriod}) AS presence,
      count(*) FILTER (${separated}) AS separations,
      count(*) FILTER (${separated} AND voluntary = 1) AS voluntary,
      count(*) FILTER (${separated} AND voluntary = 0) AS involuntary,
      count(*) FILTER (${activeSql(from)}) AS started,
      count(*) FILTER (${activeSql(from)} AND ${member}) AS stayed,
      count(*) FILTER (${hired} AND ${elapsed(90)}) AS hires_90, count(*) FILTER (${hired} AND ${elapsed(90)} AND ${leftWithin(90)}) AS left_90,
      count(*) FILTER (${hired} AND ${elapsed(365)}) AS hires_365, count(*) FILTER (${hired} AND ${elapsed(365)} AND ${leftWithin(365)}) AS left_365,
      median((${dateSql(to)} - hire) / 365.25) FILTER (${member}) AS tenure,
      median(salary / midpoint) FILTER (${paid} AND midpoint > 0) AS compa, count(*) FILTER (${paid} AND midpoint > 0) AS compa_n,
      median(salary / midpoint) FILTER (${leftVoluntarily}) AS leaver_compa, count(*) FILTER (${leftVoluntarily}) AS leavers,
      median(salary) FILTER (${paid} AND sex = 0) AS men_pay, median(salary) FILTER (${paid} AND sex = 1) AS women_pay,
      count(*) FILTER (${paid} AND sex IN (0, 1)) AS pay_n,
      count(*) FILTER (${hired} AND ${served90} AND meets IS NOT NULL) AS rated, count(*) FILTER (${hired} AND ${served90} AND meets = 1) AS meeting,
      count(manager) FILTER (${member}) AS reports, count(DISTINCT manager) FILTER (${member}) AS managers
    FROM ${classified} GROUP BY GROUPING SETS ((dept), ())`;
}

/** The level-adjusted pay gap: per level the relative median gap, weighted by women, over levels with ≥ 2 men and ≥ 2 women. */
function adjustedGapSql(classified: string): string {
  const paid = `${activeSql(benchScenario.to)} AND salary IS NOT NULL AND level IS NOT NULL`;
  return `
    WITH levels AS (
      SELECT dept, grouping(dept) AS is_total, level,
        median(salary) FILTER (sex = 0) AS men_pay, median(salary) FILTER (sex = 1) AS women_pay,
        count(*) FILTER (sex = 0) AS men, count(*) FILTER (sex = 1) AS women
      FROM ${classified} WHERE ${paid} GROUP BY GROUPING SETS ((dept, level), (level)))
    SELECT dept, is_total,
      sum(women * (men_pay - women_pay) / men_pay) FILTER (kept) / sum(women) FILTER (kept) AS gap,
      coalesce(sum(men + women) FILTER (kept), 0) AS n
    FROM (SELECT *, men >= 2 AND women >= 2 AND men_pay > 0 AS kept FROM levels)
    GROUP BY dept, is_total`;
}

/**
 * Exit reason shares: reasons cited by at least a tenth of all voluntary leavers with a reason (any date), each as the share
 * of the period's voluntary leavers with a reason who cite it, per department and overall.
 */
function exitReasonSql(classified: string): string {
  const { from, to } = benchScenario;
  return `
    WITH leavers AS (
      SELECT dept, reason, term BETWEEN ${dateSql(from)} AND ${dateSql(to)} AS in_period
      FROM ${classified} WHERE voluntary = 1 AND term IS NOT NULL AND reason IS NOT NULL),
    top AS (SELECT reason AS top_reason FROM leavers GROUP BY reason HAVING count(*) / (SELECT count(*) FROM leavers) >= 0.1)
    SELECT dept, grouping(dept) AS is_total, top_reason,
      count(*) FILTER (in_period AND reason = top_reason) AS cited, count(*) FILTER (in_period) AS given
    FROM leavers CROSS JOIN top GROUP BY GROUPING SETS ((dept, top_reason), (top_reason))`;
}

/**
 * The roster suite computed by DuckDB (native, `threads` worker threads): read_csv of the file into a table of the columns
 * the suite needs, then the metrics in SQL, reproducing core/metrics' definitions (see each SQL fragment). Rows of no department count in the totals only.
 * @example await duckdbSuite('roster.csv') // { 'headcount|all': { value: 540123, n: 540123 }, … }
 */
export async function duckdbSuite(file: string, threads = 2): Promise<SuiteResult> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  try {
    await createPeople(connection, file);
    const classified = await classifiedSql(connection);
    const suite: SuiteResult = {};
    for (const row of await rowsOf(connection, suiteSql(classified))) {
      const segment = segmentOf(row);
      if (segment !== undefined) addPeerFigures(row as unknown as PeerTallies, segment, suite);
    }
    for (const row of await rowsOf(connection, adjustedGapSql(classified))) {
      const segment = segmentOf(row);
      if (segment !== undefined) addAdjustedGap(row.gap, row.n, segment, suite);
    }
    for (const row of await rowsOf(connection, exitReasonSql(classified))) {
      const segment = segmentOf(row);
      if (segment !== undefined) addExitReasonShare(String(row.top_reason), row.cited, row.given, segment, suite);
    }
    return suite;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
