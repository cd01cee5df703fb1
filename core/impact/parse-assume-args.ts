import { assumptionKeys, defaultAssumptions, type AssumptionKey, type Assumptions } from './assumptions.ts';
import { editAssumptions, type AssumptionEdits } from './edit-assumptions.ts';

const ENDS = ['low', 'base', 'high'] as const;

/**
 * Read the CLI's repeated `--assume key=value` arguments into a new assumption set: `key=v` sets the base,
 * `key.low=v` / `key.high=v` (or `key.base=v`) set an end, `currency=CNY` the currency; order does not matter.
 * An unknown key, a non-number or a low > base > high violation throws an Error naming the key. No arguments returns `from` unchanged.
 * @example parseAssumeArgs(['leaverCostShare=0.4', 'leaverCostShare.high=1']).leaverCostShare // { low: 0.21, base: 0.4, high: 1, … }
 */
export function parseAssumeArgs(args: readonly string[], from: Assumptions = defaultAssumptions): Assumptions {
  const edits: AssumptionEdits = {};
  for (const arg of args) {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new Error(`--assume "${arg}": expected key=value, e.g. leaverCostShare=0.4`);
    const [name, end = 'base'] = arg.slice(0, eq).trim().split('.', 2);
    const text = arg.slice(eq + 1).trim();
    if (name === 'currency' && end === 'base') {
      edits.currency = text.toUpperCase();
      continue;
    }
    if (!isAssumptionKey(name)) throw new Error(`--assume "${arg}": unknown assumption "${name}"; known: currency, ${assumptionKeys.join(', ')}`);
    if (!(ENDS as readonly string[]).includes(end)) throw new Error(`--assume "${arg}": "${name}.${end}" is not low, base or high`);
    const value = text === '' ? NaN : Number(text);
    if (!Number.isFinite(value)) throw new Error(`--assume "${arg}": "${name}" needs a number, got "${text}"`);
    edits[name] = { ...edits[name], [end]: value };
  }
  return editAssumptions(from, edits);
}

function isAssumptionKey(name: string): name is AssumptionKey {
  return (assumptionKeys as readonly string[]).includes(name);
}
