/**
 * Data-issue messages, apart from the rest of the catalogue so the table readers that run inside web pages (the extension's
 * capture script) can word an issue without bundling every message of the product.
 */
export const issueEn = {
  'issue.invalid-date': 'Not a date: "{value}"',
  'issue.ambiguous-date': '"{value}" could be month/day or day/month, and this column has dates of both kinds',
  'issue.date-out-of-range': 'Date "{value}" is outside the plausible range {min} to {max}',
  'issue.invalid-number': 'Not a number: "{value}"',
  'issue.invalid-money': 'Not an amount of money: "{value}"',
  'issue.negative-pay': 'Pay cannot be negative: {value}',
  'issue.out-of-range': '{value} is outside the plausible range {min} to {max}',
  'issue.invalid-boolean': 'Not a yes/no value: "{value}"',
  'issue.termination-before-hire': 'Termination date {value} is before the hire date {hireDate}',
  'issue.duplicate-id': 'Employee ID {value} already appears on row {firstRow}; this row is left out',
  'issue.scheduled-termination': 'Termination date {value} is after {asOf}: counted as a scheduled departure, not a separation',
  'issue.end-of-time-date': '{count} date(s) such as {value} read as no date: systems such as SAP write 9999-12-31 (Oracle 4712-12-31) for "no end date", so these people count as still employed',
  'issue.mixed-date-order': 'This column mixes month/day and day/month dates ({monthFirst} show month first, {dayFirst} day first); each date is read by what it shows',
  'issue.ambiguous-date-order': 'No date in this column shows whether it is month/day or day/month; read as month/day (US style)',
  'issue.guessed-encoding': 'The file is not UTF-8; it was read as {encoding}. If letters look wrong, save it as "CSV UTF-8" and read it again',
  'issue.missing-cells': 'Row {row} has {found} of {expected} cells; the missing ones were left empty',
  'issue.extra-cells': 'Row {row} has {count} value(s) beyond the last header column, starting with "{first}"; they were not read',
  'issue.unterminated-quote': 'A quoted value opened in row {row} never closes; the rest of the file was read into that one cell',
} as const;

/** The same issues in Simplified Chinese. */
export const issueZh: Record<keyof typeof issueEn, string> = {
  'issue.invalid-date': '无法识别为日期：“{value}”',
  'issue.ambiguous-date': '“{value}”无法判断是“月/日”还是“日/月”，而本列两种写法都有',
  'issue.date-out-of-range': '日期“{value}”超出合理范围（{min} 至 {max}）',
  'issue.invalid-number': '不是有效数字：“{value}”',
  'issue.invalid-money': '不是有效金额：“{value}”',
  'issue.negative-pay': '薪酬不能为负数：{value}',
  'issue.out-of-range': '{value} 超出合理范围（{min} 至 {max}）',
  'issue.invalid-boolean': '不是有效的“是/否”值：“{value}”',
  'issue.termination-before-hire': '离职日期 {value} 早于入职日期 {hireDate}',
  'issue.duplicate-id': '工号 {value} 与第 {firstRow} 行重复，本行不参与统计',
  'issue.scheduled-termination': '离职日期 {value} 晚于统计截止日 {asOf}，按计划离职处理，不计入离职人数',
  'issue.end-of-time-date': '有 {count} 个日期（如 {value}）按“无日期”处理：SAP 等系统用 9999-12-31（Oracle 用 4712-12-31）表示“无结束日期”，这些人按仍在职统计',
  'issue.mixed-date-order': '本列日期同时存在“月/日”和“日/月”两种写法（{monthFirst} 个为月在前，{dayFirst} 个为日在前），已逐个按能判断的写法识别',
  'issue.ambiguous-date-order': '本列日期均无法判断是“月/日”还是“日/月”，已按“月/日”（美式写法）识别',
  'issue.guessed-encoding': '文件不是 UTF-8 编码，已按 {encoding} 读取。如有文字显示不对，请在 Excel 中另存为“CSV UTF-8”后重新读取',
  'issue.missing-cells': '第 {row} 行只有 {found} 个单元格（应有 {expected} 个），缺少的按空值处理',
  'issue.extra-cells': '第 {row} 行在最后一个表头列之后还有 {count} 个值（第一个是“{first}”），这些值未被读取',
  'issue.unterminated-quote': '第 {row} 行开始的引号没有闭合，文件其余内容都被读进了这一个单元格',
};
