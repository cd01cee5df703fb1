import { fileURLToPath } from 'node:url';
import type { Case } from '../case/build-case.ts';
import { parseAssumeArgs } from '../impact/parse-assume-args.ts';
import type { Assumptions } from '../impact/assumptions.ts';
import { parseCommandLine } from './command-line.ts';
import { caseTableFlags, type ProposeArgs } from './parse-propose-args.ts';
import { z } from 'zod';

/** The demo company's export day: its data ends on 2025-12-31, so its "today" is fixed and every run finds the same stories. */
export const demoAsOf = '2025-12-31';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The demo company pays in Chinese yuan. */
export function demoAssumptions(): Assumptions {
  return parseAssumeArgs(['currency=CNY']);
}

/** The company-wide proposal, plus one for the department its top finding is about, as an HRBP would bring to that head. */
export function demoScopes(theCase: Case): (string | null)[] {
  const top = theCase.findings.find((finding) => finding.department !== null && finding.significant);
  return top ? [null, top.department] : [null];
}

/**
 * `peoplecase demo [--out DIR]`: the propose arguments for the bundled demo company (every table of examples/, both
 * languages, every format).
 * @example parseDemoArgs([]).files.roster // '…/examples/roster.csv'
 */
export function parseDemoArgs(argv: string[]): ProposeArgs {
  const args = parseCommandLine(argv, { out: { type: 'string' } }, z.object({ out: z.string().default('out') }));
  return {
    files: Object.fromEntries(caseTableFlags.map((flag) => [flag, `${examplesDir}${flag}.csv`])),
    department: null,
    period: null,
    langs: ['en', 'zh-CN'],
    assume: [],
    assumptionsFile: null,
    out: args.out,
    formats: ['md', 'html', 'docx', 'pptx', 'json'],
    asOf: demoAsOf,
    includeIdentifiers: false,
    k: 5,
  };
}
