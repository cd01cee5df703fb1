import type { Finding } from '../findings/finding.ts';
import { formatDate, t } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { capitalizeText, compose } from './compose-text.ts';
import type { DocumentContext } from './document-context.ts';
import type { ChartSpec, Inline } from './document.ts';
import { fieldPhrase, groupPhrase, metricPhrase, othersPhrase } from './phrases.ts';
import { evidenceFormat } from './quantities.ts';
import { citedEvidenceIds, isCitable, type CitableEvidence } from './scope.ts';

/** A chart and the caption shown under it. */
export interface FindingChart {
  spec: ChartSpec;
  caption: Inline[];
}

/**
 * The chart that goes with a finding's sentence, drawn only from citable evidence: every group of the segment against the
 * company line (a department document shows its department against the rest instead), the value against its target, the
 * periods of a change or trend, or the departments behind an association.
 * @example findingChart(context, rdGap)?.spec.labels // ['R&D', 'Sales', …] in a company document
 */
export function findingChart(context: DocumentContext, finding: Finding): FindingChart {
  switch (finding.kind) {
    case 'segment-gap':
      return context.scope === null || finding.segment?.field !== 'department' ? segmentChart(context, finding) : restChart(context, finding);
    case 'off-target':
      return targetChart(context, finding);
    case 'period-change':
    case 'trend':
      return periodChart(context, finding);
    case 'association':
      return associationChart(context, finding);
  }
}

function primaryOf(context: DocumentContext, finding: Finding): CitableEvidence {
  const item = context.evidenceById.get(finding.evidenceIds[0]);
  if (!isCitable(item)) throw new Error(`finding "${finding.id}" has no citable primary evidence`);
  return item;
}

function samePeriod(a: Evidence, b: Evidence): boolean {
  return a.period?.from === b.period?.from && a.period?.to === b.period?.to;
}

/** The company-wide value of the same metric, variant and period, when it may be shown. */
function companyItem(context: DocumentContext, item: Evidence): CitableEvidence | undefined {
  return context.evidence.find(
    (other): other is CitableEvidence =>
      other.segment === null && other.metric === item.metric && other.variant === item.variant && samePeriod(other, item) && isCitable(other),
  );
}

function spec(context: DocumentContext, finding: Finding, item: Evidence, parts: Pick<ChartSpec, 'type' | 'title' | 'labels' | 'series' | 'reference'>): ChartSpec {
  const format = evidenceFormat(item);
  return { id: `chart:${finding.id}`, format, ...(format === 'currency' ? { currency: context.assumptions.currency } : {}), ...parts };
}

function companyCaption(context: DocumentContext, company: CitableEvidence | undefined): Inline[] {
  return company
    ? compose(context.lang, 'proposal.chart.caption.company', { value: context.quantities.evidence(company, 'value') })
    : compose(context.lang, 'proposal.chart.caption.plain');
}

function segmentChart(context: DocumentContext, finding: Finding): FindingChart {
  const { lang } = context;
  const primary = primaryOf(context, finding);
  const field = primary.segment?.field ?? 'department';
  const groups = context.evidence.filter(
    (item): item is CitableEvidence =>
      item.metric === primary.metric && item.variant === primary.variant && item.segment?.field === field && samePeriod(item, primary) && isCitable(item),
  );
  const company = companyItem(context, primary);
  const metric = metricPhrase(lang, primary.metric, primary.variant);
  return {
    spec: spec(context, finding, primary, {
      type: 'bar',
      title: capitalizeText(lang, t(lang, 'proposal.chart.by-segment', { metric, field: fieldPhrase(lang, field) })),
      labels: groups.map((item) => item.segment?.value ?? ''),
      series: [{ label: metric, values: groups.map((item) => item.value), evidenceIds: groups.map((item) => item.id) }],
      reference: company ? { label: t(lang, 'proposal.chart.reference.company'), value: company.value } : null,
    }),
    caption: companyCaption(context, company),
  };
}

