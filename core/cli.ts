#!/usr/bin/env -S npx tsx
import { basename } from 'node:path';
import { analyzeTable } from './analyze.ts';
import { demoAssumptions, demoScopes, parseDemoArgs } from './cli/demo-command.ts';
import { analysisJson, analysisText } from './cli/format-analysis.ts';
import { parseProposeArgs } from './cli/parse-propose-args.ts';
import { proposeSummary, readBytes, runPropose } from './cli/propose-command.ts';
import { parseAnalyzeArgs, UsageError } from './cli/parse-analyze-args.ts';
import { InputMismatchError } from './cli/command-line.ts';
import { assertRoster } from './cli/roster-check.ts';
import { t } from './i18n/index.ts';
import { dayFromIso } from './table/day.ts';
import { FieldMapError } from './table/field-map-error.ts';
import { ReadError } from './table/read-error.ts';
import { readTableFile } from './table/read-table-file.ts';

/** `peoplecase analyze`: one table in, evidence out (text or one JSON document on stdout). */
async function analyzeCommand(argv: string[]): Promise<void> {
  const args = parseAnalyzeArgs(argv);
  const raw = await readTableFile(readBytes(args.file), basename(args.file), { sheet: args.sheet });
  assertRoster(raw, args.overrides, args.lang, args.file);
  const analysis = analyzeTable(raw, {
    by: args.by ?? null,
    period: args.period,
    overrides: args.overrides,
    asOf: args.asOf ? dayFromIso(args.asOf) : undefined,
    k: args.k,
  });
  const source = basename(args.file);
  process.stdout.write(args.json ? `${JSON.stringify(analysisJson(source, analysis))}\n` : `${analysisText(args.lang, source, analysis)}\n`);
}

/** `peoplecase propose`: a company's tables in, the proposal, companion documents and snapshot out. */
async function proposeCommand(argv: string[]): Promise<void> {
  const args = parseProposeArgs(argv);
  const result = await runPropose(args, new Date());
  process.stdout.write(`${proposeSummary(args.langs[0], result)}\n`);
}

/** `peoplecase demo` (what `npm start` runs): the bundled demo company through the whole pipeline, in both languages. */
async function demoCommand(argv: string[]): Promise<void> {
  const args = parseDemoArgs(argv);
  const result = await runPropose(args, new Date(), demoAssumptions(), demoScopes);
  process.stdout.write(`${proposeSummary('en', result)}\n`);
}

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  analyze: analyzeCommand,
  propose: proposeCommand,
  demo: demoCommand,
};

/**
 * Entry point: exit 1 with one line for unreadable input; 2 for a usage mistake (with the usage text) or for data that cannot
 * honour a well-formed command line (one line naming what exists: a table that is not a roster, an unknown --map/--by field
 * or header, a department the roster lacks).
 */
async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`${t('en', 'cli.usage')}\n`);
    return 2;
  }
  try {
    await command(rest);
    return 0;
  } catch (error) {
    if (error instanceof ReadError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof InputMismatchError || error instanceof FieldMapError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${t('en', 'cli.usage')}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
