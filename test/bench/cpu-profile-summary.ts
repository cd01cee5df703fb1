import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  /** Monotonic clock, microseconds. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function (all its call sites together). */
export interface SelfTime {
  where: string;
  milliseconds: number;
}

/**
 * Self time per function of a V8 CPU profile within `window` (monotonic microseconds, as the child reports its timed span),
 * largest first: where the timed work goes, without imports or input preparation. Functions are named `name file`
 * (tsx-transpiled code has no useful line numbers) with the path shortened to its last two segments.
 * @example topSelfTimes('/tmp/profiles', [t0, t1])[0] // { where: 'tableFromUtf8 table/csv-reader.ts', milliseconds: 310 }
 */
export function topSelfTimes(profileDir: string, window: [number, number], count = 20): SelfTime[] {
  // node --import tsx writes one profile per thread (tsx's loader has its own); the main thread's is the largest.
  const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(profileDir, name));
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const profile = JSON.parse(readFileSync(largest, 'utf8')) as CpuProfile;
  const nameOf = new Map(profile.nodes.map(({ id, callFrame }) => [id, `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').slice(-2).join('/')}`]));
  const totals = new Map<string, number>();
  let time = profile.startTime;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i];
    if (time < window[0] || time > window[1]) return;
    const where = nameOf.get(id) ?? '?';
    totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  return [...totals].map(([where, milliseconds]) => ({ where, milliseconds })).sort((a, b) => b.milliseconds - a.milliseconds).slice(0, count);
}
