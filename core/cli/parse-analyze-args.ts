import { z } from 'zod';
import { dayFromIso, isoFromDay, todayDay, yearPeriod, type Period } from '../table/day.ts';
import type { FieldMap } from '../table/dataset.ts';
import type { Lang } from '../i18n/index.ts';
import { isoDateArg, pairsToObject, parseCommandLine, UsageError } from './command-line.ts';

export { UsageError };

/** `--period YYYY | --from D --to D`, shared by the commands that compute metrics over a period. */
export const periodArgs = {
  period: z.string().regex(/^\d{4}$/, '--period takes a year such as 2016').optional(),
  from: isoDateArg.optional(),
  to: isoDateArg.optional(),
};

/** The period the flags name, or null for the default (the last twelve months of the data). */
export function periodOf(args: { period?: string; from?: string; to?: string }): Period | null {
  if (args.period) return yearPeriod(Number(args.period));
  return args.from && args.to ? { from: dayFromIso(args.from), to: dayFromIso(args.to) } : null;
}

/** Period flags that contradict each other, or name a period that starts after the as-of day (today unless `--as-of`). */
export function periodProblem(args: { period?: string; from?: string; to?: string; asOf?: string }): string | null {
  if (args.period && (args.from || args.to)) return '--period cannot be combined with --from/--to';
  if (Boolean(args.from) !== Boolean(args.to)) return '--from and --to go together';
  if (args.from && args.to && args.from > args.to) return '--from must not be after --to';
  const start = args.period ? `${args.period}-01-01` : args.from;
  const asOf = args.asOf ?? isoFromDay(todayDay());
  // Every figure of a period that has not begun would read 0% or 100%, as if measured.
  if (start && start > asOf) return `the period starts after ${asOf}: nothing in it has happened yet`;
  return null;
}

const analyzeArgsSchema = z
  .object({
    file: z.string().min(1),
    sheet: z.string().optional(),
    by: z.string().optional(),
    ...periodArgs,
    map: z.array(z.string().regex(/^[A-Za-z]+=.+$/, '--map takes field=Header')).default([]),
    lang: z.enum(['en', 'zh-CN']).default('en'),
    json: z.boolean().default(false),
    asOf: isoDateArg.optional(),
    k: z.coerce.number().int().min(3, 'k is never below 3').default(5),
  })
  .superRefine((args, ctx) => {
    const problem = periodProblem(args);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The validated `analyze` command line. */
export interface AnalyzeArgs {
  file: string;
  sheet?: string;
  by?: string;
  period: Period | null;
  overrides: FieldMap;
  lang: Lang;
  json: boolean;
  asOf?: string;
  k: number;
}

/**
 * Parse and validate `analyze` arguments; every mistake becomes a UsageError naming the flag.
 * @example parseAnalyzeArgs(['roster.csv', '--period', '2016']).period // { from: 16801, to: 17166 }
 */
export function parseAnalyzeArgs(argv: string[]): AnalyzeArgs {
  const args = parseCommandLine(
    argv,
    {
      sheet: { type: 'string' },
      by: { type: 'string' },
      period: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      map: { type: 'string', multiple: true },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
      k: { type: 'string' },
    },
    analyzeArgsSchema,
    (values, positionals) => {
      if (positionals.length !== 1) throw new UsageError('analyze takes exactly one file');
      return { asOf: values['as-of'], file: positionals[0] };
    },
  );
  return { file: args.file, sheet: args.sheet, by: args.by, period: periodOf(args), overrides: pairsToObject(args.map), lang: args.lang, json: args.json, asOf: args.asOf, k: args.k };
}
