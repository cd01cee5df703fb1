import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { z as zod } from 'zod';
import { dayFromIso } from '../table/day.ts';

/** A command-line mistake: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * A well-formed command line the data cannot honour (a table that is not a roster given to analyze, a department the roster
 * does not have): printed as one line naming what exists, without the usage text, exit status 2.
 */
export class InputMismatchError extends Error {
  override readonly name = 'InputMismatchError';
}

/** A `YYYY-MM-DD` flag value that is a real calendar date. */
export const isoDateArg = zod.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine((s) => !Number.isNaN(dayFromIso(s)), 'not a calendar date');

/**
 * Parse flags with node:util and validate them with a zod schema, so every command reports its mistakes the same way:
 * one UsageError naming the flag.
 * @example parseCommandLine(['--lang', 'fr'], { lang: { type: 'string' } }, z.object({ lang: z.enum(['en']) })) // throws '--lang: …'
 */
export function parseCommandLine<S extends z.ZodType>(
  argv: string[],
  options: NonNullable<ParseArgsConfig['options']>,
  schema: S,
  extra: (values: Record<string, unknown>, positionals: string[]) => Record<string, unknown> = () => ({}),
): z.infer<S> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as Record<string, unknown>;
  const result = schema.safeParse({ ...values, ...extra(values, parsed.positionals) });
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UsageError(first.path.length ? `--${String(first.path[0])}: ${first.message}` : first.message);
  }
  return result.data;
}

/** `key=value` pairs of a repeated flag as an object (`--map hireDate=Joined`). */
export function pairsToObject(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]));
}
