import { formatDate, t, type Lang, type MessageKey } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { capitalizeFirst, capitalizeText, compose } from '../proposal/compose-text.ts';
import type { Block, Inline, PeopleCaseDocument, Quantity, QuantityFormat, QuantityRef, Section } from '../proposal/document.ts';
import { groupPhrase, metricPhrase } from '../proposal/phrases.ts';
import { evidenceFormat } from '../proposal/quantities.ts';
import type { FindingEntry, MetricChange, SnapshotComparison, TargetCheck } from './compare-snapshots.ts';
import type { SnapshotInput } from './snapshot-schema.ts';

type Segment = Evidence['segment'];

/** Whether a group is the one the snapshots are about: the department of a department snapshot, the company otherwise. */
function isScopeGroup(segment: Segment, scope: string | null): boolean {
  return scope === null ? segment === null : segment?.field === 'department' && segment.value === scope;
}

/**
 * The comparison of two snapshots as a document in either language, the Check step of PDCA: a summary (how many measures
 * improved or worsened beyond chance, targets met, findings new and resolved), the targets table, the measures of the scope
 * (then, now, change and its test) plus other groups' changes beyond chance, new and resolved findings, the next step (Act)
 * and an appendix naming both snapshots' data and the method. Every number is a quantity traced to the evidence it comes
 * from; wording follows significance (DESIGN.md §6). Dated as the later snapshot.
 * @example checkDocument(compareSnapshots(march, june), 'zh-CN').title // '复盘检查：2025年3月1日以来的变化'
 */
