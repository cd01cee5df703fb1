import type { Assumption, AssumptionKey, Assumptions } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import type { Impact } from '../findings/finding.ts';
import type { Quantity, QuantityFormat, QuantityRef } from './document.ts';

/** The numbers of an evidence item a sentence may cite. */
export type EvidenceField = 'value' | 'restValue' | 'n' | 'ciLow' | 'ciHigh' | 'excluded' | 'numerator' | 'denominator';

/** Low / base / high end of a range. */
export type RangeLevel = 'low' | 'base' | 'high';

/** Collects the quantities a document shows and hands out references to them, one quantity per id. */
export interface QuantityRegistry {
  /** A number read straight from an evidence item; throws for suppressed evidence or a missing number. */
  evidence(item: Evidence, field: EvidenceField): QuantityRef;
  /** The last day of an evidence item's period, as a date; throws for suppressed evidence or one without a period. */
  periodEnd(item: Evidence): QuantityRef;
  /** The end of an impact range, as money in the impact's currency. */
  impact(impact: Impact, level: RangeLevel): QuantityRef;
  /** The end of an assumption's range. */
  assumption(key: AssumptionKey, level: RangeLevel): QuantityRef;
  /** A target the document proposes, derived from the evidence it cites. */
  target(id: string, value: number, format: QuantityFormat, evidenceIds: readonly string[]): QuantityRef;
  /** A number computed from others (a confidence, a sum, a count of items). */
  derived(id: string, value: number, format: QuantityFormat, evidenceIds: readonly string[]): QuantityRef;
  /** A calendar date (ISO `yyyy-mm-dd`), written per locale by the renderer. */
  date(iso: string): QuantityRef;
  /** Every quantity handed out so far, keyed by id. */
  quantities(): Record<string, Quantity>;
}

/** Metrics whose ratio is a multiple (1.00 = at the midpoint) rather than a share, so they read as 0.92, not 92%. */
const multipleMetrics: ReadonlySet<string> = new Set(['compa_ratio', 'leaver_compa_ratio']);

/**
 * How an evidence item's value is written: shares as percent, counts as integers, days and years with their unit, money in the
 * document's currency, a compa-ratio as a plain ratio — so every reader sees the same number the metric produced.
 * @example evidenceFormat({ metric: 'turnover_rate', unit: 'ratio' }) // 'percent'
 */
export function evidenceFormat(item: Pick<Evidence, 'metric' | 'unit'>): QuantityFormat {
  switch (item.unit) {
    case 'ratio':
      return multipleMetrics.has(item.metric) ? 'ratio' : 'percent';
    case 'count':
      return 'integer';
    case 'days':
      return 'days';
    case 'years':
      return 'years';
    case 'currency':
      return 'currency';
    case 'per-manager':
      return 'number';
  }
}

/**
 * How an assumption's values are written, from its unit: a share of salary as percent, days with their unit, money as currency.
 * @example assumptionFormat(defaultAssumptions.leaverCostShare) // 'percent'
 */
export function assumptionFormat(assumption: Pick<Assumption, 'unit'>): QuantityFormat {
  switch (assumption.unit) {
    case 'share-of-salary':
      return 'percent';
    case 'days':
      return 'days';
    case 'currency':
      return 'currency';
  }
}

/**
 * A registry that turns evidence, impacts, assumptions, targets and dates into document quantities and returns references,
 * de-duplicated by id, so the same number cited twice is one quantity and a test can trace each back to what it cites.
 * Re-adding an id with a different value throws: two numbers under one name would make the trace a lie.
 * @example const q = createQuantityRegistry(defaultAssumptions); q.date('2025-06-30') // { ref: 'date:2025-06-30' }
 */
export function createQuantityRegistry(assumptions: Assumptions): QuantityRegistry {
  const byId = new Map<string, Quantity>();
  const add = (quantity: Quantity): QuantityRef => {
    const existing = byId.get(quantity.id);
    if (existing && existing.value !== quantity.value) {
      throw new Error(`quantity "${quantity.id}" added twice with different values (${existing.value} vs ${quantity.value})`);
    }
    if (!existing) byId.set(quantity.id, quantity);
    return { ref: quantity.id };
  };
  const money = (format: QuantityFormat): Pick<Quantity, 'currency'> => (format === 'currency' ? { currency: assumptions.currency } : {});

  return {
    evidence(item, field) {
      if (item.suppressed) throw new Error(`evidence "${item.id}" is suppressed and must not be cited`);
      const value = evidenceNumber(item, field);
      if (value === null) throw new Error(`evidence "${item.id}" has no ${field}`);
      const format = field === 'value' || field === 'restValue' || field === 'ciLow' || field === 'ciHigh' ? evidenceFormat(item) : 'integer';
      return add({ id: `${item.id}#${field}`, value, format, ...money(format), source: 'evidence', evidenceIds: [item.id] });
    },
    periodEnd(item) {
      if (item.suppressed) throw new Error(`evidence "${item.id}" is suppressed and must not be cited`);
      if (item.period === null) throw new Error(`evidence "${item.id}" has no period`);
      return add({ id: `${item.id}#period-to`, value: item.period.to, format: 'date', source: 'evidence', evidenceIds: [item.id] });
    },
    impact(impact, level) {
      return add({ id: `${impact.id}#${level}`, value: impact[level], format: 'currency', currency: impact.currency, source: 'impact', evidenceIds: [...impact.evidenceIds] });
    },
    assumption(key, level) {
      const format = assumptionFormat(assumptions[key]);
      return add({ id: `assumption:${key}#${level}`, value: assumptions[key][level], format, ...money(format), source: 'assumption', evidenceIds: [] });
    },
    target(id, value, format, evidenceIds) {
      return add({ id: `target:${id}`, value, format, ...money(format), source: 'target', evidenceIds: [...evidenceIds] });
    },
    derived(id, value, format, evidenceIds) {
      return add({ id: `derived:${id}`, value, format, ...money(format), source: 'derived', evidenceIds: [...evidenceIds] });
    },
    date(iso) {
      return add({ id: `date:${iso}`, value: iso, format: 'date', source: 'derived', evidenceIds: [] });
    },
    quantities() {
      return Object.fromEntries(byId);
    },
  };
}

/**
 * The number an evidence field holds, or null when the evidence has none (no comparison group, no interval).
 * @example evidenceNumber({ ...item, ci95: [0.1, 0.2] }, 'ciHigh') // 0.2
 */
export function evidenceNumber(item: Evidence, field: EvidenceField): number | null {
  switch (field) {
    case 'value':
      return item.value;
    case 'restValue':
      return item.restValue;
    case 'n':
      return item.n;
    case 'ciLow':
      return item.ci95?.[0] ?? null;
    case 'ciHigh':
      return item.ci95?.[1] ?? null;
    case 'excluded':
      return item.excluded;
    case 'numerator':
      return item.numerator;
    case 'denominator':
      return item.denominator;
  }
}
