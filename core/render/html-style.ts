/**
 * The stylesheet inlined into every HTML document: system fonts only (a CJK stack for Chinese), readable on screen, A4 print
 * with headings kept with what follows and tables, rows and charts not split across pages.
 */
export const htmlStyle = `
@page { size: A4; margin: 18mm 16mm 20mm; }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f7; color: #1b1b1b; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
html:lang(zh-CN) body { font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, -apple-system, "Segoe UI", Arial, sans-serif; line-height: 1.75; }
main { max-width: 52rem; margin: 2rem auto; padding: 2.5rem 3rem; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12); }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 0.25rem; }
.byline { color: #555; margin: 0 0 2rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 2px solid #0072B2; }
p, ul, ol { margin: 0 0 0.9rem; }
li { margin-bottom: 0.3rem; }
.quantity { font-variant-numeric: tabular-nums; white-space: nowrap; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1.2rem; font-size: 0.92rem; }
th, td { padding: 0.4rem 0.6rem; border-bottom: 1px solid #d9dce1; text-align: left; vertical-align: top; }
th { background: #eef3f8; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 0 0 1.4rem; }
figure img { display: block; max-width: 100%; height: auto; }
figcaption { color: #444; font-size: 0.92rem; margin-top: 0.4rem; }
footer { margin-top: 2.5rem; padding-top: 0.8rem; border-top: 1px solid #d9dce1; color: #666; font-size: 0.85rem; }
@media (max-width: 40rem) { main { margin: 0; padding: 1.25rem; box-shadow: none; } }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  figure, tr, img, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  p { orphans: 3; widows: 3; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
