import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a V8 .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function (all its call sites together). */
export interface SelfTime {
  where: string;
  milliseconds: number;
}

/**
 * Self time per function of a V8 CPU profile, largest first: where the time goes without a profile viewer. Functions are named
 * `name path:line` with the path shortened to its last two segments.
 * @example topSelfTimes('/tmp/profiles')[0] // { where: 'tableFromUtf8 table/csv-reader.ts:57', milliseconds: 310 }
 */
export function topSelfTimes(profileDir: string, count = 20): SelfTime[] {
  // node --import tsx writes one profile per thread (tsx's loader has its own); the main thread's is the largest.
  const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile')).map((name) => join(profileDir, name));
  const largest = files.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const profile = JSON.parse(readFileSync(largest, 'utf8')) as CpuProfile;
  const nameOf = new Map(profile.nodes.map(({ id, callFrame }) => [id, `${callFrame.functionName || '(anonymous)'} ${callFrame.url.split('/').slice(-2).join('/')}:${callFrame.lineNumber + 1}`]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const where = nameOf.get(id) ?? '?';
    totals.set(where, (totals.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].map(([where, milliseconds]) => ({ where, milliseconds })).sort((a, b) => b.milliseconds - a.milliseconds).slice(0, count);
}
