import { t, type Lang } from '../i18n/index.ts';
import type { FieldMap } from '../table/dataset.ts';
import { detectRole } from '../table/detect-role.ts';
import type { RawTable } from '../table/raw-table.ts';
import { InputMismatchError } from './command-line.ts';

/**
 * Stop `analyze` before it reads a table that is clearly not a roster as one (a training file's Start/End Date taken as hire
 * and termination dates, a candidate list's rows counted as headcount): another role wins core's role detection, or no roster
 * key field (employee id, hire date, salary…) is named at all. A table the user mapped with `--map` is taken as a roster.
 * Throws an InputMismatchError naming what the table looks like and the command that analyses it.
 * @example assertRoster(trainingTable, {}, 'en', 'examples/training.csv') // throws 'examples/training.csv looks like training records, …'
 */
export function assertRoster(raw: RawTable, overrides: FieldMap, lang: Lang, file: string): void {
  if (Object.keys(overrides).length > 0) return;
  const path = /\s/.test(file) ? `"${file}"` : file;
  const detection = detectRole(raw);
  if (detection.role !== null && detection.role !== 'roster') {
    const role = t(lang, `ui.role.${detection.role}`);
    throw new InputMismatchError(t(lang, 'cli.notRoster', { path, role: lang === 'en' ? role.toLowerCase() : role, flag: detection.role }));
  }
  const rosterFits = detection.role === 'roster' || detection.alternatives.some((entry) => entry.role === 'roster');
  if (!rosterFits) throw new InputMismatchError(t(lang, 'cli.noRosterFields', { path }));
}
