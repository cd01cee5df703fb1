import { parseBoolean } from './parse-boolean.ts';

// Checked first: "not completed" and "未完成" contain the words of completion.
const notCompleted = /\bnot\b|\bincomplete|in progress|\bfail|withdr[ae]w|dropped|no[- ]show|\bstarted\b|\benrolled\b|\bregistered\b|\babsent|未|进行中|缺席|退出|放弃|不合格|已报名/i;
const completed = /\bcomplet|\bpass|\bfinish|\bdone\b|\battended\b|完成|结业|通过|合格|已参加/i;

/**
 * Whether a training record was completed, from a yes/no flag (`Yes`, `是`, `1`) or an LMS status word, since exports use
 * both: `Completed`, `Passed`, `已完成`, `结业` → 1; `Not Started`, `In Progress`, `Withdrawn`, `未完成`, `缺席` → 0.
 * Anything else and empty input give NaN so the caller can report the cell.
 * @example parseCompletion('In Progress') // 0
 */
export function parseCompletion(text: string): number {
  const flag = parseBoolean(text);
  if (!Number.isNaN(flag)) return flag;
  if (notCompleted.test(text)) return 0;
  return completed.test(text) ? 1 : NaN;
}
