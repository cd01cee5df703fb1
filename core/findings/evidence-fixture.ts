import type { Evidence } from '../metrics/evidence.ts';

/**
 * A hand-built evidence item for detector tests: a rate of `numerator ÷ denominator` unless `value` is given, with every
 * other field defaulted to an unsuppressed, untested, company-wide headline item; the id is derived like the evaluate layer's.
 * @example evidenceFixture({ metric: 'turnover_rate', department: 'R&D', numerator: 18, denominator: 100 }).value // 0.18
 */
export function evidenceFixture(
  fields: Partial<Evidence> & { metric: string; department?: string; from?: string; to?: string },
): Evidence {
  const { department, from, to, ...rest } = fields;
  const segment = rest.segment ?? (department === undefined ? null : { field: 'department', value: department });
  const period = rest.period ?? (from === undefined ? null : { from, to: to ?? from });
  const variant = rest.variant ?? null;
  const value = rest.value ?? (rest.numerator != null && rest.denominator ? rest.numerator / rest.denominator : null);
  const id = [
    variant ? `${rest.metric}:${variant}` : rest.metric,
    segment ? `${segment.field}=${segment.value}` : null,
    period ? `${period.from}..${period.to}` : null,
  ]
    .filter(Boolean)
    .join('|');
  return {
    id,
    variant,
    segment,
    period,
    value,
    numerator: null,
    denominator: null,
    n: rest.denominator ?? 100,
    ci95: null,
    suppressed: false,
    suppressionReason: null,
    pValue: null,
    qValue: null,
    test: null,
    restValue: null,
    definition: `${rest.metric}.test`,
    unit: 'ratio',
    direction: 'down',
    excluded: 0,
    caveats: [],
    ...rest,
  } as Evidence;
}
