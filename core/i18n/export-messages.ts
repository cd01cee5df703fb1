/** Messages of the Word, PowerPoint and clipboard exports in English; spread into the main catalogue. */
export const exportEn = {
  'export.page': 'Page {page} of {pages}',
  'export.slidePart': '{title} ({part}/{parts})',
  'export.notes.definitions': 'Definitions',
  'export.notes.caveats': 'Caveats',
  'export.notes.definition': '{name}: {definition}',
} as const;

/** The same messages in Simplified Chinese. */
export const exportZh: Record<keyof typeof exportEn, string> = {
  'export.page': '第 {page} 页，共 {pages} 页',
  'export.slidePart': '{title}（{part}/{parts}）',
  'export.notes.definitions': '指标定义',
  'export.notes.caveats': '注意事项',
  'export.notes.definition': '{name}：{definition}',
};
