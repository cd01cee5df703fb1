import type { Direction } from '../metrics/evidence.ts';
import type { Finding } from './finding.ts';

/**
 * Whether a signed difference is better or worse given the metric's favourable direction (turnover: down is good), so
 * findings never call a rise in turnover an improvement. No difference, or a neutral metric, is 'neutral'.
 * @example directionOfChange(0.05, 'down') // 'worse'
 */
export function directionOfChange(delta: number, direction: Direction): Finding['direction'] {
  if (delta === 0 || direction === 'neutral' || Number.isNaN(delta)) return 'neutral';
  return (delta > 0) === (direction === 'up') ? 'better' : 'worse';
}
