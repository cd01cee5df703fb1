import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../i18n/index.ts';
import { buildProposal } from './build-proposal.ts';
import { documentSchema, type PeopleCaseDocument } from './document.ts';
import { causalWords, documentProblems, documentRuns, literalTexts, runText } from './document-inspection.ts';
import { sampleInput } from './proposal-fixture.ts';
import type { ProposalInput } from './proposal-input.ts';

const sectionIds = ['decision', 'situation', 'evidence', 'impact', 'recommendation', 'targets', 'cooperation', 'plan', 'risks', 'appendix'];
const scopes = [null, 'R&D', 'Sales', 'Marketing'] as const;

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

        it('is sound: numbers are references equal to what they cite, nothing suppressed, no digit or cause in the words, its own scope only', () => {
          expect(documentProblems(doc, input)).toEqual([]);
        });

        it('never names the suppressed group, in text or charts', () => {
          expect(allText(doc)).not.toContain('Support');
        });

        if (scope !== null) {
          it('names no other department', () => {
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

  it('states each target once, with one deadline, even when several plays answer the same metric in the same group', () => {
    for (const lang of langs) {
      const [doc] = build(lang, 'R&D');
      const targets = doc.sections.find((section) => section.id === 'targets')!;
      const items = targets.blocks.flatMap((block) => (block.kind === 'list' ? block.items.map(runText) : []));
      // four plays (pilot, pay to market, role profiles, stay interviews), the pilot and stay interviews on R&D turnover
      expect(items).toHaveLength(3);
      const refs = items.flatMap((item) => item.match(/\{target:play:[^}]*\}/g) ?? []);
      expect(new Set(refs).size).toBe(refs.length);
      expect(items.filter((item) => item.includes('turnover_rate'))).toHaveLength(1);
      expect(items.find((item) => item.includes('turnover_rate'))).toContain('{date:2026-03-31}');
    }
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
