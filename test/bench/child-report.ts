import type { SuiteResult } from './suite-result.ts';

/** The four timed paths; each runs alone in a fresh process so its peak memory is its own. */
export const benchPaths = ['csv', 'array', 'arquero', 'duckdb'] as const;
export type BenchPath = (typeof benchPaths)[number];

/** What one child reports on its single stdout line. */
export interface ChildReport {
  path: BenchPath;
  seconds: number;
  /** CPU time (user + system, all threads) over the timed span: less sensitive than wall time to other load on a shared machine. */
  cpuSeconds: number;
  /** Peak resident set of the whole process (process.resourceUsage().maxRSS), input included. */
  peakMiB: number;
  /** The timed span on the monotonic clock, in microseconds (V8 CPU profiles use the same clock), so a profile can be cut to it. */
  window: [number, number];
  suite: SuiteResult;
}
