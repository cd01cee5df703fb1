import type { Evidence } from '../../metrics/evidence.ts';
import { evidenceFormat } from '../quantities.ts';

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

/** A share below this is rounded to a tenth of a point (0.8%), at or above it to whole points (17%): a precision that fits its size. */
const smallShare = 0.1;

/** The finest step a value of each unit is written in (percent with 1 decimal, a multiple with 2): a target finer than it cannot be read. */
const writtenSteps: Record<Evidence['unit'], number> = { ...steps, ratio: 0.001 };

type Rounded = Pick<Evidence, 'unit' | 'direction'> & Partial<Pick<Evidence, 'metric' | 'value'>>;

/** Whether a ratio is a share written in percent (turnover, 0.8%) rather than a multiple written with 2 decimals (compa-ratio, 0.92). */
function isShare(evidence: Rounded): boolean {
  return evidence.unit === 'ratio' && (evidence.metric === undefined || evidenceFormat({ metric: evidence.metric, unit: evidence.unit }) === 'percent');
}

/** The step a target is rounded to: a share's step shrinks with its size, so 1.0% is not floored to 0% nor 0.85% to 0%. */
function stepFor(evidence: Rounded, raw: number): number {
  return isShare(evidence) && Math.abs(raw) < smallShare ? writtenSteps.ratio : steps[evidence.unit];
}

function writtenStep(evidence: Rounded): number {
  return isShare(evidence) ? writtenSteps.ratio : steps[evidence.unit];
}

function roundAt(direction: Evidence['direction'], raw: number, step: number): number {
  const scaled = raw / step;
  const whole = direction === 'down' ? Math.floor(scaled + 1e-9) : direction === 'up' ? Math.ceil(scaled - 1e-9) : Math.round(scaled);
  return Number((whole * step).toFixed(6));
}

/**
 * A target value rounded in the favourable direction (down for "less is better"), so a target is never softer than the rule
 * that set it, to a step that fits its size: a share to 0.1 point below 10%, to whole points above; other units to their step.
 * Given the current value (the evidence's `value`) and a direction, the target is also a real improvement as written: at least
 * one written step better than today (never onto the current value nor past it to the wrong side), and never the ideal end
 * (zero for "less is better", 100% for a share to raise: no plan removes a whole cost) — when the coarse step would land there
 * the finer written step is used, and when no written value lies between today and that end the target holds today's value.
 * @example roundTarget({ unit: 'ratio', direction: 'down' }, 0.1372) // 0.13
 * @example roundTarget({ unit: 'ratio', direction: 'down' }, 0.0082) // 0.008
 * @example roundTarget({ unit: 'ratio', direction: 'down', value: 0.0104 }, 0.0102) // 0.009 (1.0% would repeat today's 1.0%)
 */
export function roundTarget(evidence: Rounded, raw: number): number {
  const rounded = roundAt(evidence.direction, raw, stepFor(evidence, raw));
  const current = evidence.value;
  if (current === undefined || current === null || (evidence.direction !== 'down' && evidence.direction !== 'up')) return rounded;
  const down = evidence.direction === 'down';
  const step = writtenStep(evidence);
  const currentWritten = Math.round(current / step);
  const beyondCurrent = Number(((down ? currentWritten - 1 : currentWritten + 1) * step).toFixed(6));
  const improves = (candidate: number) => (down ? candidate <= beyondCurrent + 1e-12 && candidate < current : candidate >= beyondCurrent - 1e-12 && candidate > current);
  const atIdealEnd = (candidate: number) => (down ? current > 0 && candidate <= 0 : isShare(evidence) && current < 1 && candidate >= 1);
  const candidate = [rounded, roundAt(evidence.direction, raw, step), beyondCurrent].find((value) => improves(value) && !atIdealEnd(value));
  return candidate ?? current;
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
 * A rule keeping today's value, rounded to the step that fits its size: for an effect worth holding while it is scaled up.
 * @example keepLevel({ value: 0.042, unit: 'ratio', direction: 'up', … }) // 0.042
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
