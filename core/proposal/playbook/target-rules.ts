import type { Evidence } from '../../metrics/evidence.ts';

type Valued = Evidence & { value: number };

/** Rounding steps per unit: targets are round numbers a manager can remember. */
const steps: Record<Evidence['unit'], number> = {
  ratio: 0.01,
  count: 1,
  days: 1,
  years: 0.1,
  currency: 100,
  'per-manager': 0.5,
};

/**
 * A target value rounded to its unit's step in the favourable direction (down for "less is better"), so a target is never
 * softer than the rule that set it.
 * @example roundTarget({ unit: 'ratio', direction: 'down' }, 0.1372) // 0.13
 */
export function roundTarget(evidence: Pick<Evidence, 'unit' | 'direction'>, raw: number): number {
  const step = steps[evidence.unit];
  const scaled = raw / step;
  const whole = evidence.direction === 'down' ? Math.floor(scaled + 1e-9) : evidence.direction === 'up' ? Math.ceil(scaled - 1e-9) : Math.round(scaled);
  return Number((whole * step).toFixed(6));
}

function isBetter(evidence: Valued, candidate: number): boolean {
  if (evidence.direction === 'up') return candidate > evidence.value;
  if (evidence.direction === 'down') return candidate < evidence.value;
  return candidate !== evidence.value;
}

/**
 * A rule closing a share of the gap to the rest of the population (halfway for 0.5); with no better comparison it asks for a
 * relative improvement of half that share instead — a stretch the group's own peers already show is achievable.
 * @example towardRest(0.5)({ value: 0.2, restValue: 0.1, unit: 'ratio', direction: 'down', … }) // 0.15
 */
export function towardRest(share: number): (evidence: Valued) => number {
  return (evidence) => {
    const { value, restValue } = evidence;
    if (restValue !== null && isBetter(evidence, restValue)) return roundTarget(evidence, value + (restValue - value) * share);
    const relative = share / 2;
    if (evidence.direction === 'down') return roundTarget(evidence, value * (1 - relative));
    if (evidence.direction === 'up') {
      return roundTarget(evidence, evidence.unit === 'ratio' && value <= 1 ? value + (1 - value) * relative : value * (1 + relative));
    }
    return roundTarget(evidence, value);
  };
}

/**
 * A rule setting a fixed level (a 90% SLA compliance, a compa-ratio of 1.00) when it is better than today, else closing half
 * the gap to the rest, so a target never asks for less than what already holds.
 * @example fixedLevel(0.9)({ value: 0.55, direction: 'up', unit: 'ratio', … }) // 0.9
 */
export function fixedLevel(level: number): (evidence: Valued) => number {
  return (evidence) => (isBetter(evidence, level) ? roundTarget(evidence, level) : towardRest(0.5)(evidence));
}

/**
 * A rule keeping today's value: for an effect worth holding while it is scaled up.
 * @example keepLevel({ value: 0.042, unit: 'ratio', direction: 'up', … }) // 0.04
 */
export function keepLevel(evidence: Valued): number {
  return roundTarget({ ...evidence, direction: 'neutral' }, evidence.value);
}

/** Share of the hiring plan, or of department actions within SLA, a recovery plan aims for: near-complete, not perfect. */
export const recoveryLevel = 0.9;

/**
 * A rule for hiring and cooperation findings: a share (plan completion, feedback on time) is raised to the recovery level; a
 * duration or a cost closes half its gap to the rest.
 * @example recoveryTarget({ metric: 'hiring_plan_completion', value: 0.5, unit: 'ratio', direction: 'up', … }) // 0.9
 */
export function recoveryTarget(evidence: Valued): number {
  return evidence.unit === 'ratio' && evidence.direction === 'up' ? fixedLevel(recoveryLevel)(evidence) : towardRest(0.5)(evidence);
}
