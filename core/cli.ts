#!/usr/bin/env -S npx tsx
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyzeTable } from './analyze.ts';
import { analysisJson, analysisText } from './cli/format-analysis.ts';
import { parseAnalyzeArgs, UsageError } from './cli/parse-analyze-args.ts';
import { t } from './i18n/index.ts';
import { dayFromIso } from './table/day.ts';
import { FieldMapError } from './table/field-map-error.ts';
import { ReadError } from './table/read-error.ts';
import { readTableFile } from './table/read-table-file.ts';

/** Read a file's bytes, turning a missing or unreadable path into a one-line ReadError. */
function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new ReadError(`Cannot open ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { code: 'cannot-open' });
  }
}

/** `peoplecase analyze`: one table in, evidence out (text or one JSON document on stdout). */
async function analyzeCommand(argv: string[]): Promise<void> {
  const args = parseAnalyzeArgs(argv);
  const raw = await readTableFile(readBytes(args.file), basename(args.file), { sheet: args.sheet });
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

const commands: Record<string, (argv: string[]) => Promise<void>> = {
  analyze: analyzeCommand,
};

/** Entry point: exit 1 with one line for unreadable input, 2 for a usage mistake. */
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
    if (error instanceof UsageError || error instanceof FieldMapError) {
      process.stderr.write(`${error.message}\n${t('en', 'cli.usage')}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
