/**
 * Wilson score interval for a proportion, the rate CI that stays inside [0, 1] and keeps its coverage for small n and rates
 * near 0 (Wilson 1927; recommended by Newcombe 1998 and Brown, Cai & DasGupta 2001):
 * (p̂ + z²/2n ± z·√(p̂(1−p̂)/n + z²/4n²)) ÷ (1 + z²/n), p̂ = successes ÷ trials.
 * `trials` may be non-integer (turnover divides by an average headcount): it is then taken as the effective sample size,
 * as the formula is continuous in n. Returns null when there is nothing to estimate: trials ≤ 0, successes < 0, or
 * successes > trials (a "rate" above 1, such as turnover over 100%, is not a binomial proportion).
 * @example wilsonInterval(81, 263) // [0.2553, 0.3662] (Newcombe 1998)
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959964): [number, number] | null {
  if (!(trials > 0) || !(successes >= 0) || successes > trials) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At p̂ = 0 or 1 the bound is exactly 0 or 1; the subtraction would leave a rounding residue past p̂.
  return [successes === 0 ? 0 : centre - halfWidth, successes === trials ? 1 : centre + halfWidth];
}
