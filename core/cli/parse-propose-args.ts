import { z } from 'zod';
import type { Lang } from '../i18n/index.ts';
import type { Period } from '../table/day.ts';
import { documentFormats, type DocumentFormat } from '../render/index.ts';
import { isoDateArg, parseCommandLine, UsageError } from './command-line.ts';
import { periodArgs, periodOf, periodProblem } from './parse-analyze-args.ts';

/** The tables `propose` reads, each from its own file (CSV or XLSX). */
export const caseTableFlags = ['roster', 'requisitions', 'candidates', 'training', 'goals', 'business', 'approvals'] as const;
export type CaseTableFlag = (typeof caseTableFlags)[number];

const formatList = z
  .string()
  .transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean))
  .pipe(z.array(z.enum(documentFormats)).min(1, 'name at least one format'));

const proposeArgsSchema = z
  .object({
    roster: z.string().min(1, 'a roster file is required'),
    ...Object.fromEntries(caseTableFlags.slice(1).map((flag) => [flag, z.string().optional()])),
    department: z.string().optional(),
    ...periodArgs,
    lang: z.enum(['en', 'zh-CN', 'both']).default('both'),
    assume: z.array(z.string()).default([]),
    assumptions: z.string().optional(),
    out: z.string().default('out'),
    format: formatList.default(['md', 'html', 'docx', 'pptx', 'json']),
    asOf: isoDateArg.optional(),
    includeIdentifiers: z.boolean().default(false),
    k: z.coerce.number().int().min(3, 'k is never below 3').default(5),
  })
  .superRefine((args, ctx) => {
    const problem = periodProblem(args);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** The validated `propose` command line. */
export interface ProposeArgs {
  files: Partial<Record<CaseTableFlag, string>>;
  department: string | null;
  period: Period | null;
  langs: Lang[];
  assume: string[];
  assumptionsFile: string | null;
  out: string;
  formats: DocumentFormat[];
  asOf: string | null;
  includeIdentifiers: boolean;
  k: number;
}

/**
 * Parse and validate `propose` arguments; every mistake becomes a UsageError naming the flag.
 * @example parseProposeArgs(['--roster', 'roster.csv', '--lang', 'zh-CN']).langs // ['zh-CN']
 */
export function parseProposeArgs(argv: string[]): ProposeArgs {
  const args = parseCommandLine(
    argv,
    {
      ...Object.fromEntries(caseTableFlags.map((flag) => [flag, { type: 'string' as const }])),
      department: { type: 'string' },
      period: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      lang: { type: 'string' },
      assume: { type: 'string', multiple: true },
      assumptions: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      'as-of': { type: 'string' },
      'include-identifiers': { type: 'boolean' },
      k: { type: 'string' },
    },
    proposeArgsSchema,
    (values, positionals) => {
      if (positionals.length > 0) throw new UsageError(`propose takes its files as flags (--roster FILE …), not "${positionals[0]}"`);
      return { asOf: values['as-of'], includeIdentifiers: values['include-identifiers'] };
    },
  );
  const given = args as Record<string, unknown>;
  const files = Object.fromEntries(caseTableFlags.flatMap((flag) => (typeof given[flag] === 'string' ? [[flag, given[flag]]] : []))) as Partial<Record<CaseTableFlag, string>>;
  return {
    files,
    department: args.department ?? null,
    period: periodOf(args),
    langs: args.lang === 'both' ? ['en', 'zh-CN'] : [args.lang],
    assume: args.assume,
    assumptionsFile: args.assumptions ?? null,
    out: args.out,
    formats: args.format,
    asOf: args.asOf ?? null,
    includeIdentifiers: args.includeIdentifiers,
    k: args.k,
  };
}
