import { rawTableFromValues as orig } from './fv-orig.ts';
import { rawTableFromValues as guard } from './fv-guard.ts';
import { generateRoster, rosterValues } from '../synthetic-roster.ts';
import { rosterNumberFormats } from '../synthetic-roster.ts';
const values = rosterValues(generateRoster(1_000_000, 42));
globalThis.gc?.();
const fns = { orig, guard } as const;
for (let round = 0; round < 3; round++) for (const [name, fn] of Object.entries(fns)) {
  globalThis.gc?.();
  const c = process.cpuUsage(); const t = performance.now();
  fn(values, { numberFormats: rosterNumberFormats });
  const u = process.cpuUsage(c);
  console.log(name.padEnd(8), (performance.now() - t).toFixed(0), 'ms wall', ((u.user + u.system) / 1000).toFixed(0), 'ms cpu');
}
