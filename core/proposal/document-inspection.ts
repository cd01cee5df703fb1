import type { Impact } from '../findings/finding.ts';
import { messageKeys, t, type Lang, type MessageKey } from '../i18n/index.ts';
import { assumptionKeys, type AssumptionKey } from '../impact/assumptions.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { documentSchema, type Inline, type PeopleCaseDocument, type Quantity } from './document.ts';
import type { ProposalInput } from './proposal-input.ts';
import { evidenceNumber, type EvidenceField, type RangeLevel } from './quantities.ts';

/**
 * Every run of inline content in a document — paragraphs, list items, table cells and chart captions — for checks that walk
 * the text the way a renderer will (numbers as references, no suppressed group, wording rules).
 * @example documentRuns(doc).flat().filter((inline) => typeof inline !== 'string').length // how many numbers the text shows
 */
export function documentRuns(doc: PeopleCaseDocument): Inline[][] {
  return doc.sections.flatMap((section) =>
    section.blocks.flatMap((block) => {
      switch (block.kind) {
        case 'paragraph':
          return [block.content];
        case 'list':
          return block.items;
        case 'table':
          return block.rows.flat();
        case 'chart':
          return [block.caption];
      }
    }),
  );
}

/**
 * Every literal word a reader sees outside the numbers: the title, section titles, table headers and literal inline pieces.
 * @example literalTexts(doc).some((text) => /\d/.test(text)) // false when every number is a reference
 */
export function literalTexts(doc: PeopleCaseDocument): string[] {
  const headers = doc.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'table' ? block.header : [])));
  const literals = documentRuns(doc)
    .flat()
    .filter((inline): inline is string => typeof inline === 'string');
  return [doc.title, ...doc.sections.map((section) => section.title), ...headers, ...literals];
}

/**
 * The ids of the quantities a document's text refers to, each once.
 * @example referencedIds(doc).every((id) => id in doc.quantities) // true for a well-formed document
 */
export function referencedIds(doc: PeopleCaseDocument): string[] {
  const ids = documentRuns(doc)
    .flat()
    .flatMap((inline) => (typeof inline === 'string' ? [] : [inline.ref]));
  return [...new Set(ids)];
}

/**
 * A run as plain text with each reference shown as `{id}`, for readable assertions and wording checks.
 * @example runText(['Turnover was ', { ref: 'q1' }]) // 'Turnover was {q1}'
 */
export function runText(run: readonly Inline[]): string {
  return run.map((inline) => (typeof inline === 'string' ? inline : `{${inline.ref}}`)).join('');
}

/**
 * Wording that claims a cause, in English and Chinese: generated text states facts and associations only (DESIGN.md §5), so
 * no document may match it.
 * @example causalWords.test('low pay caused attrition') // true
 */
export const causalWords = /\b(caus(e|es|ed|ing)|led to|leads? to|dr(ove|ives?|iven)|because|due to|result(s|ed)? in)\b|导致|造成|因为|由于|引起|致使/i;

/**
 * Everything wrong with a document against the input it was built from, as readable lines (empty when it is sound): it must
 * validate; every reference must resolve; a number read from evidence, an impact or an assumption must equal it; no quantity or
 * chart may cite suppressed evidence; no literal may carry a digit except inside text the caller or the metric catalogue
 * supplies (names, goals, fingerprints, definitions, cited sources); no wording may claim a cause; and a department document
 * may cite only its own department's evidence and the company's.
 * @example documentProblems(buildProposal(input), input) // []
 */
export function documentProblems(doc: PeopleCaseDocument, input: ProposalInput): string[] {
  const problems: string[] = [];
  const parsed = documentSchema.safeParse(doc);
  if (!parsed.success) problems.push(`invalid document: ${parsed.error.message}`);
  const evidenceById = new Map(input.evidence.map((item) => [item.id, item]));
  const impacts = new Map([...input.impacts, ...input.findings.flatMap((finding) => (finding.impact ? [finding.impact] : []))].map((impact) => [impact.id, impact]));
  for (const id of referencedIds(doc)) if (!Object.hasOwn(doc.quantities, id)) problems.push(`dangling reference ${id}`);
  for (const quantity of Object.values(doc.quantities)) {
    const expected = expectedValue(quantity, evidenceById, impacts, input);
    if (expected !== undefined && expected !== quantity.value) problems.push(`${quantity.id} is ${quantity.value}, its source says ${expected}`);
    for (const id of quantity.evidenceIds) {
      const item = evidenceById.get(id);
      if (!item) problems.push(`${quantity.id} cites unknown evidence ${id}`);
      else if (item.suppressed) problems.push(`${quantity.id} cites suppressed evidence ${id}`);
      else if (input.scope !== null && item.segment !== null && !(item.segment.field === 'department' && item.segment.value === input.scope)) {
        problems.push(`${quantity.id} cites ${id}, outside ${input.scope}`);
      }
    }
  }
  for (const chart of doc.charts) {
    for (const id of chart.series.flatMap((series) => series.evidenceIds)) if (evidenceById.get(id)?.suppressed !== false) problems.push(`chart ${chart.id} cites ${id}`);
  }
  const labels = suppliedLabels(input, doc.lang);
  for (const text of literalTexts(doc)) {
    const words = labels.reduce((rest, label) => rest.split(label).join(''), text);
    if (/\d/.test(words)) problems.push(`digit in literal text: ${text}`);
    if (causalWords.test(words)) problems.push(`causal wording: ${text}`);
  }
  return problems;
}

/** What a quantity must equal, read from the evidence, impact or assumption its id names; undefined for targets and derived numbers. */
function expectedValue(quantity: Quantity, evidenceById: ReadonlyMap<string, Evidence>, impacts: ReadonlyMap<string, Impact>, input: ProposalInput): Quantity['value'] | null | undefined {
  const hash = quantity.id.lastIndexOf('#');
  const [owner, field] = [quantity.id.slice(0, hash), quantity.id.slice(hash + 1)];
  switch (quantity.source) {
    case 'evidence': {
      const item = evidenceById.get(owner);
      if (!item) return null;
      return field === 'period-to' ? (item.period?.to ?? null) : evidenceNumber(item, field as EvidenceField);
    }
    case 'impact':
      return impacts.get(owner)?.[field as RangeLevel] ?? null;
    case 'assumption':
      return input.assumptions[owner.replace('assumption:', '') as AssumptionKey]?.[field as RangeLevel] ?? null;
    default:
      return undefined;
  }
}

/** Text the caller or the metric catalogue supplies verbatim, longest first so a longer label is removed before its parts. */
function suppliedLabels(input: ProposalInput, lang: Lang): string[] {
  const definitions = messageKeys(lang)
    .filter((key) => key.startsWith('metric.') && key.endsWith('.definition'))
    .map((key) => t(lang, key as MessageKey));
  return [
    ...input.evidence.flatMap((item) => [item.segment?.value ?? '', item.definition]),
    ...input.goals.map((goal) => goal.goal),
    ...(input.sources ?? []).flatMap((source) => [source.label, source.fingerprint]),
    ...assumptionKeys.map((key) => input.assumptions[key].source),
    ...definitions,
  ]
    .filter((label) => label !== '')
    .sort((a, b) => b.length - a.length);
}
