/**
 * Geometry of the PowerPoint deck, in inches and points: a 16:9 slide (PowerPoint's "Widescreen", 13.333 × 7.5 in) with a
 * title band, a body area and a footer. The slide planner budgets text and table rows against the same numbers the writer
 * draws with, so what is planned for a slide fits on it.
 */
export const slideLayout = {
  width: 13.333,
  height: 7.5,
  margin: 0.6,
  title: { y: 0.3, height: 0.9, fontSize: 28 },
  body: { y: 1.4, height: 5.4, fontSize: 18 },
  /** Vertical space after each paragraph, in points. */
  paragraphSpacing: 6,
  /** Line height as a multiple of the font size; CJK faces run taller than Latin ones, so this errs high. */
  lineHeight: 1.35,
  /** A finding's sentence above its chart takes at most this many lines; a longer lead goes on a slide of its own. */
  leadLines: 4,
  caption: { height: 0.45, fontSize: 12 },
  table: { fontSize: 12, cellMargin: 0.05 },
  decision: { fontSize: 24 },
  footer: { y: 7.0, height: 0.35, fontSize: 10 },
} as const;

/** Width of the body area in inches: the slide less its side margins. */
export const slideBodyWidth = slideLayout.width - 2 * slideLayout.margin;

/**
 * Height in inches of the text box above a chart or table holding `lines` lines of body text (0 for none), its 0.1 in top
 * and bottom insets included.
 * @example leadHeight(2) // 1.1
 */
export function leadHeight(lines: number): number {
  return lines > 0 ? 0.2 + (lines * slideLayout.body.fontSize * slideLayout.lineHeight) / 72 : 0;
}
