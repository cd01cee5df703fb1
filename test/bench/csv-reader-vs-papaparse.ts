/**
 * readCsv against papaparse on the bench's seeded 1,000,000-row roster, each run in a fresh process so its peak memory is
 * its own (input bytes included): `npx tsx test/bench/csv-reader-vs-papaparse.ts [rows] [runs]`. Prints medians of wall and
 * CPU time (the steadier figure on a shared machine) and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { readCsv } from '../../core/table/csv-reader.ts';
import { benchScenario } from './bench-scenario.ts';
import { rosterCsvFile } from './synthetic-roster.ts';

const readers = {
  readCsv: (bytes: Buffer) => readCsv(bytes).rowCount,
  papaparse: (bytes: Buffer) => Papa.parse<Record<string, string>>(bytes.toString('utf8'), { header: true, skipEmptyLines: true }).data.length,
};
type Reader = keyof typeof readers;

function child(reader: Reader, file: string): void {
  const bytes = readFileSync(file);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = readers[reader](bytes);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  console.log(JSON.stringify({ rows, seconds, cpuSeconds: (user + system) / 1e6, peakMiB: process.resourceUsage().maxRSS / 1024 }));
}

function parent(rows: number, runs: number): void {
  const file = rosterCsvFile(rows, benchScenario.seed, benchScenario.cacheDir);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  for (const reader of Object.keys(readers) as Reader[]) {
    const reports = Array.from({ length: runs }, () => {
      const run = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), import.meta.filename, '--child', reader, file], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${reader} failed: ${run.stderr}`);
      return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { rows: number; seconds: number; cpuSeconds: number; peakMiB: number };
    });
    const [seconds, cpu, peak] = (['seconds', 'cpuSeconds', 'peakMiB'] as const).map((key) => median(reports.map((report) => report[key])));
    console.log(`${reader.padEnd(10)} ${reports[0].rows} rows  ${seconds.toFixed(2)} s (${cpu.toFixed(2)} s CPU)  ${peak.toFixed(0)} MiB peak, median of ${runs}`);
  }
}

if (process.argv[2] === '--child') child(process.argv[3] as Reader, process.argv[4]);
else parent(Number(process.argv[2] ?? 1_000_000), Number(process.argv[3] ?? 3));
