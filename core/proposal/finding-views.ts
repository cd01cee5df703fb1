import { defaultAssumptions } from '../impact/assumptions.ts';
import type { Finding } from '../findings/finding.ts';
import type { Lang } from '../i18n/index.ts';
import type { Evidence } from '../metrics/evidence.ts';
import { inlineText } from '../render/inline-text.ts';
import { createDocumentContext } from './document-context.ts';
import { findingSentence } from './finding-text.ts';

/** A finding as a host lists it: the sentence the proposal would use for it, and how sure it is. */
export interface FindingView {
  id: string;
  text: string;
  significant: boolean;
  confidence: number;
}

/**
 * Findings as plain sentences in the given language, ranked as the proposal ranks them, with the same wording and numbers;
 * no findings give [].
 * @example findingViews('en', evidence, detectFindings(evidence))[0].text // 'R&D's turnover rate was 18.0% …'
 */
export function findingViews(lang: Lang, evidence: readonly Evidence[], findings: readonly Finding[], now = new Date()): FindingView[] {
  const context = createDocumentContext({ lang, scope: null, evidence: [...evidence], findings: [...findings], impacts: [], assumptions: defaultAssumptions, goals: [], now });
  const sentences = context.findings.map((finding) => findingSentence(context, finding));
  // Sentences register the quantities they cite, so the registry is read only after all are written.
  const doc = { lang, quantities: context.quantities.quantities() };
  return context.findings.map((finding, index) => ({ id: finding.id, text: inlineText(doc, sentences[index]), significant: finding.significant, confidence: finding.confidence }));
}
