import type { Finding, Impact } from '../findings/finding.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { assumptionKeys, type AssumptionKey } from '../impact/assumptions.ts';
import { compose } from './compose-text.ts';
import type { DocumentContext } from './document-context.ts';
import type { Block, Inline } from './document.ts';
import { groupPhrase } from './phrases.ts';
import { isCitable } from './scope.ts';

/** An impact estimate with the finding it belongs to, so its sentence can name the group. */
export interface ShownImpact {
  impact: Impact;
  finding: Finding;
}

const sentenceKeys: Record<Impact['kind'], MessageKey> = {
  'turnover-cost': 'proposal.impact.turnover-cost',
  'vacancy-cost': 'proposal.impact.vacancy-cost',
  'slow-feedback-cost': 'proposal.impact.slow-feedback-cost',
};

/** Assumption names in the catalogue, keyed by assumption. */
const assumptionNames: Record<AssumptionKey, MessageKey> = {
  leaverCostShare: 'assumption.leaverCostShare.name',
  workingDaysPerYear: 'assumption.workingDaysPerYear.name',
  feedbackSlaDays: 'assumption.feedbackSlaDays.name',
  salaryAnnualFallback: 'assumption.salaryAnnualFallback.name',
};

/**
 * An assumption's name in the document's language.
 * @example assumptionName('en', 'workingDaysPerYear') // 'Working days per year'
 */
export function assumptionName(lang: DocumentContext['lang'], key: AssumptionKey): string {
  return t(lang, assumptionNames[key]);
}

/**
 * The impact estimate of a finding, attached by the detectors or passed beside them for its primary evidence, when every
 * evidence item it multiplies may be shown — an estimate built on a suppressed group would leak that group through its cost.
 * @example impactOfFinding(context, rdGap)?.kind // 'turnover-cost'
 */
export function impactOfFinding(context: DocumentContext, finding: Finding): Impact | null {
  const impact = finding.impact ?? context.impacts.find((candidate) => candidate.evidenceIds.includes(finding.evidenceIds[0])) ?? null;
  return impact && impact.evidenceIds.every((id) => isCitable(context.evidenceById.get(id))) ? impact : null;
}

/**
 * The impacts of some findings, each once, in the findings' order.
 * @example shownImpacts(context, topFindings).length // 2
 */
export function shownImpacts(context: DocumentContext, findings: readonly Finding[]): ShownImpact[] {
  const seen = new Map<string, ShownImpact>();
  for (const finding of findings) {
    const impact = impactOfFinding(context, finding);
    if (impact && !seen.has(impact.id)) seen.set(impact.id, { impact, finding });
  }
  return [...seen.values()];
}

/**
 * The sentence stating an impact as a low / base / high range for its group.
 * @example impactSentence(context, shown) // ['Leavers in R&D cost an estimated ', { ref: '…#base' }, …]
 */
export function impactSentence(context: DocumentContext, { impact, finding }: ShownImpact): Inline[] {
  const { lang, quantities: q } = context;
  return compose(lang, sentenceKeys[impact.kind], {
    group: groupPhrase(lang, finding.segment),
    low: q.impact(impact, 'low'),
    base: q.impact(impact, 'base'),
    high: q.impact(impact, 'high'),
  });
}

/**
 * The assumptions some impacts use, in catalogue order, each once.
 * @example usedAssumptions([turnoverCost]) // ['leaverCostShare']
 */
export function usedAssumptions(impacts: readonly Impact[]): AssumptionKey[] {
  const used = new Set(impacts.flatMap((impact) => impact.assumptionKeys));
  return assumptionKeys.filter((key) => used.has(key));
}

/**
 * A table of assumptions with their low / base / high values, and their cited sources when asked: the business-impact section
 * shows the values beside the estimate, the appendix adds where each default comes from.
 * @example assumptionTable(context, ['leaverCostShare'], false).rows.length // 1
 */
export function assumptionTable(context: DocumentContext, keys: readonly AssumptionKey[], withSources: boolean): Extract<Block, { kind: 'table' }> {
  const { lang, quantities: q, assumptions } = context;
  const header = [t(lang, 'proposal.table.assumption'), t(lang, 'proposal.table.low'), t(lang, 'proposal.table.base'), t(lang, 'proposal.table.high')];
  return {
    kind: 'table',
    header: withSources ? [...header, t(lang, 'proposal.table.citation')] : header,
    rows: keys.map((key) => [
      [assumptionName(lang, key)],
      [q.assumption(key, 'low')],
      [q.assumption(key, 'base')],
      [q.assumption(key, 'high')],
      ...(withSources ? [[assumptions[key].source]] : []),
    ]),
  };
}
