import type { MessageKey } from './en.ts';
import { caseZh } from './case-messages.ts';
import { cliZh } from './cli-messages.ts';
import { checkZh } from './check-messages.ts';
import { exportZh } from './export-messages.ts';
import { extensionZh } from './extension-messages.ts';
import { findingZh } from './finding-messages.ts';
import { issueZh } from './issue-messages.ts';
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
  ...issueZh,
  'app.name': 'PeopleCase',
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
