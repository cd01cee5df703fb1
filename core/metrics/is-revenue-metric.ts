const revenue = /^(?:total |net |gross |sales |operating )?(?:revenue|sales|turnover|income)(?: \(.*\))?$|^(?:营业|销售|主营业务|总)?(?:收入|营收)(?:（.*）|\(.*\))?$|^销售额(?:（.*）|\(.*\))?$/i;

/**
 * Whether a business metric's name means the company's revenue (`Revenue`, `Net Revenue`, `Sales`, `营收`, `营业收入`,
 * `销售额`), the figure revenue per head and cost of vacancy divide by headcount; `Revenue per Head` or `Deals Closed` do not.
 * False for empty input.
 * @example isRevenueMetric(' Net Revenue ') // true
 */
export function isRevenueMetric(name: string): boolean {
  return revenue.test(name.trim());
}
