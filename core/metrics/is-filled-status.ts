// Checked first: "Unfilled" and "未招满" contain the words of filling.
const notFilled = /unfilled|not filled|partially|未招满|未完成|未到岗/i;
const filled = /fill|hired|closed.?won|complete|招满|已完成|已到岗|已入职|已录用/i;

/**
 * Whether a requisition status says the opening was filled (`Filled`, `Closed - Hired`, `已招满`, `已到岗`), for tables
 * without a filled date; `Open`, `Cancelled`, `Unfilled`, `未招满` and empty input are not.
 * @example isFilledStatus('Closed – Filled') // true
 */
export function isFilledStatus(label: string): boolean {
  return !notFilled.test(label) && filled.test(label);
}
