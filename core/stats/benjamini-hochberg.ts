/**
 * Benjamini–Hochberg adjusted p-values (q-values), so scanning many segments does not turn chance into "findings": over the
 * m tested p-values sorted ascending, q₍ᵢ₎ = min over j ≥ i of (m ÷ j)·p₍ⱼ₎, capped at 1 (Benjamini & Hochberg 1995,
 * JRSS B 57:289–300; identical to R's p.adjust(p, method = 'BH')). null and NaN entries are untested: passed through in
 * place and not counted in m. An empty list gives an empty list.
 * @example benjaminiHochberg([0.01, 0.04, null, 0.03]) // [0.03, 0.04, null, 0.04]
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const adjusted = pValues.slice();
  const tested = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null && !Number.isNaN(entry.p))
    .sort((a, b) => b.p - a.p);
  const m = tested.length;
  let running = 1;
  tested.forEach(({ p, index }, position) => {
    running = Math.min(running, (m / (m - position)) * p);
    adjusted[index] = running;
  });
  return adjusted;
}
