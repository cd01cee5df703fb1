/** Fonts the pane already uses, so chart text matches Office's look in both languages, on screen and in exported PNGs. */
export const chartFontFamily = '"Segoe UI", "Microsoft YaHei", system-ui, sans-serif';
