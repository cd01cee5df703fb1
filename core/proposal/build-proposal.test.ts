import { describe, expect, it } from 'vitest';
import { langs, messageKeys, t, type Lang, type MessageKey } from '../i18n/index.ts';
import { assumptionKeys } from '../impact/assumptions.ts';
import { buildProposal } from './build-proposal.ts';
import { documentSchema, type PeopleCaseDocument } from './document.ts';
import { causalWords, documentRuns, literalTexts, referencedIds, runText } from './document-inspection.ts';
import { sampleInput } from './proposal-fixture.ts';
import type { ProposalInput } from './proposal-input.ts';
import { evidenceNumber, type EvidenceField } from './quantities.ts';

const sectionIds = ['decision', 'situation', 'evidence', 'impact', 'recommendation', 'targets', 'cooperation', 'plan', 'risks', 'appendix'];
const scopes = [null, 'R&D', 'Sales', 'Marketing'] as const;

/** Text the caller or the metric catalogue supplies verbatim: names, goals, fingerprints, definitions, cited sources. */
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

function build(lang: Lang, scope: string | null, change: (input: ProposalInput) => ProposalInput = (input) => input): [PeopleCaseDocument, ProposalInput] {
  const input = change(sampleInput(lang, scope));
  return [buildProposal(input), input];
}

function allText(doc: PeopleCaseDocument): string {
  return [...literalTexts(doc), ...doc.charts.flatMap((chart) => [chart.title, ...chart.labels, ...chart.series.map((series) => series.label)])].join('\n');
}

describe('buildProposal', () => {
  for (const lang of langs) {
    for (const scope of scopes) {
      describe(`${lang}, ${scope ?? 'whole company'}`, () => {
        const [doc, input] = build(lang, scope);

        it('validates against the document schema and has the ten sections in order, none empty', () => {
          expect(() => documentSchema.parse(doc)).not.toThrow();
          expect(doc.sections.map((section) => section.id)).toEqual(sectionIds);
          for (const section of doc.sections) expect(section.blocks.length, section.id).toBeGreaterThan(0);
        });

        it('writes no digit outside quantity references, apart from supplied names and definitions', () => {
          const labels = suppliedLabels(input, lang);
          for (const text of literalTexts(doc)) {
            const words = labels.reduce((rest, label) => rest.split(label).join(''), text);
            expect(words, text).not.toMatch(/\d/);
          }
        });

        it('resolves every reference to a quantity equal to the evidence, impact or assumption it cites', () => {
          const evidenceById = new Map(input.evidence.map((item) => [item.id, item]));
          const impacts = new Map([...input.impacts, ...input.findings.flatMap((finding) => (finding.impact ? [finding.impact] : []))].map((impact) => [impact.id, impact]));
          for (const id of referencedIds(doc)) expect(doc.quantities, id).toHaveProperty([id]);
          for (const quantity of Object.values(doc.quantities)) {
            const hash = quantity.id.lastIndexOf('#');
            const [owner, field] = [quantity.id.slice(0, hash), quantity.id.slice(hash + 1)];
            if (quantity.source === 'evidence') {
              const item = evidenceById.get(owner)!;
              expect(quantity.evidenceIds).toEqual([owner]);
              expect(quantity.value, quantity.id).toBe(field === 'period-to' ? item.period?.to : evidenceNumber(item, field as EvidenceField));
            }
            if (quantity.source === 'impact') expect(quantity.value, quantity.id).toBe(impacts.get(owner)![field as 'low' | 'base' | 'high']);
            if (quantity.source === 'assumption') {
              expect(quantity.value, quantity.id).toBe(input.assumptions[owner.replace('assumption:', '') as (typeof assumptionKeys)[number]][field as 'low' | 'base' | 'high']);
            }
            for (const evidenceId of quantity.evidenceIds) expect(evidenceById.has(evidenceId), evidenceId).toBe(true);
          }
        });

        it('never cites or names suppressed evidence', () => {
          const suppressed = new Set(input.evidence.filter((item) => item.suppressed).map((item) => item.id));
          const cited = [...Object.values(doc.quantities).flatMap((quantity) => quantity.evidenceIds), ...doc.charts.flatMap((chart) => chart.series.flatMap((series) => series.evidenceIds))];
          expect(cited.filter((id) => suppressed.has(id))).toEqual([]);
          expect(allText(doc)).not.toContain('Support');
        });

        it('uses no causal wording anywhere', () => {
          expect(allText(doc)).not.toMatch(causalWords);
        });

        if (scope !== null) {
          it('uses only its own department’s findings, with the company as comparison', () => {
            const evidenceById = new Map(input.evidence.map((item) => [item.id, item]));
            for (const quantity of Object.values(doc.quantities)) {
              for (const id of quantity.evidenceIds) {
                const segment = evidenceById.get(id)!.segment;
                expect(segment === null || (segment.field === 'department' && segment.value === scope), `${quantity.id} cites ${id}`).toBe(true);
              }
            }
            const others = ['R&D', 'Sales', 'Marketing', 'Finance', 'Operations', 'Legal'].filter((name) => name !== scope);
            for (const name of others) expect(allText(doc)).not.toContain(name);
          });
        }
      });
    }
  }

  it('words an inconclusive finding as too little data to conclude, in both languages', () => {
    const [en] = build('en', 'Marketing');
    const [zh] = build('zh-CN', 'Marketing');
    const evidence = (doc: PeopleCaseDocument) => documentRuns({ ...doc, sections: doc.sections.filter((section) => section.id === 'evidence') }).map(runText).join(' ');
    expect(evidence(en)).toContain('too little data to conclude');
    expect(evidence(en)).not.toContain('confidence');
    expect(evidence(zh)).toContain('数据太少，尚不能下结论');
    expect(documentRuns(en).map(runText).join(' ')).toContain('signals to check, not conclusions');
  });

  it('words an association as going together, never as a cause, and says association is not causation', () => {
    for (const lang of langs) {
      const [doc] = build(lang, null, (input) => ({ ...input, findings: input.findings.filter((finding) => finding.kind === 'association') }));
      const text = documentRuns(doc).map(runText).join('\n');
      expect(text).toContain(lang === 'en' ? 'went together with lower revenue per head' : '呈负相关');
      expect(text).toContain(lang === 'en' ? 'association is not causation' : '相关不等于因果');
      expect(allText(doc)).not.toMatch(causalWords);
    }
  });

  it('asks for a decision with its cost, its return and a dated target', () => {
    const [doc] = build('en', 'R&D');
    const decision = runText(doc.sections[0].blocks.flatMap((block) => (block.kind === 'paragraph' ? block.content : [])));
    expect(decision).toMatch(/^For R&D, we ask you to approve a dual career track pilot, /);
    expect(decision).toContain('costs an estimated {turnover-cost|');
    expect(decision).toMatch(/Reaching its target by \{date:\d{4}-\d{2}-\d{2}\} would avoid about \{derived:saving:/);
    expect(decision).toContain('What it takes: ');
  });

  it('still writes every section when nothing stands out', () => {
    for (const lang of langs) {
      const [doc] = build(lang, 'Finance', (input) => ({ ...input, findings: [] }));
      expect(doc.sections.map((section) => section.id)).toEqual(sectionIds);
      expect(doc.charts).toEqual([]);
      expect(() => documentSchema.parse(doc)).not.toThrow();
    }
  });
});
