import { changePValue } from '../findings/change-p-value.ts';
import { detectThresholds } from '../findings/detect-context.ts';
import { directionOfChange } from '../findings/direction-of-change.ts';
import type { Finding } from '../findings/finding.ts';
import { isUsable } from '../findings/is-usable.ts';
import { relativeDifference } from '../findings/relative-difference.ts';
import { seriesOf } from '../findings/series-of.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { benjaminiHochberg } from '../stats/benjamini-hochberg.ts';
import type { Snapshot, SnapshotInput } from './snapshot-schema.ts';

type UsableEvidence = Evidence & { value: number };

/** One metric of one group in both snapshots: its latest value in each, the change and whether chance explains it. */
export interface MetricChange {
  before: UsableEvidence;
  after: UsableEvidence;
  /** after − before, in the metric's unit. */
  change: number;
  /** (after − before) ÷ |before|; ±1 when the earlier value was 0. */
  relativeChange: number;
  direction: Finding['direction'];
  /** Two-sided test of the change (changePValue); null when untestable. */
  pValue: number | null;
  /** pValue after Benjamini–Hochberg across every change tested. */
  qValue: number | null;
  /** q < 0.05: only then may the text say the metric changed (DESIGN.md §6). */
  significant: boolean;
}

/** A target the earlier snapshot set, checked against the later one's value. */
export interface TargetCheck {
  /** The evidence the target was set on, from the earlier snapshot. */
  baseline: UsableEvidence;
  /** The same metric and group in the later snapshot; null when it has no usable value (absent or suppressed). */
  latest: UsableEvidence | null;
  target: number;
  /** ISO date the target is due, when the snapshot recorded one (a department goal missed); proposal targets carry none. */
  deadline: string | null;
  /** `missed`: not met and past its deadline; `not-met`: not met yet; `no-data`: nothing to check it against. */
  status: 'met' | 'not-met' | 'missed' | 'no-data';
}

/** A finding with its primary evidence in the snapshot it comes from (null if that snapshot lacks it). */
export interface FindingEntry {
  finding: Finding;
  evidence: Evidence | null;
}

/** What changed between two snapshots of one scope: the Check step of the PDCA cycle, as data. */
export interface SnapshotComparison {
  scope: string | null;
  /** `day`: the day the snapshot stands for — when it was taken, or its data's last day when the data run against that order. */
  before: Pick<Snapshot, 'createdAt' | 'inputs'> & { day: string };
  after: Pick<Snapshot, 'createdAt' | 'inputs'> & { day: string };
  /** Both snapshots were made from identical data (every input's fingerprint matches). */
  sameData: boolean;
  /** Currency of money values (the later snapshot's assumption). */
  currency: string;
  /** Significant changes first, then by q-value, then untested ones. */
  changes: MetricChange[];
  /** How many changes were tested, the m of the Benjamini–Hochberg correction. */
  tests: number;
  targets: TargetCheck[];
  /** In the later snapshot only; strongest first. */
  newFindings: FindingEntry[];
  /** In the earlier snapshot only; strongest first. */
  resolvedFindings: FindingEntry[];
  /** In both; as the later snapshot states them. */
  continuingFindings: FindingEntry[];
}

/** Metric, variant and segment: what stays the same from one period to the next. */
function seriesKey(item: Pick<Evidence, 'metric' | 'variant' | 'segment'>): string {
  return JSON.stringify([item.metric, item.variant, item.segment?.field ?? null, item.segment?.value ?? null]);
}

/** A finding's identity across periods: its evidence ids name periods, so they are left out. */
function findingKey(finding: Finding): string {
  return JSON.stringify([finding.kind, seriesKey(finding), finding.association?.businessMetric ?? null]);
}

/** Each series' latest period, so a snapshot holding two years compares its current year. */
function latestBySeries(evidence: readonly Evidence[]): Map<string, Evidence> {
  return new Map(seriesOf(evidence).map((series) => [seriesKey(series[0]), series[series.length - 1]]));
}

function sameInputs(a: readonly SnapshotInput[], b: readonly SnapshotInput[]): boolean {
  const prints = (inputs: readonly SnapshotInput[]): string => inputs.map((input) => `${input.role}:${input.fingerprint}`).sort().join();
  return a.length > 0 && prints(a) === prints(b);
}

function isMet(value: number, target: number, direction: Evidence['direction']): boolean {
  if (direction === 'neutral') return Math.abs(relativeDifference(value, target)) < detectThresholds.minEffect;
  return directionOfChange(target, value, direction) !== 'worse';
}

/** The last day a snapshot's figures describe (the latest period end among its evidence); null when none has a period. */
function dataEnd(snapshot: Snapshot): string | null {
  let end: string | null = null;
  for (const item of snapshot.evidence) if (item.period && (end === null || item.period.to > end)) end = item.period.to;
  return end;
}

/**
 * The day each snapshot stands for and which comes first: when each was taken ("since the March proposal") — unless their data
 * run the other way (a snapshot of 2016 taken after one of this year is still the earlier state), when each stands for its
 * data's last day and that order wins.
 */
