import type { MessageKey } from './en.ts';
import { cliZh } from './cli-messages.ts';

/** Simplified Chinese messages, written for Chinese HR readers rather than translated word for word. */
export const zhCN: Record<MessageKey, string> = {
  ...cliZh,
  'app.name': 'PeopleCase',
  'render.scope.company': '全公司',
  'render.prepared': '编制日期：{date}',
  'render.footer': '本文由 PeopleCase 生成，数据仅在本机处理，未上传任何服务器。',
  'chart.tooltip': '{label}：{value}',
};
