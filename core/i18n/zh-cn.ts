import type { MessageKey } from './en.ts';
import { caseZh } from './case-messages.ts';
import { cliZh } from './cli-messages.ts';
import { checkZh } from './check-messages.ts';
import { exportZh } from './export-messages.ts';
import { extensionZh } from './extension-messages.ts';
import { findingZh } from './finding-messages.ts';
import { metricZh } from './metric-messages.ts';
import { storyZh } from './story-messages.ts';
import { playbookZhCN } from '../proposal/messages/playbook-zh-cn.ts';
import { uiZh } from './ui-messages.ts';
import { proposalZhCN } from '../proposal/messages/proposal-zh-cn.ts';

/** Simplified Chinese messages, written for Chinese HR readers rather than translated word for word. */
export const zhCN: Record<MessageKey, string> = {
  ...cliZh,
  ...exportZh,
  ...checkZh,
  ...metricZh,
  ...storyZh,
  ...caseZh,
  ...findingZh,
  ...proposalZhCN,
  ...playbookZhCN,
  ...uiZh,
  ...extensionZh,
  'app.name': 'PeopleCase',
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
  'issue.mixed-date-order': '本列日期同时存在“月/日”和“日/月”两种写法（{monthFirst} 个为月在前，{dayFirst} 个为日在前），已逐个按能判断的写法识别',
  'issue.ambiguous-date-order': '本列日期均无法判断是“月/日”还是“日/月”，已按“月/日”（美式写法）识别',
  'issue.guessed-encoding': '文件不是 UTF-8 编码，已按 {encoding} 读取。如有文字显示不对，请在 Excel 中另存为“CSV UTF-8”后重新读取',
  'issue.missing-cells': '第 {row} 行只有 {found} 个单元格（应有 {expected} 个），缺少的按空值处理',
  'issue.extra-cells': '第 {row} 行在最后一个表头列之后还有 {count} 个值（第一个是“{first}”），这些值未被读取',
  'issue.unterminated-quote': '第 {row} 行开始的引号没有闭合，文件其余内容都被读进了这一个单元格',
  'readError.empty-file': '文件是空的',
  'readError.binary-file': '文件不是文本表格：其中包含二进制数据',
  'readError.bad-workbook': '文件不是可读取的 XLSX 工作簿（{detail}）',
  'readError.no-sheets': '工作簿中没有工作表',
  'readError.unknown-sheet': '没有名为“{sheet}”的工作表；工作簿中的工作表有：{sheets}',
  'readError.empty-sheet': '工作表“{sheet}”是空的',
  'readError.legacy-workbook': '“{fileName}”是旧格式（.xls）或设有密码的工作簿，无法读取：请另存为不带密码的 .xlsx，或另存为 CSV UTF-8',
  'readError.not-a-table': '“{fileName}”是 {what} 文件，不是表格：请选择 CSV 或 XLSX 文件',
  'readError.not-zip': '“{fileName}”不是有效的 XLSX 工作簿（它不是 zip 压缩包）',
  'readError.html-file': '“{fileName}”是 HTML 或 XML 文件，不是 CSV 或 XLSX 表格：请在 Excel 中打开并另存为 .xlsx 或 CSV UTF-8',
  'fieldMap.unknownHeader': '找不到列“{header}”，无法对应字段 {field}。现有列：{headers}',
  'fieldMap.unknownField': '没有字段“{field}”。可用字段：{fields}',
  'fieldMap.derivedFrom': '（由 {headers} 推导）',
  'segment.unknown': '找不到字段或列“{name}”。可用字段：{fields}；现有列：{headers}',
  'segment.notCategory': '“{name}”不能用于分组：它不是部门、性别这类分类字段',
  'snapshot.error.invalid-json': '该文件不是 PeopleCase 快照：JSON 格式无效（{detail}）。',
  'snapshot.error.not-a-snapshot': '该文件不是 PeopleCase 快照：缺少数据格式版本号。',
  'snapshot.error.newer-version': '该快照由更新版本的 PeopleCase 保存（数据格式版本 {version}，当前版本最高支持 {supported}），请升级后再打开。',
  'snapshot.error.invalid': '该快照已损坏或内容不完整，未能打开，现有数据未做任何改动。{issues}',
  'render.scope.company': '全公司',
  'render.prepared': '编制日期：{date}',
  'render.footer': '本文由 PeopleCase 生成，数据仅在本机处理，未上传任何服务器。',
  'chart.tooltip': '{label}：{value}',
};