function standsFor(a: Snapshot, b: Snapshot): { a: string; b: string; aFirst: boolean } {
  const taken = { a: a.createdAt.slice(0, 10), b: b.createdAt.slice(0, 10), aFirst: Date.parse(a.createdAt) <= Date.parse(b.createdAt) };
  const [endA, endB] = [dataEnd(a), dataEnd(b)];
  if (endA === null || endB === null || endA === endB || endA < endB === taken.aFirst) return taken;
  return { a: endA, b: endB, aFirst: endA < endB };
}

/**
 * What changed between two snapshots of the same scope (DESIGN.md §2: "turnover fell from 18% to 11% since the March
 * proposal"), taken in time order whichever is given first (see standsFor): each metric and group present in both, latest
 * period against latest period, with its change tested as the period-change detector tests it (rates by their counts, others from their intervals)
 * and Benjamini–Hochberg across all changes; the targets the earlier snapshot set — its proposals' target quantities resting on
 * one evidence item, and the department goals its off-target findings missed — met or not by the later values; and the
 * findings that appeared, went away or stayed. Throws when the scopes differ: a department compared with the company would
 * report differences of coverage as change.
 * @example compareSnapshots(march, june).changes[0] // { before: { value: 0.183 … }, after: { value: 0.11 … }, direction: 'better', significant: true, … }
 */
export function compareSnapshots(first: Snapshot, second: Snapshot): SnapshotComparison {
  if (first.scope !== second.scope) {
    throw new Error(`compareSnapshots: the snapshots cover different scopes (${first.scope ?? 'the whole company'} and ${second.scope ?? 'the whole company'})`);
  }
  const days = standsFor(first, second);
  const [before, after] = days.aFirst ? [first, second] : [second, first];
  const [beforeDay, afterDay] = days.aFirst ? [days.a, days.b] : [days.b, days.a];
  const latestBefore = latestBySeries(before.evidence);
  const latestAfter = latestBySeries(after.evidence);

  const pairs: { before: UsableEvidence; after: UsableEvidence }[] = [];
  for (const [key, now] of latestAfter) {
    const then = latestBefore.get(key);
    if (then && isUsable(then) && isUsable(now)) pairs.push({ before: then, after: now });
  }
  const pValues = pairs.map((pair) => changePValue(pair.before, pair.after));
  const qValues = benjaminiHochberg(pValues);
  const changes = pairs
    .map(({ before: then, after: now }, index): MetricChange => ({
      before: then,
      after: now,
      change: now.value - then.value,
      relativeChange: relativeDifference(now.value, then.value),
      direction: directionOfChange(then.value, now.value, now.direction),
      pValue: pValues[index],
      qValue: qValues[index],
      significant: qValues[index] !== null && qValues[index] < detectThresholds.alpha,
    }))
    .sort((a, b) => Number(b.significant) - Number(a.significant) || (a.qValue ?? 2) - (b.qValue ?? 2));

  const beforeById = new Map(before.evidence.map((item) => [item.id, item]));
  const afterById = new Map(after.evidence.map((item) => [item.id, item]));
  const set = new Map<string, { baseline: UsableEvidence; target: number; deadline: string | null }>();
  const addTarget = (evidenceId: string, target: number, deadline: string | null): void => {
    const baseline = beforeById.get(evidenceId);
    if (!baseline || !isUsable(baseline)) return;
    const key = `${seriesKey(baseline)}@${target}`;
    if (!set.has(key) || (deadline !== null && set.get(key)!.deadline === null)) set.set(key, { baseline, target, deadline });
  };
  for (const finding of before.findings) if (finding.target) addTarget(finding.evidenceIds[0], finding.target.value, finding.target.deadline);
  for (const doc of before.documents) {
    for (const quantity of Object.values(doc.quantities)) {
      if (quantity.source === 'target' && quantity.evidenceIds.length === 1 && typeof quantity.value === 'number') addTarget(quantity.evidenceIds[0], quantity.value, null);
    }
  }
  const checkedOn = after.createdAt.slice(0, 10);
  const targets = [...set.values()].map(({ baseline, target, deadline }): TargetCheck => {
    const found = latestAfter.get(seriesKey(baseline));
    const latest = found && isUsable(found) ? found : null;
    const status = !latest ? 'no-data' : isMet(latest.value, target, latest.direction) ? 'met' : deadline !== null && deadline < checkedOn ? 'missed' : 'not-met';
    return { baseline, latest, target, deadline, status };
  });

  const keysBefore = new Set(before.findings.map(findingKey));
  const keysAfter = new Set(after.findings.map(findingKey));
  const entries = (findings: readonly Finding[], byId: ReadonlyMap<string, Evidence>): FindingEntry[] =>
    [...findings].sort((a, b) => b.score - a.score).map((finding) => ({ finding, evidence: byId.get(finding.evidenceIds[0]) ?? null }));

  return {
    scope: after.scope,
    before: { createdAt: before.createdAt, inputs: before.inputs, day: beforeDay },
    after: { createdAt: after.createdAt, inputs: after.inputs, day: afterDay },
    sameData: sameInputs(before.inputs, after.inputs),
    currency: after.assumptions.currency,
    changes,
    tests: pValues.filter((p) => p !== null).length,
    targets,
    newFindings: entries(after.findings.filter((finding) => !keysBefore.has(findingKey(finding))), afterById),
    resolvedFindings: entries(before.findings.filter((finding) => !keysAfter.has(findingKey(finding))), beforeById),
    continuingFindings: entries(after.findings.filter((finding) => keysBefore.has(findingKey(finding))), afterById),
  };
}
