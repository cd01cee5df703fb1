import { describe, expect, it } from 'vitest';
import { langs } from '../i18n/index.ts';
import { documentProblems, runText } from './document-inspection.ts';
import type { Block } from './document.ts';
import { buildProgressBrief } from './progress-brief.ts';
import { sampleInput } from './proposal-fixture.ts';

const tableOf = (blocks: Block[]) => {
  const table = blocks.find((block) => block.kind === 'table');
  if (table?.kind !== 'table') throw new Error('no table');
  return table;
};

describe('buildProgressBrief', () => {
  for (const lang of langs) {
    for (const scope of [null, 'R&D', 'Sales']) {
      it(`is a sound progress brief (${lang}, ${scope ?? 'whole company'})`, () => {
        const input = sampleInput(lang, scope);
        const doc = buildProgressBrief(input);
        expect(doc.kind).toBe('progress-brief');
        expect(doc.sections.map((section) => section.id)).toEqual(['summary', 'funnel', 'sla', 'notes']);
        expect(documentProblems(doc, input)).toEqual([]);
      });
    }
  }

  it('opens with hires against plan and late feedback, all as references', () => {
    const doc = buildProgressBrief(sampleInput('en', null));
    const summary = doc.sections[0].blocks[0];
    expect(summary.kind === 'paragraph' && runText(summary.content)).toMatch(
      /^Status on \{date:2025-03-14\}\. \{hiring_plan_completion\|.*#numerator\} of \{hiring_plan_completion\|.*#denominator\} planned hires are done \(\{.*#value\}\)\. \{derived:shortfall:interview_feedback_sla\|.*\} of \{.*#denominator\} interview feedbacks came later than \{assumption:feedbackSlaDays#base\} after the interview\.$/,
    );
  });

  it('lists departments by late feedback, most first, and asks only those behind', () => {
    const doc = buildProgressBrief(sampleInput('en', null));
    const sla = doc.sections[2].blocks;
    expect(tableOf(sla).rows.map((row) => runText(row[0]))).toEqual(['Whole company', 'Sales', 'R&D']);
    const asks = sla.find((block) => block.kind === 'list');
    expect(asks?.kind === 'list' && asks.items.map(runText)).toEqual([expect.stringMatching(/^Sales: \{derived:shortfall:.*\} late feedbacks; we ask its interviewers to reply within \{assumption:feedbackSlaDays#base\}\.$/)]);
  });

  it('shows the funnel with a dash where a number is missing, and no department whose numbers are all suppressed', () => {
    const doc = buildProgressBrief(sampleInput('en', null));
    const funnel = tableOf(doc.sections[1].blocks);
    expect(funnel.rows.map((row) => runText(row[0]))).toEqual(['Whole company', 'R&D', 'Sales']);
    expect(runText(funnel.rows[0][4])).toBe('—');
  });

  it('says so when there is no recruiting data', () => {
    const input = sampleInput('zh-CN', 'Finance');
    const doc = buildProgressBrief(input);
    const summary = doc.sections[0].blocks[0];
    expect(summary.kind === 'paragraph' && runText(summary.content)).toContain('本期没有Finance的招聘数据。');
    expect(documentProblems(doc, input)).toEqual([]);
  });
});
