import { describe, expect, it } from 'vitest';
import { langs } from '../i18n/index.ts';
import { documentProblems, documentRuns, runText } from './document-inspection.ts';
import { sampleInput } from './proposal-fixture.ts';
import { buildRetrospective } from './retrospective.ts';

describe('buildRetrospective', () => {
  for (const lang of langs) {
    for (const scope of [null, 'R&D', 'Sales']) {
      it(`is a sound retrospective (${lang}, ${scope ?? 'whole company'})`, () => {
        const input = sampleInput(lang, scope);
        const doc = buildRetrospective(input);
        expect(doc.kind).toBe('retrospective');
        expect(doc.sections.map((section) => section.id)).toEqual(['hires', 'training', 'next', 'notes']);
        expect(documentProblems(doc, input)).toEqual([]);
      });
    }
  }

  it('shows hires meeting expectations at three months against the rest, and the training against its comparison group', () => {
    const doc = buildRetrospective(sampleInput('en', 'Sales'));
    const [hires, training, next] = doc.sections.map((section) => documentRuns({ ...doc, sections: [section] }).map(runText));
    expect(hires).toContain('Sales');
    expect(hires.some((cell) => /^\{quality_of_hire\|department=Sales\|.*#restValue\}$/.test(cell))).toBe(true);
    expect(training.join(' ')).toContain('against {training_effect|department=Sales|2024-01-01..2024-12-31#restValue} for the comparison group');
    expect(next).toEqual([expect.stringMatching(/^Scale up the training that worked: Hold training effect at \{target:play:training-scale-up:/)]);
  });

  it('says so when there is nothing to look back on', () => {
    const doc = buildRetrospective({ ...sampleInput('zh-CN', 'Finance'), findings: [] });
    const text = documentRuns(doc).map(runText).join('\n');
    expect(text).toContain('Finance暂无新员工三个月绩效记录。');
    expect(text).toContain('Finance暂无可做前后对比的培训。');
    expect(text).toContain('暂无需要调整之处');
  });
});
