import type { Direction } from '../metrics/evidence.ts';
import type { Finding } from './finding.ts';

/**
 * Whether going from one value to another (then → now, target → value, rest → group) is better or worse given the metric's
 * favourable direction (turnover: down is good), so findings never call a rise in turnover an improvement. For a signed gap
 * (`toward-zero`, pay gap) the distance from 0 decides: −2.1% → −3.0% is worse, +3% → −2% better, +2% → −2% neutral. No
 * difference, or a neutral metric, is 'neutral'.
 * @example directionOfChange(0.1, 0.15, 'down') // 'worse'
 * @example directionOfChange(-0.021, -0.03, 'toward-zero') // 'worse'
 */
export function directionOfChange(from: number, to: number, direction: Direction): Finding['direction'] {
  switch (direction) {
    case 'neutral':
      return 'neutral';
    case 'toward-zero':
      return signOf(Math.abs(from) - Math.abs(to));
    case 'up':
      return signOf(to - from);
    case 'down':
      return signOf(from - to);
  }
}

/** A gain (positive: better), a loss (negative: worse) or none (zero or NaN: neutral). */
function signOf(gain: number): Finding['direction'] {
  if (gain === 0 || Number.isNaN(gain)) return 'neutral';
  return gain > 0 ? 'better' : 'worse';
}
