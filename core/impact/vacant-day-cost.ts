/**
 * What one vacant working day costs: revenue per employee per working day, the unit of every vacancy cost
 * (cost of vacancy = revenue ÷ employees ÷ working days per year × days vacant). NaN when there are no employees or days.
 * @example vacantDayCost(10_000_000, 40, 230) // 1086.96…
 */
export function vacantDayCost(revenueAnnual: number, employees: number, workingDaysPerYear: number): number {
  return employees > 0 && workingDaysPerYear > 0 ? revenueAnnual / employees / workingDaysPerYear : NaN;
}
