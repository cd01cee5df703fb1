/**
 * Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008), ordered for contrast on white: every chart in every
 * host draws series in this order, so colour-blind readers can tell them apart and a series keeps its colour across views.
 * Yellow comes last because it is faint on white.
 */
export const seriesColours = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#F0E442'] as const;

/** Reference lines (company average, target) in Okabe–Ito black, drawn dashed so they never read as a series. */
export const referenceColour = '#000000';
