import type { Finding } from '../findings/finding.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { capitalizeFirst, compose } from './compose-text.ts';
import type { DocumentContext } from './document-context.ts';
import type { Inline, QuantityRef } from './document.ts';
import { groupPhrase, metricPhrase, othersPhrase } from './phrases.ts';
import { evidenceFormat } from './quantities.ts';
import { citedEvidenceIds, isCitable, type CitableEvidence } from './scope.ts';

/** Confidence is shown to one decimal; capping at 99.9% keeps a near-certain test from reading as "100.0%". */
const maxShownConfidence = 0.999;

/**
 * The sentence stating a finding: its number, its comparison and, when its test passed, its sample size and confidence — or,
 * when it did not, that there is too little data to conclude. Associations are worded as going together, never as a cause.
 * @example findingSentence(context, rdGap) // ['Voluntary turnover in R&D was ', { ref: '…#value' }, …, ').']
 */
export function findingSentence(context: DocumentContext, finding: Finding): Inline[] {
  const { lang } = context;
  const [body, n] = findingBody(context, finding);
  const tail = finding.significant
    ? compose(lang, 'proposal.finding.tail.significant', { n, confidence: confidenceRef(context, finding) })
    : compose(lang, 'proposal.finding.tail.inconclusive', { n });
  return capitalizeFirst(lang, [...body, ...tail]);
}

/**
 * A finding in a few words ("voluntary turnover in R&D at 18.3%"), for a recommendation to say what it answers.
 * @example findingShort(context, rdGap) // ['voluntary turnover in R&D at ', { ref: '…#value' }]
 */
export function findingShort(context: DocumentContext, finding: Finding): Inline[] {
  const item = latestCited(context, finding);
  return compose(context.lang, 'proposal.finding.short', {
    metric: metricPhrase(context.lang, finding.metric, finding.variant),
    group: groupPhrase(context.lang, finding.segment),
    value: context.quantities.evidence(item, 'value'),
  });
}

/**
 * The evidence a finding's current value is read from: the latest period for changes and trends, the primary item otherwise.
 * Throws for an association, which quotes no single group's value.
 * @example latestCited(context, rdChange).id // the current period's evidence id
 */
export function latestCited(context: DocumentContext, finding: Finding): CitableEvidence {
  const cited = citedItems(context, finding);
  const latest = cited[cited.length - 1];
  if (!latest) throw new Error(`finding "${finding.id}" quotes no single evidence item`);
  return latest;
}

/** The cited items of a finding, oldest period first, each checked citable. */
function citedItems(context: DocumentContext, finding: Finding): CitableEvidence[] {
  return citedEvidenceIds(finding)
    .map((id) => context.evidenceById.get(id))
    .map((item) => {
      if (!isCitable(item)) throw new Error(`finding "${finding.id}" cites evidence that cannot be shown`);
      return item;
    })
    .sort((a, b) => (a.period?.to ?? '').localeCompare(b.period?.to ?? ''));
}

/** The sentence without its closing tail, and the sample size the tail quotes. */
function findingBody(context: DocumentContext, finding: Finding): [Inline[], QuantityRef] {
  const { lang, quantities: q } = context;
  const metric = metricPhrase(lang, finding.metric, finding.variant);
  const group = groupPhrase(lang, finding.segment);
  if (finding.kind === 'association') return associationBody(context, finding, metric);
  const cited = citedItems(context, finding);
  const latest = cited[cited.length - 1];
  const n = q.evidence(latest, 'n');
  switch (finding.kind) {
    case 'segment-gap': {
      const value = valueWithRange(context, latest);
      if (latest.restValue === null) return [compose(lang, 'proposal.finding.level', { metric, group, value }), n];
      const params = { metric, group, value, rest: q.evidence(latest, 'restValue'), others: othersPhrase(lang, finding) };
      return [compose(lang, 'proposal.finding.gap', params), n];
    }
    case 'off-target': {
      const value = valueWithRange(context, latest);
      if (!finding.target) return [compose(lang, 'proposal.finding.off-target.no-goal', { metric, group, value }), n];
      const target = q.target(`goal:${finding.id}`, finding.target.value, evidenceFormat(latest), [latest.id]);
      return [compose(lang, 'proposal.finding.off-target', { metric, group, value, target }), n];
    }
    case 'period-change': {
      const [before, after] = cited;
      const key: MessageKey = after.value >= before.value ? 'proposal.finding.change.up' : 'proposal.finding.change.down';
      const params = {
        metric,
        group,
        before: q.evidence(before, 'value'),
        after: q.evidence(after, 'value'),
        beforeEnd: q.periodEnd(before),
        afterEnd: q.periodEnd(after),
      };
      return [compose(lang, key, params), n];
    }
    case 'trend': {
      const first = cited[0];
      const key: MessageKey = latest.value >= first.value ? 'proposal.finding.trend.up' : 'proposal.finding.trend.down';
      const count = q.derived(`periods:${finding.id}`, cited.length, 'integer', cited.map((item) => item.id));
      const params = { metric, group, first: q.evidence(first, 'value'), last: q.evidence(latest, 'value'), count, end: q.periodEnd(latest) };
      return [compose(lang, key, params), n];
    }
  }
}

/** "Across departments, higher X went together with higher Y" with r; n is the number of departments compared. */
function associationBody(context: DocumentContext, finding: Finding, metric: string): [Inline[], QuantityRef] {
  const { lang, quantities: q } = context;
  const association = finding.association;
  if (!association) throw new Error(`association finding "${finding.id}" carries no association`);
  const shown = shownEvidenceIds(context, finding);
  const [businessMetric, businessVariant] = association.businessMetric.split(':');
  const key: MessageKey = association.r >= 0 ? 'proposal.finding.association.positive' : 'proposal.finding.association.negative';
  const body = compose(lang, key, {
    metric,
    business: metricPhrase(lang, businessMetric, businessVariant ?? null),
    r: q.derived(`r:${finding.id}`, association.r, 'ratio', shown),
  });
  return [body, q.derived(`n:${finding.id}`, association.n, 'integer', shown)];
}

/** A value with its 95% interval where it has one, so the reader sees how sure the number is. */
function valueWithRange(context: DocumentContext, item: Evidence): Inline[] {
  const { lang, quantities: q } = context;
  const value = q.evidence(item, 'value');
  if (!item.ci95) return [value];
  return compose(lang, 'proposal.sentence.value-range', { value, low: q.evidence(item, 'ciLow'), high: q.evidence(item, 'ciHigh') });
}

/** The finding's confidence as a percentage, traced to the evidence it rests on. */
function confidenceRef(context: DocumentContext, finding: Finding): QuantityRef {
  return context.quantities.derived(
    `confidence:${finding.id}`,
    Math.min(finding.confidence, maxShownConfidence),
    'percent',
    shownEvidenceIds(context, finding),
  );
}

/**
 * The ids of a finding's evidence that may be shown, for tracing derived numbers without ever naming a suppressed item.
 * @example shownEvidenceIds(context, association) // the departments' ids minus any suppressed one
 */
export function shownEvidenceIds(context: DocumentContext, finding: Finding): string[] {
  return finding.evidenceIds.filter((id) => isCitable(context.evidenceById.get(id)));
}
