const EXACT_LIMIT = 1024;
const exactTable = new Float64Array(EXACT_LIMIT + 1);
for (let i = 2; i <= EXACT_LIMIT; i++) exactTable[i] = exactTable[i - 1] + Math.log(i);

/**
 * Natural log of n!, so exact tests can multiply factorials of large counts without overflow: a summed table up to
 * 1024, then Stirling's series ln n! = n ln n − n + ½ ln(2πn) + 1/(12n) − 1/(360n³) + 1/(1260n⁵) (Abramowitz & Stegun
 * 6.1.41), whose next term is below 1e-23 there. NaN for negative or non-integer n.
 * @example logFactorial(5) // 4.787492 (= ln 120)
 */
export function logFactorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) return NaN;
  if (n <= EXACT_LIMIT) return exactTable[n];
  const inverse = 1 / n;
  const inverse2 = inverse * inverse;
  return (
    n * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI * n) + inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 / 1260))
  );
}