export function checkDocument(comparison: SnapshotComparison, lang: Lang): PeopleCaseDocument {
  const quantities: Record<string, Quantity> = {};
  const add = (id: string, value: number | string, format: QuantityFormat, source: Quantity['source'], evidenceIds: string[]): QuantityRef => {
    quantities[id] ??= { id, value, format, ...(format === 'currency' ? { currency: comparison.currency } : {}), source, evidenceIds };
    return { ref: id };
  };
  const value = (tag: 'then' | 'now', item: Evidence & { value: number }): QuantityRef => add(`${tag}:${item.id}#value`, item.value, evidenceFormat(item), 'evidence', [item.id]);
  const date = (iso: string): QuantityRef => add(`date:${iso}`, iso, 'date', 'derived', []);
  const count = (name: string, n: number): QuantityRef => add(`count:${name}`, n, 'integer', 'derived', []);
  const targetRef = (check: TargetCheck): QuantityRef => add(`target:${check.baseline.id}@${check.target}`, check.target, evidenceFormat(check.baseline), 'target', [check.baseline.id]);
  const metricCell = (item: Pick<Evidence, 'metric' | 'variant'>): string => capitalizeText(lang, metricPhrase(lang, item.metric, item.variant));
  const groupCell = (segment: Segment): string => (segment === null ? t(lang, 'render.scope.company') : groupPhrase(lang, segment));
  const text = (key: MessageKey, params: Record<string, Inline | Inline[]> = {}): Inline[] => compose(lang, key, params);
  const paragraph = (content: Inline[]): Block => ({ kind: 'paragraph', content });
  const section = (id: string, key: MessageKey, blocks: Block[]): Section => ({ id, title: t(lang, key), blocks });

  const changeRow = (change: MetricChange): Inline[][] => {
    const ids = [change.before.id, change.after.id];
    const relative = add(`change:${change.after.id}`, change.relativeChange, 'percent', 'derived', ids);
    const test =
      change.pValue === null
        ? text('check.test.untested')
        : text(change.significant ? 'check.test.significant' : 'check.test.chance', { p: add(`p:${change.after.id}`, change.pValue, 'p-value', 'derived', ids) });
    return [[metricCell(change.after)], [groupCell(change.after.segment)], [value('then', change.before)], [value('now', change.after)], change.change > 0 ? ['+', relative] : [relative], test];
  };
  const changeTable = (changes: readonly MetricChange[]): Block => ({
    kind: 'table',
    header: (['metric', 'group', 'before', 'after', 'change', 'test'] as const).map((column) => t(lang, `check.col.${column}`)),
    rows: changes.map(changeRow),
  });

  const inScope = comparison.changes.filter((change) => isScopeGroup(change.after.segment, comparison.scope));
  const elsewhere = comparison.changes.filter((change) => change.significant && !isScopeGroup(change.after.segment, comparison.scope));
  const significant = comparison.changes.filter((change) => change.significant);
  const met = comparison.targets.filter((check) => check.status === 'met');

  const summary: Inline[][] = [
    comparison.changes.length === 0
      ? text('check.summary.no-metrics')
      : text('check.summary.metrics', {
          improved: count('improved', significant.filter((change) => change.direction === 'better').length),
          compared: count('compared', comparison.changes.length),
          worsened: count('worsened', significant.filter((change) => change.direction === 'worse').length),
        }),
    comparison.targets.length === 0 ? text('check.summary.no-targets') : text('check.summary.targets', { met: count('met', met.length), total: count('targets', comparison.targets.length) }),
    text('check.summary.findings', {
      new: count('new', comparison.newFindings.length),
      resolved: count('resolved', comparison.resolvedFindings.length),
      open: count('open', comparison.continuingFindings.length),
    }),
  ];

  const targetRows = comparison.targets.map((check): Inline[][] => [
    [metricCell(check.baseline)],
    [groupCell(check.baseline.segment)],
    check.deadline ? [date(check.deadline)] : ['—'],
    [value('then', check.baseline)],
    check.latest ? [value('now', check.latest)] : ['—'],
    [targetRef(check)],
    [t(lang, `check.status.${check.status}`)],
  ]);

  const findingRow = (status: 'new' | 'resolved', { finding, evidence }: FindingEntry): Inline[][] => [
    [t(lang, `check.finding.${status}`)],
    [metricCell(finding)],
    [groupCell(finding.segment)],
    [t(lang, `finding.kind.${finding.kind}`)],
    evidence && evidence.value !== null && !evidence.suppressed ? [value(status === 'new' ? 'now' : 'then', { ...evidence, value: evidence.value })] : ['—'],
  ];
  const findingRows = [...comparison.newFindings.map((entry) => findingRow('new', entry)), ...comparison.resolvedFindings.map((entry) => findingRow('resolved', entry))];

  const act: Inline[][] = [
    ...comparison.targets
      .filter((check): check is TargetCheck & { latest: NonNullable<TargetCheck['latest']> } => check.latest !== null)
      .map((check) =>
        capitalizeFirst(
          lang,
          text(check.status === 'met' ? 'check.act.keep' : 'check.act.review', {
            metric: metricPhrase(lang, check.baseline.metric, check.baseline.variant),
            group: groupPhrase(lang, check.baseline.segment),
            value: value('now', check.latest),
            target: targetRef(check),
          }),
        ),
      ),
    ...comparison.newFindings
      .filter(({ finding }) => finding.significant && finding.direction === 'worse')
      .map(({ finding }) =>
        text('check.act.new', { metric: metricPhrase(lang, finding.metric, finding.variant), group: groupPhrase(lang, finding.segment), kind: t(lang, `finding.kind.${finding.kind}`) }),
      ),
  ];

  const inputs = (list: readonly SnapshotInput[], tag: string): Inline[] =>
    list.length === 0
      ? [t(lang, 'check.appendix.no-inputs')]
      : list.flatMap((input, index) => [
          ...(index > 0 ? ['; '] : []),
          ...text('check.appendix.input', { source: input.source, rows: count(`rows:${tag}:${index}`, input.rows), fingerprint: input.fingerprint.slice(0, 12) }),
        ]);
  const beforeDay = comparison.before.day;
  const afterDay = comparison.after.day;

  const sections: Section[] = [
    section('summary', 'check.section.summary', [
      paragraph(text('check.summary.compared', { after: date(afterDay), before: date(beforeDay) })),
      ...(comparison.sameData ? [paragraph(text('check.summary.same-data'))] : []),
      { kind: 'list', ordered: false, items: summary },
    ]),
    section('targets', 'check.section.targets', [
      targetRows.length === 0
        ? paragraph(text('check.summary.no-targets'))
        : { kind: 'table', header: (['metric', 'group', 'due', 'before', 'after', 'target', 'status'] as const).map((column) => t(lang, `check.col.${column}`)), rows: targetRows },
    ]),
    section('metrics', 'check.section.metrics', [
      ...(inScope.length > 0 ? [changeTable(inScope)] : [paragraph(text('check.summary.no-metrics'))]),
      ...(elsewhere.length > 0 ? [paragraph(text('check.metrics.others')), changeTable(elsewhere)] : []),
    ]),
    section('findings', 'check.section.findings', [
      findingRows.length === 0
        ? paragraph(text('check.findings.none'))
        : { kind: 'table', header: (['status', 'metric', 'group', 'finding', 'value'] as const).map((column) => t(lang, `check.col.${column}`)), rows: findingRows },
    ]),
    section('act', 'check.section.act', [act.length === 0 ? paragraph(text('check.act.none')) : { kind: 'list', ordered: false, items: act }]),
    section('appendix', 'check.section.appendix', [
      {
        kind: 'list',
        ordered: false,
        items: [
          text('check.appendix.snapshot', { label: t(lang, 'check.appendix.before'), date: date(beforeDay), inputs: inputs(comparison.before.inputs, 'then') }),
          text('check.appendix.snapshot', { label: t(lang, 'check.appendix.after'), date: date(afterDay), inputs: inputs(comparison.after.inputs, 'now') }),
          text('check.appendix.method', { tests: count('tests', comparison.tests) }),
          text('check.appendix.targets'),
        ],
      },
    ]),
  ];

  return {
    kind: 'check',
    lang,
    title: t(lang, 'check.title', { date: formatDate(lang, beforeDay) }),
    scope: comparison.scope,
    createdAt: comparison.after.createdAt,
    sections,
    quantities,
    charts: [],
  };
}
