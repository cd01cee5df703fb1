import { assumptionKeys, assumptionsSchema, type Assumption, type AssumptionKey, type Assumptions } from './assumptions.ts';

/** A user's change to one assumption: any of its ends, and optionally a note replacing the cited source. */
export interface AssumptionEdit {
  low?: number;
  base?: number;
  high?: number;
  source?: string;
}

/** Changes to an assumption set: per-key edits and the currency. */
export type AssumptionEdits = Partial<Record<AssumptionKey, AssumptionEdit>> & { currency?: string };

/**
 * Apply user edits to an assumption set and return a new, validated set, so impacts can be recomputed from it purely.
 * A new base without its own low / high widens the range just enough to contain it (low = min(low, base), high = max(high, base));
 * ends the user sets explicitly must satisfy low ≤ base ≤ high, otherwise an Error names the key. No edits returns an equal copy.
 * @example editAssumptions(defaultAssumptions, { leaverCostShare: { base: 0.4 } }).leaverCostShare // { low: 0.21, base: 0.4, high: 1.5, … }
 */
export function editAssumptions(assumptions: Assumptions, edits: AssumptionEdits): Assumptions {
  const next: Assumptions = { ...assumptions };
  if (edits.currency !== undefined) next.currency = edits.currency;
  for (const key of assumptionKeys) {
    const edit = edits[key];
    if (edit) next[key] = editOne(key, assumptions[key], edit);
  }
  const checked = assumptionsSchema.safeParse(next);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`Assumption "${issue.path.join('.') || 'currency'}": ${issue.message}`);
  }
  return checked.data;
}

function editOne(key: AssumptionKey, current: Assumption, edit: AssumptionEdit): Assumption {
  for (const end of ['low', 'base', 'high'] as const) {
    const value = edit[end];
    if (value !== undefined && !Number.isFinite(value)) throw new Error(`Assumption "${key}.${end}": must be a finite number, got ${value}`);
  }
  const base = edit.base ?? current.base;
  const low = edit.low ?? Math.min(current.low, base);
  const high = edit.high ?? Math.max(current.high, base);
  if (low > base) throw new Error(`Assumption "${key}": low ${low} is above base ${base} (needs low ≤ base ≤ high)`);
  if (base > high) throw new Error(`Assumption "${key}": base ${base} is above high ${high} (needs low ≤ base ≤ high)`);
  const edited = edit.low !== undefined || edit.base !== undefined || edit.high !== undefined;
  return {
    ...current,
    low,
    base,
    high,
    source: edit.source ?? current.source,
    fallback: current.fallback && !edited,
    edited: current.edited || edited,
  };
}
