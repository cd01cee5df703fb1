import { evidenceFixture } from '../../findings/evidence-fixture.ts';
import type { Finding } from '../../findings/finding.ts';
import type { Evidence } from '../../metrics/evidence.ts';
import { findingFixture } from '../proposal-fixture.ts';
import type { PlaybookContext } from './recommendation.ts';

/** What a recommendation test varies about one finding and its evidence. */
export interface SignalSpec {
  metric: string;
  variant?: string | null;
  department?: string;
  segment?: Evidence['segment'];
  value?: number;
  restValue?: number | null;
  unit?: Evidence['unit'];
  /** The metric's favourable direction. */
  better?: Evidence['direction'];
  direction?: Finding['direction'];
  significant?: boolean;
  kind?: Finding['kind'];
  score?: number;
}

/**
 * A finding and the evidence it rests on, for playbook tests: a significant, worse segment gap for R&D unless told otherwise.
 * @example signal({ metric: 'early_attrition', variant: '1y' }).finding.department // 'R&D'
 */
export function signal(spec: SignalSpec): { evidence: Evidence & { value: number }; finding: Finding } {
  const evidence = evidenceFixture({
    metric: spec.metric,
    variant: spec.variant ?? null,
    ...(spec.segment !== undefined ? { segment: spec.segment } : { department: spec.department ?? 'R&D' }),
    from: '2024-01-01',
    to: '2024-12-31',
    value: spec.value ?? 0.2,
    restValue: spec.restValue === undefined ? 0.1 : spec.restValue,
    unit: spec.unit ?? 'ratio',
    direction: spec.better ?? 'down',
  }) as Evidence & { value: number };
  const finding = findingFixture(evidence, {
    kind: spec.kind ?? 'segment-gap',
    direction: spec.direction ?? 'worse',
    significant: spec.significant ?? true,
    score: spec.score ?? 1,
  });
  return { evidence, finding };
}

/**
 * The context a recommendation is matched in, over some evidence.
 * @example contextOf([item]).evidence.size // 1
 */
export function contextOf(evidence: readonly Evidence[] = []): PlaybookContext {
  return { scope: null, evidence: new Map(evidence.map((item) => [item.id, item])), goals: [] };
}
