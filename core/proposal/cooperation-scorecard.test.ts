import { describe, expect, it } from 'vitest';
import { langs } from '../i18n/index.ts';
import { buildCooperationScorecard } from './cooperation-scorecard.ts';
import { documentProblems, runText } from './document-inspection.ts';
import { sampleInput } from './proposal-fixture.ts';

describe('buildCooperationScorecard', () => {
  for (const lang of langs) {
    for (const scope of [null, 'R&D', 'Sales']) {
      it(`is a sound scorecard (${lang}, ${scope ?? 'whole company'})`, () => {
        const input = sampleInput(lang, scope);
        const doc = buildCooperationScorecard(input);
        expect(doc.kind).toBe('cooperation-scorecard');
        expect(doc.sections.map((section) => section.id)).toEqual(['scores', 'focus', 'notes']);
        expect(documentProblems(doc, input)).toEqual([]);
      });
    }
  }

  it('suggests a 10–15% weight and ranks departments best first with their status', () => {
    const doc = buildCooperationScorecard(sampleInput('en', null));
    const [intro, table] = doc.sections[0].blocks;
    expect(intro.kind === 'paragraph' && runText(intro.content)).toContain('carries {target:policy:cooperation-kpi:weightLow} to {target:policy:cooperation-kpi:weightHigh}');
    expect([doc.quantities['target:policy:cooperation-kpi:weightLow'].value, doc.quantities['target:policy:cooperation-kpi:weightHigh'].value]).toEqual([0.1, 0.15]);
    if (table.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => [runText(row[0]), runText(row[row.length - 1])])).toEqual([
      ['Whole company', 'Below target'],
      ['R&D', 'Meets target'],
      ['Sales', 'Below target'],
    ]);
  });

  it('points at the departments below target, with the finding where there is one', () => {
    const withFinding = buildCooperationScorecard(sampleInput('en', null));
    expect(withFinding.sections[1].blocks.map((block) => block.kind === 'paragraph' && runText(block.content))).toEqual([
      expect.stringMatching(/^Interview feedback on time in Sales was .* for the rest of the company; n = /),
    ]);
    const input = sampleInput('en', null);
    const withoutFinding = buildCooperationScorecard({ ...input, findings: [] });
    const focus = withoutFinding.sections[1].blocks[0];
    expect(focus.kind === 'list' && focus.items.map(runText)).toEqual([expect.stringMatching(/^Sales: interview feedback on time at \{.*\}, against a target of \{target:policy:recovery-level\}\.$/)]);
  });
});
