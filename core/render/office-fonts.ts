/**
 * Fonts of the Word and PowerPoint exports: Calibri for Latin text, Microsoft YaHei (微软雅黑) for Chinese, both shipped with
 * Windows and Office for Mac. Where a face is missing the office suite substitutes one for the language the text is tagged
 * with (zh-CN), e.g. LibreOffice picks Noto Sans CJK SC, so Chinese never falls back to a Latin-only face.
 */
export const officeFonts = { latin: 'Calibri', eastAsia: 'Microsoft YaHei' } as const;
