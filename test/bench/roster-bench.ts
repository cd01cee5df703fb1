import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchScenario } from './bench-scenario.ts';
import { benchPaths, type BenchPath, type ChildReport } from './child-report.ts';
import { topSelfTimes } from './cpu-profile-summary.ts';
import { compareSuites, uncoveredMetrics } from './suite-result.ts';
import { rosterCsvFile } from './synthetic-roster.ts';

/** DESIGN.md §7 budgets, for 1,000,000 rows on 2 cores. */
const targets = { seconds: 1.5, peakMiB: 600, arraySeconds: 0.5, ratio: 3, duckdbRatio: 2 } as const;
const TARGET_ROWS = 1_000_000;
/** Agreement with the peers: same n, values within 1e-9 relative (medians and ratios are computed the same way, only summation order differs). */
const PEER_TOLERANCE = 1e-9;

const labels: Record<BenchPath, string> = {
  csv: '(a) CSV file → evidence',
  array: '(b) 2D array → evidence',
  arquero: 'arquero fromCSV + verbs',
  duckdb: 'DuckDB read_csv + SQL, 2 thr',
};

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Node flags of a child: gc for a clean start, tsx to run TypeScript, plus any extra (profiling). */
function childArgs(extra: string[]): string[] {
  return ['--expose-gc', '--import', import.meta.resolve('tsx'), ...extra, join(import.meta.dirname, 'bench-child.ts')];
}