function restChart(context: DocumentContext, finding: Finding): FindingChart {
  const { lang } = context;
  const primary = primaryOf(context, finding);
  const company = companyItem(context, primary);
  const metric = metricPhrase(lang, primary.metric, primary.variant);
  const group = groupPhrase(lang, primary.segment);
  const others = othersPhrase(lang, finding);
  return {
    spec: spec(context, finding, primary, {
      type: 'bar',
      title: capitalizeText(lang, t(lang, 'proposal.chart.vs-rest', { metric, group, others })),
      labels: primary.restValue === null ? [group] : [group, others],
      series: [{ label: metric, values: primary.restValue === null ? [primary.value] : [primary.value, primary.restValue], evidenceIds: [primary.id] }],
      reference: company ? { label: t(lang, 'proposal.chart.reference.company'), value: company.value } : null,
    }),
    caption: companyCaption(context, company),
  };
}

function targetChart(context: DocumentContext, finding: Finding): FindingChart {
  const { lang, quantities: q } = context;
  const primary = primaryOf(context, finding);
  const metric = metricPhrase(lang, primary.metric, primary.variant);
  const group = groupPhrase(lang, primary.segment);
  const target = finding.target ?? null;
  return {
    spec: spec(context, finding, primary, {
      type: 'bar',
      title: capitalizeText(lang, t(lang, 'proposal.chart.against-target', { metric, group })),
      labels: [group],
      series: [{ label: metric, values: [primary.value], evidenceIds: [primary.id] }],
      reference: target ? { label: t(lang, 'proposal.chart.reference.target'), value: target.value } : null,
    }),
    caption: target
      ? compose(lang, 'proposal.chart.caption.target', { value: q.target(`goal:${finding.id}`, target.value, evidenceFormat(primary), [primary.id]) })
      : compose(lang, 'proposal.chart.caption.plain'),
  };
}

function periodChart(context: DocumentContext, finding: Finding): FindingChart {
  const { lang } = context;
  const items = citedEvidenceIds(finding)
    .map((id) => context.evidenceById.get(id))
    .filter(isCitable)
    .sort((a, b) => (a.period?.to ?? '').localeCompare(b.period?.to ?? ''));
  const latest = items[items.length - 1] ?? primaryOf(context, finding);
  const metric = metricPhrase(lang, latest.metric, latest.variant);
  return {
    spec: spec(context, finding, latest, {
      type: finding.kind === 'trend' ? 'line' : 'bar',
      title: capitalizeText(lang, t(lang, 'proposal.chart.by-period', { metric, group: groupPhrase(lang, latest.segment) })),
      labels: items.map((item) => (item.period ? formatDate(lang, item.period.to) : '')),
      series: [{ label: metric, values: items.map((item) => item.value), evidenceIds: items.map((item) => item.id) }],
      reference: null,
    }),
    caption: compose(lang, 'proposal.chart.caption.plain'),
  };
}

function associationChart(context: DocumentContext, finding: Finding): FindingChart {
  const { lang } = context;
  const items = finding.evidenceIds
    .map((id) => context.evidenceById.get(id))
    .filter((item): item is CitableEvidence => isCitable(item) && item.metric === finding.metric && item.variant === finding.variant);
  const first = items[0] ?? primaryOf(context, finding);
  const metric = metricPhrase(lang, finding.metric, finding.variant);
  const [businessMetric, businessVariant] = (finding.association?.businessMetric ?? '').split(':');
  return {
    spec: spec(context, finding, first, {
      type: 'bar',
      title: capitalizeText(lang, t(lang, 'proposal.chart.association', { metric, business: metricPhrase(lang, businessMetric, businessVariant ?? null) })),
      labels: items.map((item) => item.segment?.value ?? ''),
      series: [{ label: metric, values: items.map((item) => item.value), evidenceIds: items.map((item) => item.id) }],
      reference: null,
    }),
    caption: compose(lang, 'proposal.chart.caption.plain'),
  };
}
