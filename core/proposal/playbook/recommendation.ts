import type { AssumptionKey } from '../../impact/assumptions.ts';
import type { Finding } from '../../findings/finding.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Evidence } from '../../metrics/evidence.ts';
import type { QuantityFormat } from '../document.ts';
import type { DepartmentGoal } from '../proposal-input.ts';

/** What a recommendation may look at besides the findings: the evidence they rest on, the scope and the department goals. */
export interface PlaybookContext {
  scope: string | null;
  evidence: ReadonlyMap<string, Evidence>;
  goals: readonly DepartmentGoal[];
}

/** A step of the Deming cycle the plan is run as. */
export type Phase = 'plan' | 'do' | 'check' | 'act';

/** One dated step of the plan and the metric looked at when it is reached. */
export interface Checkpoint {
  phase: Phase;
  /** Weeks after the proposal date. */
  weeks: number;
  step: MessageKey;
  /** Metric id checked at this step; null means the metric of the finding the recommendation answers. */
  metric: string | null;
}

/** A measurable, dated target set on the metric of the finding the recommendation answers. */
export interface TargetTemplate {
  /** Sentence with `{metric}`, `{group}`, `{current}`, `{target}`, `{date}` and the recommendation's numbers. */
  key: MessageKey;
  /** The target value from the primary evidence, used when no department goal sets one for the metric. */
  value(evidence: Evidence & { value: number }): number;
  /** Months after the proposal date the target is due, unless a department goal gives a deadline. */
  months: number;
}

/**
 * A policy number a recommendation's texts cite: a fixed one (a KPI weight) shown as a target quantity, or an editable
 * assumption (the feedback SLA in days) shown with the assumption's value.
 */
export type PolicyNumber = { value: number; format: QuantityFormat } | { assumption: AssumptionKey };

/** One play of the HRBP playbook: when it applies, what it does, what it asks and gives, how it is run and what can go wrong. */
export interface Recommendation {
  /** Equals the file name. */
  id: string;
  /** The findings this recommendation answers, strongest first, or null when it does not apply. */
  appliesWhen(findings: readonly Finding[], context: PlaybookContext): Finding[] | null;
  title: MessageKey;
  /** Noun phrase for the decision sentence ("a dual career track pilot"). */
  ask: MessageKey;
  /** What it costs, in words (budget or time). */
  cost: MessageKey;
  /** How it serves a department goal, for the alignment table. */
  valueLink: MessageKey;
  actions: readonly MessageKey[];
  target: TargetTemplate;
  departmentGives: readonly MessageKey[];
  hrGives: readonly MessageKey[];
  checkpoints: readonly Checkpoint[];
  risks: readonly MessageKey[];
  numbers: Readonly<Record<string, PolicyNumber>>;
}