/** Run one path in a fresh process and read its report (the child's last stdout line). */
function runChild(path: BenchPath, file: string, rows: number, extraFlags: string[] = []): ChildReport {
  const child = spawnSync(process.execPath, [...childArgs(extraFlags), path, file, String(rows)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  if (child.status !== 0) throw new Error(`${path} run failed (exit ${child.status ?? child.signal})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ChildReport;
}

/** `runs` reports per path, paths interleaved within each round so machine noise spreads over all of them. */
function measure(file: string, rows: number, runs: number): Record<BenchPath, ChildReport[]> {
  const reports = { csv: [], array: [], arquero: [], duckdb: [] } as Record<BenchPath, ChildReport[]>;
  for (let run = 1; run <= runs; run++) {
    for (const path of benchPaths) {
      process.stderr.write(`run ${run}/${runs}: ${path}…\r`);
      reports[path].push(runChild(path, file, rows));
    }
  }
  process.stderr.write('\n');
  return reports;
}

/** Agreement lines: ours (CSV) vs each peer within PEER_TOLERANCE, and the array path identical to the CSV path. */
function agreement(reports: Record<BenchPath, ChildReport[]>): { lines: string[]; agree: boolean } {
  const ours = reports.csv[0].suite;
  const checks = [
    ['ours vs DuckDB', compareSuites(ours, reports.duckdb[0].suite, PEER_TOLERANCE)],
    ['ours vs arquero', compareSuites(ours, reports.arquero[0].suite, PEER_TOLERANCE)],
    ['CSV path vs array path', compareSuites(ours, reports.array[0].suite, 0)],
  ] as const;
  const figures = Object.keys(ours).length;
  const suppressed = Object.values(ours).filter((figure) => figure.suppressed).length;
  const lines = [`agreement on ${figures} figures (${suppressed} suppressed by k=${benchScenario.k}, compared by n only):`];
  for (const [name, problems] of checks) {
    lines.push(`  ${name}: ${problems.length === 0 ? 'agree' : `${problems.length} DISAGREE`}`, ...problems.slice(0, 10).map((line) => `    ${line}`));
  }
  const uncovered = uncoveredMetrics(ours, reports.duckdb[0].suite);
  if (uncovered.length > 0) lines.push(`  not reproduced by the peers yet: ${uncovered.join(', ')}`);
  return { lines, agree: checks.every(([, problems]) => problems.length === 0) };
}

const mark = (met: boolean): string => (met ? 'met' : 'MISSED');

/** The readable table: per path the median, every run and the median peak memory; then the ratios against their targets. */
function table(reports: Record<BenchPath, ChildReport[]>, rows: number, fileMB: number, runs: number): string[] {
  const seconds = (path: BenchPath) => median(reports[path].map((r) => r.seconds));
  const peak = (path: BenchPath) => median(reports[path].map((r) => r.peakMiB));
  const lines = [
    `PeopleCase roster benchmark: ${rows.toLocaleString('en')} rows × 15 columns (${fileMB.toFixed(1)} MB CSV), every roster metric per department for ${benchScenario.year}; medians of ${runs} run(s), one process per run`,
    `${'path'.padEnd(30)}${'median s'.padStart(10)}${'cpu s'.padStart(8)}${'peak MiB'.padStart(10)}   runs (s)`,
  ];
  for (const path of benchPaths) {
    const cpu = median(reports[path].map((r) => r.cpuSeconds));
    lines.push(`${labels[path].padEnd(30)}${seconds(path).toFixed(3).padStart(10)}${cpu.toFixed(3).padStart(8)}${peak(path).toFixed(0).padStart(10)}   ${reports[path].map((r) => r.seconds.toFixed(3)).join(' ')}`);
  }
  const scale = rows === TARGET_ROWS ? '' : ` (targets are for ${TARGET_ROWS.toLocaleString('en')} rows)`;
  lines.push(
    `targets${scale}: CSV ${seconds('csv').toFixed(2)} s < ${targets.seconds} s ${mark(seconds('csv') < targets.seconds)}; ` +
      `CSV peak ${peak('csv').toFixed(0)} MiB < ${targets.peakMiB} ${mark(peak('csv') < targets.peakMiB)}; ` +
      `array ${seconds('array').toFixed(2)} s < ${targets.arraySeconds} s ${mark(seconds('array') < targets.arraySeconds)}; ` +
      `arquero/ours ${(seconds('arquero') / seconds('csv')).toFixed(2)}× ≥ ${targets.ratio}× ${mark(seconds('arquero') / seconds('csv') >= targets.ratio)}; ` +
      `ours/DuckDB ${(seconds('csv') / seconds('duckdb')).toFixed(2)}× ≤ ${targets.duckdbRatio}× ${mark(seconds('csv') / seconds('duckdb') <= targets.duckdbRatio)}`,
    '(peak MiB is the whole process: the array path includes the 2D array it is handed. cpu s is user + system time of all the',
    ' process threads (GC helpers, DuckDB workers) over the timed span: when the machine is shared, wall time inflates with load)',
  );
  return lines;
}

/** The JSON line of the issue's contract. */
function summary(reports: Record<BenchPath, ChildReport[]>, rows: number) {
  const seconds = (path: BenchPath) => median(reports[path].map((r) => r.seconds));
  const round = (x: number, digits = 3) => Number(x.toFixed(digits));
  return {
    rows,
    seconds: round(seconds('csv')),
    arraySeconds: round(seconds('array')),
    peakMiB: round(median(reports.csv.map((r) => r.peakMiB)), 1),
    arqueroSeconds: round(seconds('arquero')),
    duckdbSeconds: round(seconds('duckdb')),
    ratio: round(seconds('arquero') / seconds('csv'), 2),
    duckdbRatio: round(seconds('csv') / seconds('duckdb'), 2),
  };
}

/** `--profile`: our two paths once each under --cpu-prof, with the functions that take the most self time. */
function profile(file: string, rows: number): string[] {
  const lines: string[] = [];
  for (const path of ['csv', 'array'] as const) {
    const dir = mkdtempSync(join(benchScenario.cacheDir, `profile-${path}-`));
    const report = runChild(path, file, rows, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    lines.push(`${labels[path]}: ${report.seconds.toFixed(3)} s under the profiler; top self time within the timed span:`);
    for (const { where, milliseconds } of topSelfTimes(dir, report.window)) lines.push(`  ${milliseconds.toFixed(0).padStart(6)} ms  ${where}`);
    rmSync(dir, { recursive: true });
  }
  return lines;
}

const { values: options } = parseArgs({
  options: { rows: { type: 'string', default: String(TARGET_ROWS) }, runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false } },
});
const rows = Number(options.rows);
const runs = Number(options.runs);
if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench -- [--rows N] [--runs R] [--json] [--profile]');
  process.exit(2);
}
const generating = performance.now();
const file = rosterCsvFile(rows, benchScenario.seed, benchScenario.cacheDir);
process.stderr.write(`roster: ${file} (${((performance.now() - generating) / 1000).toFixed(1)} s to generate or find)\n`);
if (options.profile) {
  console.log(profile(file, rows).join('\n'));
} else {
  const reports = measure(file, rows, runs);
  const { lines, agree } = agreement(reports);
  console.log([...table(reports, rows, statSync(file).size / 1e6, runs), ...lines].join('\n'));
  if (options.json) console.log(JSON.stringify(summary(reports, rows)));
  if (!agree) process.exitCode = 1;
}
