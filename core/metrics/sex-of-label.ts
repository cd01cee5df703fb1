/** Codes of the two sexes a pay gap compares; anything else is left out of the comparison. */
export const MAN = 0;
export const WOMAN = 1;

/** The gender labels read as each sex, trimmed and case-folded: also spelled out by the Excel evidence sheet's pay-gap formula. */
export const sexLabels = { man: ['m', 'male', 'man', '男', '男性'], woman: ['f', 'female', 'woman', '女', '女性'] } as const;

const men: ReadonlySet<string> = new Set(sexLabels.man);
const women: ReadonlySet<string> = new Set(sexLabels.woman);

/**
 * MAN, WOMAN or −1 for a gender label as exports write it (`M`, `Male `, `男`, `F`, `female`, `女`…), trimmed and case-folded,
 * so a pay gap reads English and Chinese rosters alike; other and unknown values give −1 and stay out of the comparison.
 * @example sexOfLabel(' Female ') // 1 (WOMAN)
 */
export function sexOfLabel(label: string): number {
  const folded = label.trim().toLowerCase();
  return men.has(folded) ? MAN : women.has(folded) ? WOMAN : -1;
}
