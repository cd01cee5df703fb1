/**
 * Department goals for 2025–2026 (Department, Goal, Metric, Target, Deadline): what each head is measured on, so a
 * proposal can tie an HR project to a business goal. Metrics name the business metrics' Metric column where one exists.
 */
export const goalRows: readonly (readonly (string | number)[])[] = [
  ['R&D', 'Shorten the new-product development cycle by 15%', 'Cycle Time', 34, '2026-06-30'],
  ['R&D', 'Keep production defects under 40 a month', 'Defects', 40, '2025-12-31'],
  ['Sales', 'Grow monthly revenue to CNY 16 million', 'Revenue', 16_000_000, '2025-12-31'],
  ['Sales', 'Lift opportunity-to-deal conversion to 22%', 'Conversion Rate', 0.22, '2025-12-31'],
  ['Sales', 'Staff the 2025 sales plan: 50 hires', 'Hires', 50, '2025-12-31'],
  ['Marketing', 'Generate 2,600 leads a month', 'Leads', 2600, '2025-12-31'],
  ['Customer Success', 'Raise renewal conversion to 32%', 'Conversion Rate', 0.32, '2025-12-31'],
  ['Operations', 'Process 45,000 orders a month', 'Orders Processed', 45_000, '2025-12-31'],
  ['Operations', 'Bring cost per order under CNY 12', 'Cost per Order', 12, '2025-12-31'],
  ['Finance', 'Close the books within 5 working days', 'Days to Close', 5, '2025-12-31'],
  ['Product', 'Ship 6 features a month', 'Features Shipped', 6, '2025-12-31'],
  ['HR', 'Keep voluntary turnover below 10%', 'Voluntary Turnover Rate', 0.1, '2025-12-31'],
  ['HR', 'Fill 90% of the 2025 hiring plan', 'Hiring Plan Completion', 0.9, '2025-12-31'],
];
