import type { Finding, Impact } from '../findings/finding.ts';
import { messageKeyOf, t } from '../i18n/index.ts';
import { assumptionKeys } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { compose } from './compose-text.ts';
import type { DocumentContext } from './document-context.ts';
import type { Block, Inline, Section } from './document.ts';
import { assumptionName, assumptionTable, usedAssumptions } from './impacts.ts';
import { groupPhrase, metricPhrase } from './phrases.ts';
import { isCitable, type CitableEvidence } from './scope.ts';

/**
 * The evidence items a document has quoted so far, in the order first quoted: what its caveats and definitions are about.
 * @example citedEvidence(context).map((item) => item.id) // ['turnover_rate:voluntary|department=R&D|…']
 */
export function citedEvidence(context: DocumentContext): CitableEvidence[] {
  const ids = new Set(
    Object.values(context.quantities.quantities())
      .filter((quantity) => quantity.source === 'evidence')
      .flatMap((quantity) => quantity.evidenceIds),
  );
  return [...ids].map((id) => context.evidenceById.get(id)).filter(isCitable);
}

/**
 * The data caveats of a document, one line each: small groups, excluded rows, annualised values and any other caveat code of
 * the evidence it quotes; that small groups are hidden; that inconclusive findings are leads; that associations are not causes;
 * and which impact figures rest on placeholder assumptions. Call it after the rest of the document is composed.
 * @example dataCaveats(context, shownFindings, impacts)[0] // ['R&D is a small group (n = ', { ref: '…#n' }, '); read …']
 */
export function dataCaveats(context: DocumentContext, findings: readonly Finding[], impacts: readonly Impact[]): Inline[][] {
  const { lang, quantities: q } = context;
  const lines: Inline[][] = [];
  for (const item of citedEvidence(context)) {
    const params = { group: groupPhrase(lang, item.segment), metric: metricPhrase(lang, item.metric, item.variant) };
    if (item.excluded > 0) lines.push(compose(lang, 'proposal.risk.excluded', { ...params, excluded: q.evidence(item, 'excluded') }));
    for (const code of new Set(item.caveats)) {
      if (code === 'small-n') lines.push(compose(lang, 'proposal.risk.small-n', { ...params, n: q.evidence(item, 'n') }));
      else if (code === 'annualised' || code === 'right-censored') lines.push(compose(lang, `proposal.risk.${code}`, params));
      else if (code === 'missing-data') {
        if (item.excluded === 0) lines.push(compose(lang, 'proposal.risk.missing-data', params));
      } else lines.push(compose(lang, 'proposal.risk.caveat', { ...params, code }));
    }
  }
  if (hasSuppressedInScope(context)) lines.push(compose(lang, 'proposal.risk.suppressed'));
  if (findings.some((finding) => !finding.significant)) lines.push(compose(lang, 'proposal.risk.inconclusive'));
  if (findings.some((finding) => finding.kind === 'association')) lines.push(compose(lang, 'proposal.risk.association'));
  for (const key of usedAssumptions(impacts)) {
    if (context.assumptions[key].fallback) {
      lines.push(compose(lang, 'proposal.risk.placeholder', { assumption: assumptionName(lang, key), base: q.assumption(key, 'base') }));
    }
  }
  return lines;
}

/** Whether some group the document could have shown was too small: any in a company document, the department's own otherwise. */
function hasSuppressedInScope(context: DocumentContext): boolean {
  return context.evidence.some((item: Evidence) => item.suppressed && (context.scope === null || item.segment?.value === context.scope));
}

/**
 * The appendix: the definition of every metric the document quotes, the data sources with their row counts and fingerprints,
 * and, for documents with money in them, every assumption with its range and cited source — so each number survives a
 * sceptic's question.
 * @example appendixBlocks(context, true).map((block) => block.kind) // ['paragraph', 'table', 'paragraph', 'table', 'paragraph', 'table']
 */
export function appendixBlocks(context: DocumentContext, withAssumptions: boolean): Block[] {
  const { lang, quantities: q } = context;
  const definitions = new Map<string, [Inline[], Inline[]]>();
  for (const item of citedEvidence(context)) {
    const key = messageKeyOf(`metric.${item.metric}.definition`);
    definitions.set(`${item.metric}|${item.variant}`, [[metricPhrase(lang, item.metric, item.variant)], [key ? t(lang, key) : item.definition]]);
  }
  const blocks: Block[] = [];
  if (definitions.size > 0) {
    blocks.push({ kind: 'paragraph', content: compose(lang, 'proposal.appendix.definitions') });
    blocks.push({ kind: 'table', header: [t(lang, 'proposal.table.metric'), t(lang, 'proposal.table.definition')], rows: [...definitions.values()] });
  }
  if (context.sources.length > 0) {
    blocks.push({ kind: 'paragraph', content: compose(lang, 'proposal.appendix.sources') });
    blocks.push({
      kind: 'table',
      header: [t(lang, 'proposal.table.source'), t(lang, 'proposal.table.rows'), t(lang, 'proposal.table.fingerprint')],
      rows: context.sources.map((source) => [
        [source.label],
        [q.derived(`rows:${source.fingerprint}`, source.rows, 'integer', [])],
        [source.fingerprint],
      ]),
    });
  } else {
    blocks.push({ kind: 'paragraph', content: compose(lang, 'proposal.appendix.no-sources') });
  }
  if (withAssumptions) {
    blocks.push({ kind: 'paragraph', content: compose(lang, 'proposal.appendix.assumptions') });
    blocks.push(assumptionTable(context, assumptionKeys, true));
  }
  return blocks;
}

/**
 * The closing section of a companion document: its data caveats (or a line saying there are none), then the definitions and
 * data sources behind its numbers. Call it last, once every number is composed.
 * @example notesSection(context, findings).id // 'notes'
 */
export function notesSection(context: DocumentContext, findings: readonly Finding[]): Section {
  const { lang } = context;
  const caveats = dataCaveats(context, findings, []);
  return {
    id: 'notes',
    title: t(lang, 'companion.section.notes'),
    blocks: [{ kind: 'list', ordered: false, items: caveats.length > 0 ? caveats : [compose(lang, 'proposal.risk.none')] }, ...appendixBlocks(context, false)],
  };
}
