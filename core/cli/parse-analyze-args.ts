import { parseArgs } from 'node:util';
import { z } from 'zod';
import { dayFromIso, yearPeriod, type Period } from '../table/day.ts';
import type { FieldMap } from '../table/dataset.ts';
import type { Lang } from '../i18n/index.ts';

/** A command-line mistake: printed as one line, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine((s) => !Number.isNaN(dayFromIso(s)), 'not a calendar date');

const analyzeArgsSchema = z
  .object({
    file: z.string().min(1),
    sheet: z.string().optional(),
    by: z.string().optional(),
    period: z.string().regex(/^\d{4}$/, '--period takes a year such as 2016').optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    map: z.array(z.string().regex(/^[A-Za-z]+=.+$/, '--map takes field=Header')).default([]),
    lang: z.enum(['en', 'zh-CN']).default('en'),
    json: z.boolean().default(false),
    asOf: isoDate.optional(),
    k: z.coerce.number().int().min(3, 'k is never below 3').default(5),
  })
  .refine((a) => !(a.period && (a.from || a.to)), '--period cannot be combined with --from/--to')
  .refine((a) => Boolean(a.from) === Boolean(a.to), '--from and --to go together')
  .refine((a) => !a.from || !a.to || a.from <= a.to, '--from must not be after --to');

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
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
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
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('analyze takes exactly one file');
  const result = analyzeArgsSchema.safeParse({ ...values, asOf: values['as-of'], file: positionals[0] });
  if (!result.success) {
    const first = result.error.issues[0];
    throw new UsageError(first.path.length ? `--${String(first.path[0])}: ${first.message}` : first.message);
  }
  const args = result.data;
  const period = args.period ? yearPeriod(Number(args.period)) : args.from && args.to ? { from: dayFromIso(args.from), to: dayFromIso(args.to) } : null;
  const overrides: FieldMap = {};
  for (const pair of args.map) {
    const at = pair.indexOf('=');
    (overrides as Record<string, string>)[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return { file: args.file, sheet: args.sheet, by: args.by, period, overrides, lang: args.lang, json: args.json, asOf: args.asOf, k: args.k };
}
