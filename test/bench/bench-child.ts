import { analyzeCsvFile, analyzeValues } from './peoplecase-paths.ts';
import { arqueroSuite } from './arquero-suite.ts';
import { benchScenario } from './bench-scenario.ts';
import { duckdbSuite } from './duckdb-suite.ts';
import { benchPaths, type BenchPath, type ChildReport } from './child-report.ts';
import { suiteFromEvidence } from './suite-result.ts';
import { generateRoster, rosterValues } from './synthetic-roster.ts';

/**
 * Run one path once, timing only the work the path stands for: for the array path the 2D array is built first (as Office.js
 * would hand it over) and garbage is collected before the clock starts.
 */
async function runPath(path: BenchPath, file: string, rows: number): Promise<ChildReport> {
  const values = path === 'array' ? rosterValues(generateRoster(rows, benchScenario.seed)) : null;
  globalThis.gc?.();
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  const suite =
    path === 'csv' ? suiteFromEvidence(analyzeCsvFile(file).evidence)
    : path === 'array' ? suiteFromEvidence(analyzeValues(values!).evidence)
    : path === 'arquero' ? arqueroSuite(file)
    : await duckdbSuite(file, 2);
  const ended = process.hrtime.bigint();
  const { user, system } = process.cpuUsage(cpu);
  const window: [number, number] = [Number(started / 1000n), Number(ended / 1000n)];
  return { path, seconds: Number(ended - started) / 1e9, cpuSeconds: (user + system) / 1e6, peakMiB: process.resourceUsage().maxRSS / 1024, window, suite };
}

const [path, file, rows] = process.argv.slice(2);
if (!benchPaths.includes(path as BenchPath) || !file || !(Number(rows) > 0)) {
  console.error('usage: bench-child.ts <csv|array|arquero|duckdb> <roster.csv> <rows>');
  process.exit(2);
}
console.log(JSON.stringify(await runPath(path as BenchPath, file, Number(rows))));
