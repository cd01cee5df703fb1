import { messageKeyOf, t, type Lang } from '../i18n/index.ts';
import type { Finding } from '../findings/finding.ts';


/**
 * A metric named the way it reads mid-sentence ("voluntary turnover", "主动离职率"): the variant's own phrase first, then the
 * metric's `.labelled` phrase for variants that are labels from the data (a reason for leaving), then the metric, then the
 * raw id, so a metric added to the catalogue later still reads as itself until it gets a phrase.
 * @example metricPhrase('en', 'turnover_rate', 'voluntary') // 'voluntary turnover'
 * @example metricPhrase('en', 'exit_reason_share', 'Career path') // 'the share of voluntary leavers citing “Career path”'
 */
export function metricPhrase(lang: Lang, metric: string, variant: string | null): string {
  const key =
    (variant !== null ? (messageKeyOf(`proposal.metric.${metric}.${variant}`) ?? messageKeyOf(`proposal.metric.${metric}.labelled`)) : null) ??
    messageKeyOf(`proposal.metric.${metric}`);
  return key ? t(lang, key, { variant: variant ?? '' }) : metric;
}

/**
 * A segment field named for readers ("job level", "职级"); a field outside the catalogue (a source header) reads as itself.
 * @example fieldPhrase('zh-CN', 'jobLevel') // '职级'
 */
export function fieldPhrase(lang: Lang, field: string): string {
  const key = messageKeyOf(`proposal.field.${field}`);
  return key ? t(lang, key) : field;
}

/**
 * The group a finding is about: a department by its name, another segment as value and field, no segment as the company.
 * @example groupPhrase('en', { field: 'jobLevel', value: 'Senior' }) // 'Senior (job level)'
 */
export function groupPhrase(lang: Lang, segment: Finding['segment']): string {
  if (segment === null) return t(lang, 'proposal.group.company');
  if (segment.field === 'department') return segment.value;
  return t(lang, 'proposal.group.segment', { field: fieldPhrase(lang, segment.field), value: segment.value });
}

/**
 * Who a group is compared with: the metric's own comparison where it names one (`proposal.others.<metric>`: leavers against
 * the group's stayers), the comparison group for a training effect, the rest of the company for a department, everyone else
 * for any other segment.
 * @example othersPhrase('en', { metric: 'turnover_rate', segment: { field: 'department', value: 'R&D' } }) // 'the rest of the company'
 */
export function othersPhrase(lang: Lang, finding: Pick<Finding, 'metric' | 'segment'>): string {
  const own = messageKeyOf(`proposal.others.${finding.metric}`);
  if (own) return t(lang, own, { group: groupPhrase(lang, finding.segment) });
  if (finding.metric === 'training_effect') return t(lang, 'proposal.others.comparison-group');
  if (finding.segment?.field === 'department') return t(lang, 'proposal.others.rest-of-company');
  return t(lang, 'proposal.others.everyone-else');
}
